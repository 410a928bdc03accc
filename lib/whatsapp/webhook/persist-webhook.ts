import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts, webhookEvents } from "@/db/schema";
import { recordConsent } from "@/lib/consent/ledger";
import { applyTemplateUpdate } from "@/lib/templates/apply-template-update";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { updateChannelHealth, type WebhookChannel } from "../channels";
import type { WebhookItem } from "./normalize";
import { keywordConsentHandler, type QueuedReply } from "./consent-from-message";
import { storeInboundMessage, type StoredInbound } from "./persist-message";
import { applyStatus, type StatusChange } from "./persist-status";
import { applyStatusFailureSideEffects } from "@/lib/messaging/failure-side-effects";

/** `replies`: confirmations queued in the transaction, whose sends are requested after it commits. */
export type PersistedWebhook = { webhookEventId: string; inbound: StoredInbound[]; statusChanges: StatusChange[]; replies: QueuedReply[] };

/**
 * Everything one webhook delivery carries, in one transaction scoped to the channel's workspace:
 * the raw payload, contacts, conversations, messages, statuses, opt-outs and number health. If any
 * part fails nothing is kept, so the 5xx that follows makes Meta send it again.
 */
export async function persistWebhook(db: Db, channel: WebhookChannel, payload: unknown, items: WebhookItem[]): Promise<PersistedWebhook> {
  return withTenant(
    channel.tenantId,
    async (tx) => {
      const kinds = [...new Set(items.map((i) => i.kind))].join(",") || "empty";
      const [event] = await tx
        .insert(webhookEvents)
        .values({ tenantId: channel.tenantId, channelId: channel.id, provider: channel.provider, kind: kinds, payload: payload as object, signatureValid: true, processedAt: sql`now()` })
        .returning({ id: webhookEvents.id });
      const inbound: StoredInbound[] = [];
      const statusChanges: StatusChange[] = [];
      const replies: QueuedReply[] = [];
      const keywordConsent = keywordConsentHandler(tx, channel.tenantId);
      for (const item of items) {
        if (item.kind === "message") {
          const stored = await storeInboundMessage(tx, channel, item);
          inbound.push(stored);
          // Only a first delivery writes the ledger: a redelivered "BAJA" finds its unsent confirmation, nothing more.
          if (item.type === "text") replies.push(...(await keywordConsent(stored, item)));
        }
        else if (item.kind === "status") {
          const change = await applyStatus(tx, channel, item);
          if (change) statusChanges.push(change);
          if (change?.status === "failed") await applyStatusFailureSideEffects(tx, channel.tenantId, change.messageId, change.errorCode);
        } else if (item.kind === "account_update") await updateChannelHealth(tx, channel.tenantId, channel.id, { qualityRating: item.qualityRating, messagingTier: item.messagingTier });
        else if (item.kind === "user_preference" && (item.value === "stop" || item.value === "resume")) {
          const [contact] = await tx.select({ id: contacts.id }).from(contacts).where(and(eq(contacts.tenantId, channel.tenantId), eq(contacts.waId, item.waId)));
          if (contact)
            await recordConsent(tx, channel.tenantId, { contactId: contact.id, category: "marketing", status: item.value === "stop" ? "opted_out" : "opted_in", source: "whatsapp:user_preferences", evidence: { webhookEventId: event.id, category: item.category }, recordedAt: item.timestamp });
        }
        else if (item.kind === "template_update") await applyTemplateUpdate(tx, channel, item);
      }
      return { webhookEventId: event.id, inbound, statusChanges, replies };
    },
    db,
  );
}
