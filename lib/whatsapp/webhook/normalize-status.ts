import type { MetaStatus } from "./meta-schema";
import type { DeliveryStatus, StatusItem } from "./webhook-item";

const DELIVERY_STATUSES: ReadonlySet<string> = new Set<DeliveryStatus>(["sent", "delivered", "read", "played", "failed"]);

/**
 * One `statuses[]` entry, or null for a status we cannot represent (Meta has sent `deleted` and
 * `warning` in the past). Skipping it beats refusing the body: a refused body is retried for days
 * and would hold back every message batched with it, and the raw payload is kept anyway.
 */
export function normalizeStatus(phoneNumberId: string, s: MetaStatus): StatusItem | null {
  if (!DELIVERY_STATUSES.has(s.status)) return null;
  const item: StatusItem = {
    kind: "status",
    phoneNumberId,
    wamid: s.id,
    status: s.status as DeliveryStatus,
    timestamp: s.timestamp,
    recipientId: s.recipient_id ?? s.recipient_user_id ?? "",
  };
  if (s.recipient_user_id !== undefined) item.recipientUserId = s.recipient_user_id;
  if (s.pricing) {
    const { category, type, billable, pricing_model } = s.pricing;
    item.pricing = Object.fromEntries(Object.entries({ category, type, billable, model: pricing_model }).filter(([, v]) => v !== undefined));
  }
  // Meta keys handling on code + details; only the first error is kept (there is one in practice).
  const e = s.errors?.[0];
  if (e) {
    item.error = { code: e.code };
    if (e.title !== undefined) item.error.title = e.title;
    if (e.message !== undefined) item.error.message = e.message;
    if (e.error_data?.details !== undefined) item.error.details = e.error_data.details;
  }
  if (s.biz_opaque_callback_data !== undefined) item.bizOpaqueCallbackData = s.biz_opaque_callback_data;
  return item;
}
