import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { contacts, messages, type tenants } from "@/db/schema";
import { queueOutbound } from "@/lib/messaging/queue-outbound";
import { confirmationReply } from "./wording";

/** An outbound row queued inside a transaction: its send event goes out once that commits. */
export type QueuedReply = { id: string; channelId: string };

type Tenant = typeof tenants.$inferSelect;

/**
 * Queues the one answer to a keyword that changed the customer's marketing consent ("Listo: no te
 * enviaremos más mensajes promocionales…"), in the same transaction as the ledger row, as a reply
 * to the customer's message (its wamid is how a redelivery finds it again). Null when the
 * workspace turned confirmations off.
 */
export async function queueKeywordConfirmation(
  tx: Tx,
  tenant: Tenant,
  input: { conversationId: string; contactId: string; status: "opted_out" | "opted_in"; keyword: string; wamid: string },
): Promise<QueuedReply | null> {
  const [contact] = await tx.select({ locale: contacts.locale }).from(contacts).where(and(eq(contacts.tenantId, tenant.id), eq(contacts.id, input.contactId)));
  const body = confirmationReply(tenant, input.status, { keyword: input.keyword, contactLocale: contact?.locale });
  if (!body) return null;
  const row = await queueOutbound(tx, { tenantId: tenant.id, userId: null }, { conversationId: input.conversationId, author: "system", message: { kind: "text", body, replyTo: input.wamid } });
  return { id: row.id, channelId: row.channelId };
}

/**
 * The confirmation queued for this customer message that has not been sent yet: when the first
 * delivery committed but its events were not accepted, the provider's retry must request the send
 * again (the event id is the row's, so a send already requested is not doubled).
 */
export async function pendingKeywordConfirmations(tx: Tx, tenantId: string, inbound: { conversationId: string; wamid: string }): Promise<QueuedReply[]> {
  return tx
    .select({ id: messages.id, channelId: messages.channelId })
    .from(messages)
    .where(
      and(
        eq(messages.tenantId, tenantId),
        eq(messages.conversationId, inbound.conversationId),
        eq(messages.direction, "outbound"),
        eq(messages.author, "system"),
        eq(messages.replyToWamid, inbound.wamid),
        eq(messages.status, "pending"),
        isNull(messages.wamid),
      ),
    );
}
