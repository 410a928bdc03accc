import type { LanguageModelV3 } from "@ai-sdk/provider";
import { generateText, stepCountIs, type ModelMessage, type ToolSet } from "ai";
import { createLocalModel } from "../local-model";
import { recentTurnsWithSummary } from "../privacy/recent-turns";
import type { ConversationState, Language, Understanding } from "../types";
import type { TranscriptLine } from "./turn-context";

export type AgentContext = { now: Date; timezone: string; businessName: string; language: Language; state: ConversationState; customerName: string | null };

const RULES = `You are the WhatsApp assistant of a business. Answer only with what the tools return this turn or what the customer said: never state a price, date, time, order status, duration, address, phone number or link that is not in a tool result. If the tools do not cover the question, call "escalate". Changing a delivery, booking, rescheduling or cancelling are proposed with their tools and only happen when the customer confirms. Reply briefly, in the customer's language, without markdown.`;

/** The system prompt: the rules, then the turn's context as one machine-readable line. */
export function systemPrompt(ctx: AgentContext, extra?: string) {
  const context = { now: ctx.now.toISOString(), timezone: ctx.timezone, businessName: ctx.businessName, language: ctx.language, state: ctx.state, customerName: ctx.customerName };
  return [RULES, extra, `HILO_CONTEXT ${JSON.stringify(context)}`].filter(Boolean).join("\n\n");
}

export function transcriptMessages(transcript: TranscriptLine[]): ModelMessage[] {
  return transcript.map((l) => ({ role: l.role, content: l.text }) as ModelMessage);
}

export type Draft = { text: string; understanding: Understanding | null; usage: { inputTokens: number; outputTokens: number }; modelId: string };

const readUnderstanding = (meta: unknown): Understanding | null => {
  const hilo = (meta as { hilo?: Understanding } | undefined)?.hilo;
  return hilo && typeof hilo.intent === "string" ? hilo : null;
};

/** One draft: the model with the turn's tools, a bounded number of steps. */
export async function draftReply(model: LanguageModelV3, input: { ctx: AgentContext; transcript: TranscriptLine[]; tools: ToolSet; extraSystem?: string; external?: boolean }): Promise<Draft> {
  // A model outside this machine gets only the recent turns plus a summary of the older ones (and, via
  // the redacting middleware, no personal data).
  const messages = input.external ? recentTurnsWithSummary(transcriptMessages(input.transcript), { keep: 6 }) : transcriptMessages(input.transcript);
  const result = await generateText({ model, system: systemPrompt(input.ctx, input.extraSystem), messages, tools: input.tools, stopWhen: stepCountIs(5) });
  const understood = [...result.steps].reverse().map((s) => readUnderstanding(s.providerMetadata)).find(Boolean) ?? null;
  return {
    text: result.text.trim(),
    understanding: understood,
    usage: { inputTokens: result.totalUsage.inputTokens ?? 0, outputTokens: result.totalUsage.outputTokens ?? 0 },
    modelId: result.response.modelId,
  };
}

/**
 * What the customer wants, from Hilo's own engine, whatever model writes the reply: the intent
 * decides the automation level and feeds escalation, so it must not depend on an external model.
 */
export async function understandLocally(input: { ctx: AgentContext; transcript: TranscriptLine[] }): Promise<Understanding | null> {
  const model = createLocalModel();
  const result = await generateText({ model, system: systemPrompt(input.ctx), messages: transcriptMessages(input.transcript) });
  return readUnderstanding(result.providerMetadata);
}
