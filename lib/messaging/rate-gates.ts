import { createPairRateLimiter, type PairRateLimiter } from "@/lib/whatsapp/rules/pair-rate";
import { createThroughputLimiter, type ThroughputLimiter } from "@/lib/whatsapp/rules/throughput";

/**
 * Meta's two speed limits, enforced before calling the provider so that a burst waits here
 * instead of collecting 130429 / 131056 errors: the number's throughput (80 messages/s by default,
 * the channel's `throughputMps`) and the pair rate (one customer: a message every 6 s, small bursts).
 * Kept per process: the send workflow also caps concurrency per channel, so one process sees a
 * channel's sends at a time in practice. A refusal carries when to try again.
 */
type Limiters = { throughput: ThroughputLimiter; pair: PairRateLimiter };

const store = globalThis as unknown as { __hiloRateGates?: Limiters };

export function rateLimiters(): Limiters {
  return (store.__hiloRateGates ??= { throughput: createThroughputLimiter(), pair: createPairRateLimiter() });
}

/** Forget all counts (tests). */
export function resetRateLimiters(limiters?: Partial<Limiters>) {
  store.__hiloRateGates = { throughput: limiters?.throughput ?? createThroughputLimiter(), pair: limiters?.pair ?? createPairRateLimiter() };
}

export type RateVerdict = { allowed: true } | { allowed: false; code: "130429" | "131056"; retryAfterMs: number };

export function checkRateGates(input: { channelId: string; throughputMps: number; waId: string; now: Date }): RateVerdict {
  const { throughput, pair } = rateLimiters();
  if (throughput.limitFor(input.channelId) !== input.throughputMps) throughput.setLimit(input.channelId, input.throughputMps);
  const slot = throughput.check(input.channelId, input.now);
  if (!slot.allowed) return { allowed: false, code: "130429", retryAfterMs: Math.max(1, slot.retryAt.getTime() - input.now.getTime()) };
  const turn = pair.check(`${input.channelId}:${input.waId}`, input.now);
  if (!turn.allowed) return { allowed: false, code: "131056", retryAfterMs: Math.max(1, turn.retryAt.getTime() - input.now.getTime()) };
  pair.prune(input.now);
  return { allowed: true };
}
