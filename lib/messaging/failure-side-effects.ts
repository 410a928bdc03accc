import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { auditLog, channels, conversations, messages } from "@/db/schema";
import { recordConsent } from "@/lib/consent/ledger";
import { withTenant } from "@/lib/tenancy/with-tenant";

/**
 * What some permanent send errors mean beyond the one message: 131050 — the customer stopped
 * marketing messages from this business (recorded in the consent ledger); 190 — the channel's
 * token expired or was revoked (the number needs a new token; owners see it on Settings → Channels).
 * Whether the error came back from the send itself or later in a `failed` status webhook.
 */
export async function applyFailureSideEffectsTx(tx: Tx, tenantId: string, target: { channelId: string; contactId: string }, code: number) {
  if (code === 131050) {
    await recordConsent(tx, tenantId, { contactId: target.contactId, category: "marketing", status: "opted_out", source: "whatsapp:error_131050" });
  } else if (code === 190) {
    await tx.update(channels).set({ status: "error" }).where(and(eq(channels.tenantId, tenantId), eq(channels.id, target.channelId)));
    await tx.insert(auditLog).values({ tenantId, action: "channel.token_invalid", targetType: "channel", targetId: target.channelId, data: { code } });
  }
}

export function applyFailureSideEffects(db: Db, tenantId: string, target: { channelId: string; contactId: string }, code: number) {
  if (code !== 131050 && code !== 190) return Promise.resolve();
  return withTenant(tenantId, (tx) => applyFailureSideEffectsTx(tx, tenantId, target, code), db);
}

/** The same, for a message that a `failed` status webhook reports (its contact found through its conversation). */
export async function applyStatusFailureSideEffects(tx: Tx, tenantId: string, messageId: string, code: string | null) {
  const numeric = Number(code);
  if (numeric !== 131050 && numeric !== 190) return;
  const [target] = await tx
    .select({ channelId: messages.channelId, contactId: conversations.contactId })
    .from(messages)
    .innerJoin(conversations, and(eq(conversations.id, messages.conversationId), eq(conversations.tenantId, messages.tenantId)))
    .where(and(eq(messages.tenantId, tenantId), eq(messages.id, messageId)));
  if (target) await applyFailureSideEffectsTx(tx, tenantId, target, numeric);
}
