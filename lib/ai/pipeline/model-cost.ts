/**
 * What a turn's model calls cost, in micro-USD, from published per-million-token prices of the
 * models a workspace is likely to name. Hilo's local model and self-hosted OpenAI-compatible
 * servers cost nothing per call; an unknown hosted model is priced like the default one, so a
 * budget is never silently ignored.
 */
const PER_MILLION_USD: Record<string, { input: number; output: number }> = {
  "gpt-4.1": { input: 2, output: 8 },
  "gpt-4.1-mini": { input: 0.4, output: 1.6 },
  "gpt-4.1-nano": { input: 0.1, output: 0.4 },
  "gpt-4o": { input: 2.5, output: 10 },
  "gpt-4o-mini": { input: 0.15, output: 0.6 },
};

export function turnCostMicros(input: { provider: string; model: string | null; inputTokens: number; outputTokens: number }): number {
  if (input.provider !== "openai") return 0;
  const key = Object.keys(PER_MILLION_USD).find((k) => input.model === k || input.model?.startsWith(`${k}-`)) ?? "gpt-4.1-mini";
  const price = PER_MILLION_USD[key];
  // USD per million tokens = micro-USD per token.
  return Math.round(input.inputTokens * price.input + input.outputTokens * price.output);
}
