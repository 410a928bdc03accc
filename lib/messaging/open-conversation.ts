import { and, desc, eq, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { channels, contacts, conversations } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * The conversation to write to a customer on one of the workspace's numbers, for a message the
 * business starts (a test message, a template): the customer's latest conversation there that is
 * not closed, or a new one. The contact is created if the number is new (no window is opened: only
 * the customer's own message does that).
 */
export async function openConversationWith(tx: Tx, ctx: TenantContext, input: { channelId: string; waId: string; name?: string | null }) {
  const [channel] = await tx.select({ id: channels.id }).from(channels).where(and(eq(channels.tenantId, ctx.tenantId), eq(channels.id, input.channelId)));
  if (!channel) throw new AppError("not_found:channel");
  const [contact] = await tx
    .insert(contacts)
    .values({ tenantId: ctx.tenantId, waId: input.waId, name: input.name ?? null })
    .onConflictDoUpdate({ target: [contacts.tenantId, contacts.waId], set: { updatedAt: sql`now()` } })
    .returning({ id: contacts.id });
  const [existing] = await tx
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.tenantId, ctx.tenantId), eq(conversations.channelId, channel.id), eq(conversations.contactId, contact.id), ne(conversations.status, "closed")))
    .orderBy(desc(conversations.lastMessageAt))
    .limit(1);
  if (existing) return { conversationId: existing.id, contactId: contact.id };
  const [created] = await tx.insert(conversations).values({ tenantId: ctx.tenantId, channelId: channel.id, contactId: contact.id, source: "business_initiated" }).returning({ id: conversations.id });
  return { conversationId: created.id, contactId: contact.id };
}
