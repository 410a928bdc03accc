import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { messages } from "@/db/schema";
import type { WebhookChannel } from "../channels";
import type { WebhookItem } from "./normalize";
import { MAY_REPLACE, TIME_COLUMN } from "./status-order";

type StatusUpdate = Extract<WebhookItem, { kind: "status" }>;
export type StatusChange = { messageId: string; status: StatusUpdate["status"]; errorCode: string | null };

/**
 * Applies a status webhook to the message it names, forward only (see status-order.ts). A late
 * status still fills in its own timestamp. Returns the change, or null when nothing moved.
 */
export async function applyStatus(tx: Tx, channel: WebhookChannel, s: StatusUpdate): Promise<StatusChange | null> {
  const where = and(eq(messages.tenantId, channel.tenantId), eq(messages.channelId, channel.id), eq(messages.wamid, s.wamid));
  const timeColumn = TIME_COLUMN[s.status];
  // Meta's own verdict on the price replaces our estimate: a message it does not bill costs nothing.
  const pricing = s.pricing ? { pricingCategory: s.pricing.category ?? null, billable: s.pricing.billable ?? null, ...(s.pricing.billable === false ? { costMicros: 0 } : {}) } : {};
  const error = s.status === "failed" ? { errorCode: s.error ? String(s.error.code) : null, errorDetails: s.error ? [s.error.title, s.error.details ?? s.error.message].filter(Boolean).join(": ") : null } : {};
  const [moved] = await tx
    .update(messages)
    .set({ status: s.status, [timeColumn]: s.timestamp, ...pricing, ...error })
    .where(and(where, inArray(messages.status, [...MAY_REPLACE[s.status]])))
    .returning({ id: messages.id });
  if (moved) return { messageId: moved.id, status: s.status, errorCode: (error as { errorCode?: string | null }).errorCode ?? null };
  // Out of order (e.g. "delivered" after "read"): keep the later status, record when this one happened.
  if (s.status === "failed") return null;
  await tx.update(messages).set({ [timeColumn]: s.timestamp, ...pricing }).where(and(where, isNull(messages[timeColumn])));
  return null;
}
