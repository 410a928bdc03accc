import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { aiTurns, conversations, type EvidenceRecord, type GuardrailVerdict } from "@/db/schema";
import type { ConversationState } from "../types";

export type TurnRecord = {
  tenantId: string;
  conversationId: string;
  inboundMessageId: string;
  replyMessageId: string | null;
  outcome: "reply" | "confirm" | "escalate" | "draft" | "silent";
  intent: string | null;
  language: string;
  confidence: number | null;
  tools: string[];
  evidence: EvidenceRecord[];
  verdict: GuardrailVerdict | null;
  reason: string | null;
  model: string | null;
  inputTokens: number;
  outputTokens: number;
  costMicros: number;
  now: Date;
};

/** Keeps what the turn did (agents see it; analytics and the review queue read it) and carries the state forward. */
export async function recordTurn(tx: Tx, r: TurnRecord, state: ConversationState | null) {
  const [row] = await tx
    .insert(aiTurns)
    .values({
      tenantId: r.tenantId,
      conversationId: r.conversationId,
      inboundMessageId: r.inboundMessageId,
      replyMessageId: r.replyMessageId,
      outcome: r.outcome,
      intent: r.intent,
      language: r.language,
      confidence: r.confidence,
      tools: r.tools,
      evidence: r.evidence.slice(0, 50),
      verdict: r.verdict,
      reason: r.reason,
      model: r.model,
      inputTokens: r.inputTokens,
      outputTokens: r.outputTokens,
      costMicros: r.costMicros,
      createdAt: r.now,
    })
    .returning({ id: aiTurns.id });
  if (state)
    await tx
      .update(conversations)
      .set({ aiState: state, ...(r.intent && r.intent !== "other" ? { intent: r.intent } : {}) })
      .where(and(eq(conversations.tenantId, r.tenantId), eq(conversations.id, r.conversationId)));
  return row.id;
}

/** Whether this customer message was already answered (or deliberately left unanswered) by a turn. */
export async function turnExists(tx: Tx, tenantId: string, inboundMessageId: string) {
  const [row] = await tx.select({ id: aiTurns.id }).from(aiTurns).where(and(eq(aiTurns.tenantId, tenantId), eq(aiTurns.inboundMessageId, inboundMessageId))).limit(1);
  return Boolean(row);
}
