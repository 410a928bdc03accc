import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { conversations, messages } from "@/db/schema";
import type { QueuedContent } from "@/lib/messaging/outbound-content";
import { queueOutbound, sendRequestedEvent } from "@/lib/messaging/queue-outbound";
import type { ReplyButton } from "../types";

export type OutgoingEvent = ReturnType<typeof sendRequestedEvent>;

/** Text, or text with reply buttons (WhatsApp allows 3, titles up to 20 characters). */
export function replyContent(text: string, buttons: ReplyButton[] = [], replyTo?: string | null): QueuedContent {
  const base = buttons.length ? { kind: "buttons" as const, body: text, buttons: buttons.slice(0, 3).map((b) => ({ id: b.id, title: b.title.slice(0, 20) })) } : { kind: "text" as const, body: text };
  return replyTo ? { ...base, replyTo } : base;
}

/** Queues the bot's reply; its send event is returned for the caller to dispatch after commit. */
export async function queueBotReply(tx: Tx, tenantId: string, conversationId: string, content: QueuedContent) {
  const row = await queueOutbound(tx, { tenantId, userId: null }, { conversationId, message: content, author: "bot" });
  return { messageId: row.id, event: sendRequestedEvent(tenantId, row) };
}

/**
 * Review mode: the reply is written as a draft the customer does not see. An agent approves (it is
 * then queued like any reply), edits, or rejects it (lib/ai/review).
 */
export async function writeDraft(tx: Tx, tenantId: string, conversationId: string, content: QueuedContent) {
  const [conv] = await tx.select({ channelId: conversations.channelId }).from(conversations).where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, conversationId)));
  const body = content.kind === "text" || content.kind === "buttons" || content.kind === "list" ? content.body : null;
  const [row] = await tx
    .insert(messages)
    .values({ tenantId, conversationId, channelId: conv.channelId, direction: "outbound", author: "bot", type: content.kind === "text" ? "text" : "interactive", body, content: { outbound: content }, status: "draft" })
    .returning({ id: messages.id });
  await tx.update(conversations).set({ updatedAt: sql`now()` }).where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, conversationId)));
  return row.id;
}
