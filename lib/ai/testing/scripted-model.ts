import type { LanguageModelV3, LanguageModelV3CallOptions, LanguageModelV3Content, LanguageModelV3GenerateResult } from "@ai-sdk/provider";
import type { Understanding } from "../types";

/** One scripted step: text to say, or tools to call; `understanding` is reported like the local model does. */
export type ScriptStep = { text?: string; toolCalls?: { toolName: string; input: Record<string, unknown> }[]; understanding?: Understanding };

const usage = { inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 5, text: 5, reasoning: 0 } };

/**
 * A model that follows a script, one step per call (the last step repeats), and keeps every call's
 * options — to prove what the pipeline does with whatever a model says.
 */
export function scriptedModel(steps: ScriptStep[]): LanguageModelV3 & { calls: LanguageModelV3CallOptions[] } {
  const calls: LanguageModelV3CallOptions[] = [];
  let n = 0;
  return {
    specificationVersion: "v3",
    provider: "test",
    modelId: "scripted",
    supportedUrls: {},
    calls,
    async doGenerate(options): Promise<LanguageModelV3GenerateResult> {
      calls.push(options);
      const step = steps[Math.min(n++, steps.length - 1)];
      const content: LanguageModelV3Content[] = step.toolCalls?.length
        ? step.toolCalls.map((c, i) => ({ type: "tool-call" as const, toolCallId: `call_${n}_${i}`, toolName: c.toolName, input: JSON.stringify(c.input) }))
        : [{ type: "text" as const, text: step.text ?? "" }];
      return {
        content,
        finishReason: { unified: step.toolCalls?.length ? "tool-calls" : "stop", raw: undefined },
        usage,
        warnings: [],
        ...(step.understanding ? { providerMetadata: { hilo: step.understanding } } : {}),
      } as LanguageModelV3GenerateResult;
    },
    async doStream() {
      throw new Error("scripted model: streaming not scripted");
    },
  };
}
