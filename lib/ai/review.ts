import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { aiTurns, conversations, messages } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import type { QueuedContent } from "@/lib/messaging/outbound-content";
import { sendRequestedEvent } from "@/lib/messaging/queue-outbound";
import type { TenantContext } from "@/lib/tenancy/context";
import { withTenant } from "@/lib/tenancy/with-tenant";

type Decision = { decision: "approved" | "edited"; text?: string } | { decision: "rejected"; reason: string };

/**
 * An agent's verdict on an assistant draft (review mode): approved as written, edited then sent,
 * or rejected with a reason. Only a draft can be decided, once (a guarded update). The decision
 * is kept on the turn: it is what the per-intent approval rate is computed from.
 * Returns the send event to dispatch after commit (none for a rejection).
 */
export async function decideDraft(db: Db, ctx: Pick<TenantContext, "tenantId" | "userId">, messageId: string, d: Decision) {
  return withTenant(
    ctx.tenantId,
    async (tx) => {
      const [draft] = await tx.select().from(messages).where(and(eq(messages.tenantId, ctx.tenantId), eq(messages.id, messageId), eq(messages.status, "draft")));
      if (!draft) throw new AppError("not_found:conversation", { message: "draft not found or already decided" });
      const now = new Date();
      let event: ReturnType<typeof sendRequestedEvent> | null = null;
      if (d.decision === "rejected") {
        await tx.update(messages).set({ status: "discarded" }).where(and(eq(messages.tenantId, ctx.tenantId), eq(messages.id, messageId), eq(messages.status, "draft")));
      } else {
        const content = (draft.content?.outbound ?? { kind: "text", body: draft.body ?? "" }) as QueuedContent;
        const text = d.decision === "edited" && d.text?.trim() ? d.text.trim() : draft.body;
        const edited = content.kind === "text" || content.kind === "buttons" || content.kind === "list" ? { ...content, body: text ?? "" } : content;
        await tx
          .update(messages)
          .set({ status: "pending", body: text, content: { ...(draft.content ?? {}), outbound: edited }, authorUserId: ctx.userId, createdAt: now })
          .where(and(eq(messages.tenantId, ctx.tenantId), eq(messages.id, messageId), eq(messages.status, "draft")));
        await tx.update(conversations).set({ lastMessageAt: sql`now()`, lastMessagePreview: (text ?? "").slice(0, 120) }).where(and(eq(conversations.tenantId, ctx.tenantId), eq(conversations.id, draft.conversationId)));
        event = sendRequestedEvent(ctx.tenantId, draft);
      }
      await tx
        .update(aiTurns)
        .set({ reviewDecision: d.decision, reviewReason: d.decision === "rejected" ? d.reason : null, reviewedBy: ctx.userId, reviewedAt: now })
        .where(and(eq(aiTurns.tenantId, ctx.tenantId), eq(aiTurns.replyMessageId, messageId)));
      return { event };
    },
    db,
  );
}
