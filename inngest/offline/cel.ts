import { evaluate } from "@marcbachmann/cel-js";

/**
 * Inngest's expressions (`event.data.x == async.data.x`, trigger `expression`s, concurrency
 * keys) in CEL. A missing key makes CEL throw; Inngest treats that as "no match", and so do we.
 */
export function matches(expr: string | null | undefined, vars: Record<string, unknown>): boolean {
  if (!expr) return true;
  try {
    return evaluate(expr, toCel(vars)) === true;
  } catch {
    return false;
  }
}

/** The value of a key expression (`event.data.conversationId`) as a string, or null when absent. */
export function keyOf(expr: string | null | undefined, vars: Record<string, unknown>): string | null {
  if (!expr) return null;
  try {
    const v = evaluate(expr, toCel(vars));
    return v === null || v === undefined ? null : String(v);
  } catch {
    return null;
  }
}

// JSON numbers that are whole become BigInt so `event.data.n == 3` (an int literal) compares equal.
function toCel(value: unknown): never {
  const conv = (v: unknown): unknown => {
    if (typeof v === "number" && Number.isInteger(v)) return BigInt(v);
    if (Array.isArray(v)) return v.map(conv);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, conv(x)]));
    return v;
  };
  return conv(value) as never;
}
