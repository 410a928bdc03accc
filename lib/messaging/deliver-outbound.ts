import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { contacts, conversations, messages } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { findChannelForSending } from "@/lib/whatsapp/channels";
import { providerFor } from "@/lib/whatsapp/providers";
import { ProviderError } from "@/lib/whatsapp/providers/provider-error";
import type { FetchLike } from "@/lib/whatsapp/providers/types";
import { classifySendError } from "@/lib/whatsapp/rules/error-codes";
import { recipientMarket } from "@/lib/whatsapp/rules/market";
import { estimateCost } from "@/lib/whatsapp/rules/pricing";
import { applyFailureSideEffects } from "./failure-side-effects";
import { windowState } from "@/lib/whatsapp/rules/window";

export type DeliveryOutcome =
  | { status: "accepted"; wamid: string }
  | { status: "already_sent"; wamid: string }
  | { status: "failed"; code: string; reason: string }
  | { status: "retry"; code: string; reason: string; retryAfterMs?: number };

/** Where simulator channels send: this app's own simulator Graph API, on loopback. */
export const simulatorBaseUrl = () => `http://127.0.0.1:${getEnv().PORT}/api/simulator/graph`;

async function markFailed(db: Db, tenantId: string, messageId: string, code: string, details: string) {
  await withTenant(tenantId, (tx) => tx.update(messages).set({ status: "failed", failedAt: new Date(), errorCode: code, errorDetails: details }).where(and(eq(messages.tenantId, tenantId), eq(messages.id, messageId))), db);
}

/**
 * Sends one queued outbound message through its channel's provider, inside Meta's rules: free-form
 * text only inside the customer-service window (otherwise it fails at once, no provider call, with
 * 131047 and the advice to use a template). Safe to repeat: a message that already has a wamid is
 * not sent again. Retriable provider errors come back as `retry` for the workflow to back off.
 */
export async function deliverOutbound(tenantId: string, messageId: string, deps: { db?: Db; fetch?: FetchLike; simulatorUrl?: string; now?: Date } = {}): Promise<DeliveryOutcome> {
  const db = deps.db ?? getDb();
  const loaded = await withTenant(
    tenantId,
    async (tx) => {
      const [row] = await tx
        .select({ message: messages, contactId: contacts.id, waId: contacts.waId, lastInboundAt: contacts.lastInboundAt })
        .from(messages)
        .innerJoin(conversations, and(eq(conversations.id, messages.conversationId), eq(conversations.tenantId, messages.tenantId)))
        .innerJoin(contacts, and(eq(contacts.id, conversations.contactId), eq(contacts.tenantId, conversations.tenantId)))
        .where(and(eq(messages.tenantId, tenantId), eq(messages.id, messageId)));
      return row ? { ...row, channel: await findChannelForSending(tx, tenantId, row.message.channelId) } : null;
    },
    db,
  );
  if (!loaded || !loaded.channel) return { status: "failed", code: "not_found", reason: "message or channel no longer exists" };
  const { message, channel } = loaded;
  if (message.wamid) return { status: "already_sent", wamid: message.wamid };
  if (message.status === "failed") return { status: "failed", code: message.errorCode ?? "failed", reason: "already failed" };

  if (!windowState({ lastInboundAt: loaded.lastInboundAt, now: deps.now ?? new Date() }).open) {
    await markFailed(db, tenantId, messageId, "131047", "The 24-hour customer-service window is closed: send an approved template instead.");
    return { status: "failed", code: "131047", reason: "window_closed" };
  }
  try {
    const provider = providerFor(channel, { baseUrlOverride: channel.provider === "simulator" ? (deps.simulatorUrl ?? simulatorBaseUrl()) : undefined, fetch: deps.fetch });
    const { wamid } = await provider.send(loaded.waId, { kind: "text", body: message.body ?? "" }, { idempotencyKey: messageId });
    // A free-form reply inside the window: a service message. Its estimate is refined by the status webhook's pricing.
    const cost = estimateCost({ category: "service", market: recipientMarket(loaded.waId).market, at: deps.now ?? new Date(), insideServiceWindow: true, freeEntryPoint: false });
    await withTenant(
      tenantId,
      (tx) => tx.update(messages).set({ wamid, pricingCategory: cost.category, billable: cost.billable, costMicros: cost.costMicros, currency: cost.currency }).where(and(eq(messages.tenantId, tenantId), eq(messages.id, messageId))),
      db,
    );
    return { status: "accepted", wamid };
  } catch (e) {
    if (!(e instanceof ProviderError)) throw e;
    const verdict = classifySendError(e.code, e.httpStatus || undefined);
    if (verdict.action === "retry") return { status: "retry", code: String(e.code), reason: verdict.reason, retryAfterMs: e.retryAfterMs ?? verdict.retryAfterMs };
    await markFailed(db, tenantId, messageId, String(e.code), `${e.title}${e.details ? `: ${e.details}` : ""}`);
    await applyFailureSideEffects(db, tenantId, { channelId: channel.id, contactId: loaded.contactId }, e.code);
    return { status: "failed", code: String(e.code), reason: verdict.reason };
  }
}

export { markFailed as markOutboundFailed };
