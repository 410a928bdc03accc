import { and, eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { conversations, handoffs, type HandoffSummary } from "@/db/schema";

export type HandoffReason = "human_request" | "frustration" | "sensitive" | "low_confidence" | "guardrail" | "rate_limit" | "budget" | "media" | "out_of_scope" | "automation_off";

/**
 * Hands the conversation to people: one open handoff with the summary an agent needs, the
 * conversation in the human queue (unassigned, so the assignment rules pick it up), and the bot
 * silent there from now on — until an agent hands it back (`handBackToBot`). A second escalation
 * while one is open adds nothing.
 */
export async function handOff(tx: Tx, input: { tenantId: string; conversationId: string; reason: HandoffReason; summary: HandoffSummary; now: Date }) {
  const [open] = await tx
    .select({ id: handoffs.id })
    .from(handoffs)
    .where(and(eq(handoffs.tenantId, input.tenantId), eq(handoffs.conversationId, input.conversationId), isNull(handoffs.resolvedAt)));
  if (!open) await tx.insert(handoffs).values({ tenantId: input.tenantId, conversationId: input.conversationId, reason: input.reason, summary: input.summary, createdAt: input.now });
  await tx
    .update(conversations)
    .set({ handledBy: "human", status: "open", tags: sql`array(select distinct unnest(${conversations.tags} || array['escalated']::text[]))` })
    .where(and(eq(conversations.tenantId, input.tenantId), eq(conversations.id, input.conversationId)));
  return { created: !open };
}

/** An agent gives the conversation back to the assistant: the open handoff is resolved. */
export async function handBackToBot(tx: Tx, input: { tenantId: string; conversationId: string; now: Date }) {
  await tx.update(handoffs).set({ resolvedAt: input.now }).where(and(eq(handoffs.tenantId, input.tenantId), eq(handoffs.conversationId, input.conversationId), isNull(handoffs.resolvedAt)));
  await tx.update(conversations).set({ handledBy: "bot" }).where(and(eq(conversations.tenantId, input.tenantId), eq(conversations.id, input.conversationId)));
}

/** An agent takes the conversation from the bot: it goes silent there at once. */
export async function takeOver(tx: Tx, input: { tenantId: string; conversationId: string; userId: string }) {
  await tx.update(conversations).set({ handledBy: "human", assigneeId: input.userId }).where(and(eq(conversations.tenantId, input.tenantId), eq(conversations.id, input.conversationId)));
}
