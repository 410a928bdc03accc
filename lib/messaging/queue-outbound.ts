import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { conversations, messages } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * Writes an outbound text message as `pending` in its conversation. The send itself happens in the
 * `send-message` workflow, started by the caller with `sendRequestedEvent` after this commits: the
 * stored row is the idempotency key, so a retried send never reaches the customer twice.
 */
export async function queueOutboundText(tx: Tx, ctx: TenantContext, input: { conversationId: string; text: string; author: "agent" | "bot" | "system" }) {
  const [conv] = await tx
    .select({ id: conversations.id, channelId: conversations.channelId })
    .from(conversations)
    .where(and(eq(conversations.tenantId, ctx.tenantId), eq(conversations.id, input.conversationId)));
  if (!conv) throw new AppError("not_found:conversation");
  const [row] = await tx
    .insert(messages)
    .values({ tenantId: ctx.tenantId, conversationId: conv.id, channelId: conv.channelId, direction: "outbound", author: input.author, authorUserId: input.author === "agent" ? ctx.userId : null, type: "text", body: input.text, status: "pending" })
    .returning();
  await tx
    .update(conversations)
    .set({ lastMessageAt: sql`now()`, lastMessagePreview: input.text.replace(/\s+/g, " ").slice(0, 120) })
    .where(and(eq(conversations.tenantId, ctx.tenantId), eq(conversations.id, conv.id)));
  return row;
}

export const sendRequestedEvent = (tenantId: string, message: { id: string; channelId: string }) => ({
  id: `send-${message.id}`,
  name: "hilo/message.send.requested" as const,
  data: { tenantId, messageId: message.id, channelId: message.channelId },
});
