import type { LanguageModelV3 } from "@ai-sdk/provider";
import { generateText, stepCountIs, type ModelMessage } from "ai";
import { systemPrompt } from "../../pipeline/agent-step";
import type { ConversationState, Language, Understanding } from "../../types";
import { createLocalModel } from "../model";
import { fakeTools, type FakeBusiness, type ToolLog } from "./fake-business";

/**
 * A conversation with the local model over a fake business, the way the reply pipeline runs it:
 * the system prompt with HILO_CONTEXT, the transcript, the tools, five steps — and the state the
 * tools leave carried to the next turn.
 */
export function conversation(opts: { business: FakeBusiness; now: string; timezone?: string; language?: Language; customerName?: string | null; model?: LanguageModelV3 }) {
  const model = opts.model ?? createLocalModel();
  const state: ConversationState = {};
  const messages: ModelMessage[] = [];
  return {
    state,
    async says(text: string) {
      messages.push({ role: "user", content: text });
      const log: ToolLog = [];
      const before = structuredClone(state);
      const ctx = { now: new Date(opts.now), timezone: opts.timezone ?? "Europe/Madrid", businessName: "Test", language: state.language ?? opts.language ?? "es", state: before, customerName: opts.customerName ?? null };
      const result = await generateText({ model, system: systemPrompt(ctx), messages, tools: fakeTools(opts.business, state, log), stopWhen: stepCountIs(5) });
      const understanding = [...result.steps].reverse().map((s) => (s.providerMetadata as { hilo?: Understanding } | undefined)?.hilo).find(Boolean) ?? null;
      const proposed = result.steps.flatMap((s) => s.toolResults).map((r) => (r.output as { data?: { proposed?: boolean; actionId?: string } })?.data).find((d) => d?.proposed);
      Object.assign(state, { language: understanding?.language, lastIntent: understanding?.intent, pendingActionId: proposed?.actionId, lastCustomerText: text });
      messages.push({ role: "assistant", content: result.text });
      return { text: result.text, tools: log.map((l) => l.name), calls: log, understanding, steps: result.steps.length };
    },
  };
}
