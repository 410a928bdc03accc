import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { messages } from "@/db/schema";
import { sendRequestedEvent } from "@/lib/messaging/queue-outbound";
import { withTenant } from "@/lib/tenancy/with-tenant";
import type { WebhookChannel } from "../channels";
import type { WebhookItem } from "./normalize";
import { persistWebhook, type PersistedWebhook } from "./persist-webhook";

export type OutgoingEvent = { id: string; name: string; data: Record<string, unknown> };

/**
 * What every provider's intake does once a delivery is authentic and parsed: commit it, then hand
 * the workflow events over (ids derived from the wamid, so duplicates are dropped downstream), then
 * note which inbound messages' events were accepted. If the hand-over fails the caller answers 5xx;
 * the provider's retry stores nothing twice and re-emits only what was not accepted.
 */
export async function commitAndEmit(db: Db, channel: WebhookChannel, payload: unknown, items: WebhookItem[], emit: (events: OutgoingEvent[]) => Promise<void>): Promise<PersistedWebhook> {
  const stored = await persistWebhook(db, channel, payload, items);
  const toEmit = stored.inbound.filter((m) => !m.emitted);
  const events: OutgoingEvent[] = [
    ...toEmit.map((m) => ({ id: `wa-message-${channel.id}-${m.wamid}`, name: "hilo/message.received", data: { tenantId: channel.tenantId, conversationId: m.conversationId, messageId: m.messageId, hasMedia: m.hasMedia } })),
    ...stored.statusChanges.map((s) => ({ id: `wa-status-${s.messageId}-${s.status}`, name: "hilo/message.status", data: { tenantId: channel.tenantId, messageId: s.messageId, status: s.status, errorCode: s.errorCode } })),
    // Consent confirmations queued with the delivery (and, on a retry, the ones still unsent).
    ...stored.replies.map((r) => sendRequestedEvent(channel.tenantId, r)),
  ];
  if (events.length) await emit(events);
  if (toEmit.length) {
    const ids = toEmit.map((m) => m.messageId);
    await withTenant(channel.tenantId, (tx) => tx.update(messages).set({ emittedAt: new Date() }).where(and(eq(messages.tenantId, channel.tenantId), inArray(messages.id, ids), isNull(messages.emittedAt))), db);
  }
  return stored;
}
