import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { conversations, messages } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import type { TenantContext } from "@/lib/tenancy/context";
import { findChannelTemplate } from "@/lib/templates/queries";
import { renderTemplateText, variableMismatch } from "@/lib/templates/variables";
import { messageTypeOf, previewOf, type QueuedContent } from "./outbound-content";

/** Who queues: the workspace, and the signed-in person when an agent writes (null for the system and the bot). */
export type Sender = Pick<TenantContext, "tenantId"> & { userId?: string | null };

export type QueueInput = { conversationId: string; message: QueuedContent; author: "agent" | "bot" | "system" };

/**
 * Writes an outbound message as `pending` in its conversation, its content kept on the row
 * (`content.outbound`). The send itself happens in the `send-message` workflow, started by the
 * caller with `sendRequestedEvent` after this commits (or `queueAndSend`): the stored row is the
 * idempotency key, so a retried send never reaches the customer twice. A template must belong to
 * the conversation's number, be approved and get exactly its variables; its filled-in text is the
 * row's body, as the customer will read it.
 */
export async function queueOutbound(tx: Tx, ctx: Sender, input: QueueInput) {
  const [conv] = await tx
    .select({ id: conversations.id, channelId: conversations.channelId })
    .from(conversations)
    .where(and(eq(conversations.tenantId, ctx.tenantId), eq(conversations.id, input.conversationId)));
  if (!conv) throw new AppError("not_found:conversation");
  const m = input.message;
  let body = previewOf(m);
  let templateName: string | null = null;
  if (m.kind === "template") {
    const tpl = await findChannelTemplate(tx, ctx.tenantId, m.templateId, conv.channelId);
    if (!tpl) throw new AppError("not_found:template");
    if (tpl.status !== "APPROVED") throw new AppError("bad_request:template_not_approved");
    if (variableMismatch(tpl.variableCounts, m.variables)) throw new AppError("bad_request:template_variables");
    body = renderTemplateText(tpl.components, m.variables);
    templateName = tpl.name;
  }
  const [row] = await tx
    .insert(messages)
    .values({
      tenantId: ctx.tenantId,
      conversationId: conv.id,
      channelId: conv.channelId,
      direction: "outbound",
      author: input.author,
      authorUserId: input.author === "agent" ? (ctx.userId ?? null) : null,
      type: messageTypeOf(m),
      body,
      templateName,
      content: { outbound: m },
      media: m.kind === "media" ? { storageKey: m.storageKey, mimeType: m.mimeType, sizeBytes: m.sizeBytes, filename: m.filename, caption: m.caption } : null,
      replyToWamid: m.replyTo ?? null,
      status: "pending",
    })
    .returning();
  await tx
    .update(conversations)
    .set({ lastMessageAt: sql`now()`, lastMessagePreview: (body ?? `[${row.type}]`).replace(/\s+/g, " ").slice(0, 120) })
    .where(and(eq(conversations.tenantId, ctx.tenantId), eq(conversations.id, conv.id)));
  return row;
}

/** A plain text message (the most common case). */
export function queueOutboundText(tx: Tx, ctx: Sender, input: { conversationId: string; text: string; author: "agent" | "bot" | "system" }) {
  return queueOutbound(tx, ctx, { conversationId: input.conversationId, author: input.author, message: { kind: "text", body: input.text } });
}

export const sendRequestedEvent = (tenantId: string, message: { id: string; channelId: string }) => ({
  id: `send-${message.id}`,
  name: "hilo/message.send.requested" as const,
  data: { tenantId, messageId: message.id, channelId: message.channelId },
});
