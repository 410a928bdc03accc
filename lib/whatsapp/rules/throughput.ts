/**
 * Per-number throughput (fact sheet §8.1): 80 messages/s by default, 20/s for numbers shared
 * with the WhatsApp Business app (coexistence), 1,000/s after Meta's automatic upgrade. Above it
 * sends fail with 130429. Meta counts inbound and outbound messages of all types, so inbound
 * traffic is recorded too (`note`) even though it is never refused.
 *
 * A sliding one-second log rather than a token bucket: it guarantees that no 1 s span ever holds
 * more than the limit, which is how Meta states it, while a full bucket would let through up to
 * twice the limit across a second boundary. Memory is at most `limit` timestamps per number.
 * Fed by the caller's timestamps only, so it is deterministic; state is per process.
 */

import type { RateDecision } from "./pair-rate";

export const THROUGHPUT_DEFAULT_MPS = 80;
export const THROUGHPUT_COEXISTENCE_MPS = 20;
export const THROUGHPUT_UPGRADED_MPS = 1_000;
const WINDOW_MS = 1_000;

export type ThroughputOptions = {
  /** Limit for numbers without an override. Default 80. */
  messagesPerSecond?: number;
  /** Per phone-number-id overrides (coexistence numbers, upgraded numbers). */
  limits?: Record<string, number>;
};

export type ThroughputLimiter = {
  /** Takes one slot for an outbound message when allowed; a denied check takes nothing. */
  check(phoneNumberId: string, now: Date): RateDecision;
  /** Records traffic that counts against the limit but cannot be refused (inbound messages). */
  note(phoneNumberId: string, now: Date): void;
  setLimit(phoneNumberId: string, messagesPerSecond: number): void;
  limitFor(phoneNumberId: string): number;
};

function assertRate(mps: number) {
  if (!Number.isInteger(mps) || mps < 1) throw new RangeError("messagesPerSecond must be a positive integer");
}

export function createThroughputLimiter(opts: ThroughputOptions = {}): ThroughputLimiter {
  const fallback = opts.messagesPerSecond ?? THROUGHPUT_DEFAULT_MPS;
  assertRate(fallback);
  const limits = new Map<string, number>();
  for (const [id, mps] of Object.entries(opts.limits ?? {})) {
    assertRate(mps);
    limits.set(id, mps);
  }
  const logs = new Map<string, number[]>();

  const limitFor = (id: string) => limits.get(id) ?? fallback;

  /** Drops entries outside (t - 1 s, t] and returns the live log. Timestamps never go backwards. */
  const live = (id: string, t: number) => {
    const log = logs.get(id) ?? [];
    let drop = 0;
    while (drop < log.length && log[drop] <= t - WINDOW_MS) drop++;
    const kept = drop > 0 ? log.slice(drop) : log;
    logs.set(id, kept);
    return kept;
  };
  // An out-of-order timestamp is treated as the latest one seen, so the log stays sorted.
  const clamp = (id: string, t: number) => {
    const log = logs.get(id);
    return log && log.length > 0 ? Math.max(t, log[log.length - 1]) : t;
  };

  return {
    check(id, now) {
      const t = clamp(id, now.getTime());
      const log = live(id, t);
      const limit = limitFor(id);
      if (log.length >= limit) {
        // The slot frees when the oldest entry that keeps us at the limit leaves the window.
        return { allowed: false, retryAt: new Date(log[log.length - limit] + WINDOW_MS) };
      }
      log.push(t);
      return { allowed: true };
    },
    note(id, now) {
      const t = clamp(id, now.getTime());
      live(id, t).push(t);
    },
    setLimit(id, mps) {
      assertRate(mps);
      limits.set(id, mps);
    },
    limitFor,
  };
}
