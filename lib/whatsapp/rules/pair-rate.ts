/**
 * Per-recipient pacing (Meta's "pair rate limit", fact sheet §8.1): about 1 message per 6 s to
 * the same user. Meta tolerates bursts of up to 45 in 6 s but borrows them from future quota, so
 * a long burst buys a long silence; above the limit sends fail with 131056.
 *
 * The bucket is kept as GCRA (a token bucket expressed as a "theoretical arrival time"), so the
 * arithmetic is integer milliseconds and fed entirely by the caller's timestamps: no timers, no
 * Date.now(), deterministic in tests and in the simulator. State is per process; the durable
 * throttle in production is the workflow engine's, this is the guard in front of it.
 */

export const PAIR_RATE_INTERVAL_MS = 6_000;
/** Meta's ceiling for a borrowed burst; our default stays well below it. */
export const PAIR_RATE_MAX_BURST = 45;
/**
 * A bot reply is usually 1–3 bubbles; 3 lets that go out at once, and spending more of the
 * borrowed quota would only delay the customer's next answer.
 */
export const PAIR_RATE_DEFAULT_BURST = 3;

export type PairRateOptions = {
  /** Milliseconds between messages once the burst is spent. Default 6000. */
  intervalMs?: number;
  /** Messages that may go out back to back. Default 3, at most 45. */
  burst?: number;
};

export type RateDecision = { allowed: true } | { allowed: false; retryAt: Date };

export type PairRateLimiter = {
  /** Takes one slot for `recipient` at `now` when allowed; a denied check takes nothing. */
  check(recipient: string, now: Date): RateDecision;
  /** Forgets recipients whose bucket has refilled, so memory stays bounded by active chats. */
  prune(now: Date): void;
  /** Number of recipients currently tracked (for tests and metrics). */
  size(): number;
};

export function createPairRateLimiter(opts: PairRateOptions = {}): PairRateLimiter {
  const interval = opts.intervalMs ?? PAIR_RATE_INTERVAL_MS;
  const burst = opts.burst ?? PAIR_RATE_DEFAULT_BURST;
  if (!Number.isInteger(interval) || interval <= 0) throw new RangeError("intervalMs must be a positive integer");
  if (!Number.isInteger(burst) || burst < 1 || burst > PAIR_RATE_MAX_BURST) {
    throw new RangeError(`burst must be an integer between 1 and ${PAIR_RATE_MAX_BURST}`);
  }
  // How far ahead of `now` the theoretical arrival time may run before we refuse.
  const tolerance = (burst - 1) * interval;
  const tat = new Map<string, number>();

  return {
    check(recipient, now) {
      const t = now.getTime();
      const current = Math.max(tat.get(recipient) ?? t, t);
      if (current - t > tolerance) return { allowed: false, retryAt: new Date(current - tolerance) };
      tat.set(recipient, current + interval);
      return { allowed: true };
    },
    prune(now) {
      const t = now.getTime();
      for (const [recipient, next] of tat) if (next <= t) tat.delete(recipient);
    },
    size: () => tat.size,
  };
}

/**
 * Delay before retrying a send refused with 131056: Meta recommends 4^X seconds for the X-th
 * retry (1 s, 4 s, 16 s, 64 s…), capped so a stuck conversation does not sleep for hours.
 */
export function pairRateRetryDelayMs(attempt: number, capMs = 15 * 60_000): number {
  const x = Math.max(0, Math.floor(attempt));
  return Math.min(capMs, 4 ** x * 1000);
}
