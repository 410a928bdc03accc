import type { LanguageModelV3, LanguageModelV3CallOptions, LanguageModelV3Content, LanguageModelV3GenerateResult, LanguageModelV3StreamPart } from "@ai-sdk/provider";
import { nextStep } from "./followup";
import { firstStep, say, type Decision } from "./plan";
import { parsePrompt, type ParsedPrompt } from "./prompt";
import { cannotHelpText } from "./replies/small-talk";
import { toUnderstanding, understand } from "./understand";

/**
 * Hilo's local model: a deterministic intent / entity engine behind the AI SDK's LanguageModelV3
 * interface, so the assistant runs offline and in tests exactly as with a hosted model —
 * `generateText({ model, system, messages, tools, stopWhen })` calls tools, reads their results
 * and replies. Step 1 (no tool results yet this turn) understands the message and calls tools;
 * later steps write the reply from the tool results only (or call one more tool).
 */

export const LOCAL_MODEL_ID = "hilo-local-1";
export type LocalModelOptions = { modelId?: string; maxToolSteps?: number };

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const tokensOf = (text: string) => Math.ceil(words(text) * 1.3);

function promptText(options: LanguageModelV3CallOptions): string {
  return options.prompt
    .map((m) => (typeof m.content === "string" ? m.content : m.content.map((part) => ("text" in part ? part.text : "input" in part ? JSON.stringify(part.input) : "output" in part ? JSON.stringify(part.output) : "")).join(" ")))
    .join(" ");
}

/** What to do this step; never more tool rounds than `maxToolSteps`, so a turn always ends in words. */
export function decide(p: ParsedPrompt, maxToolSteps = 4) {
  const turn = understand(p);
  const started = p.runs.some((r) => r.done);
  let decision: Decision = started ? nextStep(turn, p) : firstStep(turn, p);
  const rounds = new Set(p.runs.map((r) => r.id.split("_")[1])).size;
  if (decision.calls && rounds >= maxToolSteps) decision = say(cannotHelpText(turn.language));
  if (decision.calls) decision = { ...decision, calls: decision.calls.filter((c) => p.tools.has(c.toolName)) };
  if (decision.calls && !decision.calls.length) decision = say(cannotHelpText(turn.language));
  let upgrade = decision.upgrade;
  // A bare question nothing in the business's data answers is not an FAQ after all.
  const handedOver = p.runs.some((r) => r.toolName === "escalate") || decision.calls?.some((c) => c.toolName === "escalate");
  if (!upgrade && handedOver && turn.intent === "faq" && turn.confidence <= 0.62) upgrade = { intent: "other", confidence: 0.45 };
  const understanding = toUnderstanding({ ...turn, intent: upgrade?.intent ?? turn.intent, confidence: upgrade?.confidence ?? turn.confidence });
  return { turn, decision, understanding };
}

/** A model must answer: should a rule ever throw, the turn gets an honest "I don't know" and a low confidence (a person then takes over). */
function safeDecide(p: ParsedPrompt, maxToolSteps?: number): ReturnType<typeof decide> {
  try {
    return decide(p, maxToolSteps);
  } catch (e) {
    console.error("[local-model] could not decide", e);
    const language = p.context.state.language ?? p.context.language ?? "es";
    const decision: Decision = say(cannotHelpText(language));
    return { turn: null as never, decision, understanding: { intent: "other", language, confidence: 0.2, entities: {} } };
  }
}

export function createLocalModel(options: LocalModelOptions = {}): LanguageModelV3 {
  const modelId = options.modelId ?? LOCAL_MODEL_ID;

  async function doGenerate(call: LanguageModelV3CallOptions): Promise<LanguageModelV3GenerateResult> {
    const p = parsePrompt(call);
    const { decision, understanding } = safeDecide(p, options.maxToolSteps);
    const round = new Set(p.runs.map((r) => r.id)).size;
    const content: LanguageModelV3Content[] = decision.calls
      ? decision.calls.map((c, i) => ({ type: "tool-call", toolCallId: `hilo_${round}_${i}`, toolName: c.toolName, input: JSON.stringify(c.input) }))
      : [{ type: "text", text: decision.text }];
    const output = decision.calls ? decision.calls.map((c) => JSON.stringify(c.input)).join(" ") : decision.text;
    const input = tokensOf(promptText(call));
    const out = tokensOf(output);
    return {
      content,
      finishReason: { unified: decision.calls ? "tool-calls" : "stop", raw: decision.calls ? "tool_calls" : "stop" },
      usage: { inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: out, text: out, reasoning: 0 } },
      providerMetadata: { hilo: understanding },
      response: { id: `hilo-${p.context.now.getTime()}-${round}`, modelId, timestamp: p.context.now },
      warnings: [],
    };
  }

  return {
    specificationVersion: "v3",
    provider: "hilo",
    modelId,
    supportedUrls: {},
    doGenerate,
    async doStream(call) {
      const result = await doGenerate(call);
      const stream = new ReadableStream<LanguageModelV3StreamPart>({
        start(controller) {
          controller.enqueue({ type: "stream-start", warnings: [] });
          controller.enqueue({ type: "response-metadata", ...result.response });
          result.content.forEach((part, i) => {
            if (part.type === "text") {
              controller.enqueue({ type: "text-start", id: `t${i}` });
              controller.enqueue({ type: "text-delta", id: `t${i}`, delta: part.text });
              controller.enqueue({ type: "text-end", id: `t${i}` });
            } else if (part.type === "tool-call") controller.enqueue(part);
          });
          controller.enqueue({ type: "finish", usage: result.usage, finishReason: result.finishReason, providerMetadata: result.providerMetadata });
          controller.close();
        },
      });
      return { stream };
    },
  };
}
