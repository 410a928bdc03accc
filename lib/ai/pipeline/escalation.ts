import type { Tx } from "@/db/client";
import type { aiSettings, HandoffSummary } from "@/db/schema";
import { detectEscalation } from "../guardrails/escalation-signals";
import type { ConversationState, Intent, Language } from "../types";
import { handOff, type HandoffReason } from "./handoff";
import type { TurnContext } from "./turn-context";

type Settings = typeof aiSettings.$inferSelect;

/**
 * Why this turn goes to a person, or null: the customer asked for one; frustration or a sensitive
 * topic (lib/ai/guardrails/escalation-signals); the model called `escalate`; or the engine is not
 * confident enough (under the workspace's threshold).
 */
export function detectEscalationReason(input: { ctx: NonNullable<TurnContext>; customerText: string; language: Language; settings: Settings; toolEscalation: { reason: string } | null; confidence: number; intent: Intent }): { reason: HandoffReason } | null {
  const history = input.ctx.transcript.filter((l) => l.role === "user").map((l) => l.text).slice(0, -1);
  const signal = detectEscalation(input.customerText, { language: input.language, history: { customerTexts: history, failures: input.ctx.state.failures ?? 0 }, sensitiveTopics: input.settings.sensitiveTopics });
  if (input.intent === "human_request") return { reason: "human_request" };
  if (signal.reason) return { reason: signal.reason };
  if (input.intent === "complaint") return { reason: "frustration" };
  if (input.toolEscalation) return { reason: (["human_request", "frustration", "sensitive", "low_confidence", "out_of_scope"].includes(input.toolEscalation.reason) ? input.toolEscalation.reason : "out_of_scope") as HandoffReason };
  if (input.confidence < input.settings.confidenceThreshold) return { reason: "low_confidence" };
  return null;
}

const NEXT_STEP: Record<string, string> = {
  order_status: "Check the order with the carrier and answer the customer.",
  delivery_change: "Confirm which delivery change is possible and apply it.",
  book_appointment: "Offer the customer a time and book it.",
  reschedule_appointment: "Move the appointment to a time that suits the customer.",
  cancel_appointment: "Cancel the appointment if the customer confirms.",
  complaint: "Apologise, understand what went wrong and offer a solution.",
  human_request: "Reply to the customer personally.",
};

/** What an agent needs to pick the conversation up: intent, data collected, what was tried, a next step. */
export function summaryFor(ctx: NonNullable<TurnContext>, intent: Intent | null, tools: string[], lastBotReply: string | null, state: ConversationState): HandoffSummary {
  const collected: Record<string, string> = {};
  if (state.orderNumber) collected.orderNumber = state.orderNumber;
  if (ctx.contact.name ?? ctx.contact.profileName) collected.name = String(ctx.contact.name ?? ctx.contact.profileName);
  collected.lastMessage = (ctx.inbound.body ?? `[${ctx.inbound.type}]`).slice(0, 300);
  return { intent, collected, tried: [...new Set(tools)], nextStep: NEXT_STEP[intent ?? ""] ?? "Read the conversation and answer the customer.", lastBotReply };
}

export function applyHandoff(tx: Tx, input: { tenantId: string; conversationId: string; reason: HandoffReason; summary: HandoffSummary; now: Date }) {
  return handOff(tx, input);
}
