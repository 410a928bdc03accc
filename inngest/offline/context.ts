import type { Tx } from "@/db/engine";
import type { FunctionConfig } from "./function-config";

/** What every state change of the executor works with: one transaction, one instant. */
export type ExecCtx = {
  tx: Tx;
  now: Date;
  fns: Map<string, FunctionConfig>;
  retryBaseMs: number;
};

export type EventPayload = { id: string; name: string; data: Record<string, unknown>; ts: number; user?: unknown; v?: string };

const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;

/** Exponential backoff with jitter for the n-th retry (1-based), clamped to [base, 24 h]. */
export function backoff(ctx: ExecCtx, retry: number): Date {
  const exp = Math.min(ctx.retryBaseMs * 2 ** Math.max(0, retry - 1), MAX_BACKOFF_MS);
  const jittered = Math.min(exp * (1 + Math.random() * 0.25), MAX_BACKOFF_MS);
  return new Date(ctx.now.getTime() + Math.max(ctx.retryBaseMs, jittered));
}
