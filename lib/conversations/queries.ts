import { and, desc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { contacts, conversations } from "@/db/schema";
import type { TenantContext } from "@/lib/tenancy/context";

export const CONVERSATION_STATUSES = ["open", "pending", "closed"] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

/** The inbox list: a workspace's latest conversations with a status (uses conversations_inbox_idx). */
export function listInbox(tx: Tx, ctx: TenantContext, status: ConversationStatus, limit = 50) {
  return tx
    .select({
      id: conversations.id,
      status: conversations.status,
      handledBy: conversations.handledBy,
      lastMessageAt: conversations.lastMessageAt,
      preview: conversations.lastMessagePreview,
      unread: conversations.unreadCount,
      tags: conversations.tags,
      contactName: contacts.name,
      contactProfileName: contacts.profileName,
      waId: contacts.waId,
    })
    .from(conversations)
    .innerJoin(contacts, and(eq(contacts.id, conversations.contactId), eq(contacts.tenantId, conversations.tenantId)))
    .where(and(eq(conversations.tenantId, ctx.tenantId), eq(conversations.status, status)))
    .orderBy(desc(conversations.lastMessageAt))
    .limit(limit);
}

export type InboxRow = Awaited<ReturnType<typeof listInbox>>[number];
