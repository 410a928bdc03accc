import { describe, expect, it } from "vitest";
import { createPairRateLimiter, pairRateRetryDelayMs } from "./pair-rate";

const t0 = new Date("2026-11-02T10:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("createPairRateLimiter", () => {
  it("allows a burst of 3, then one message every 6 s", () => {
    const limiter = createPairRateLimiter();
    expect(limiter.check("34600000001", t0).allowed).toBe(true);
    expect(limiter.check("34600000001", t0).allowed).toBe(true);
    expect(limiter.check("34600000001", t0).allowed).toBe(true);
    expect(limiter.check("34600000001", t0)).toEqual({ allowed: false, retryAt: at(6000) });
    expect(limiter.check("34600000001", at(5999)).allowed).toBe(false);
    expect(limiter.check("34600000001", at(6000)).allowed).toBe(true);
    expect(limiter.check("34600000001", at(6000))).toEqual({ allowed: false, retryAt: at(12_000) });
  });

  it("paces at exactly one message per 6 s with burst 1", () => {
    const limiter = createPairRateLimiter({ burst: 1 });
    expect(limiter.check("u", t0).allowed).toBe(true);
    expect(limiter.check("u", at(5999))).toEqual({ allowed: false, retryAt: at(6000) });
    expect(limiter.check("u", at(6000)).allowed).toBe(true);
    expect(limiter.check("u", at(12_500)).allowed).toBe(true);
  });

  it("keeps recipients independent", () => {
    const limiter = createPairRateLimiter({ burst: 1 });
    expect(limiter.check("a", t0).allowed).toBe(true);
    expect(limiter.check("a", t0).allowed).toBe(false);
    expect(limiter.check("b", t0).allowed).toBe(true);
  });

  it("refills the burst after a quiet period, never beyond it", () => {
    const limiter = createPairRateLimiter({ burst: 2 });
    limiter.check("u", t0);
    limiter.check("u", t0);
    const later = at(60 * 60_000);
    expect(limiter.check("u", later).allowed).toBe(true);
    expect(limiter.check("u", later).allowed).toBe(true);
    expect(limiter.check("u", later).allowed).toBe(false);
  });

  it("a denied check does not consume quota", () => {
    const limiter = createPairRateLimiter({ burst: 1 });
    limiter.check("u", t0);
    for (let i = 0; i < 5; i++) limiter.check("u", at(1000));
    expect(limiter.check("u", at(6000)).allowed).toBe(true);
  });

  it("tolerates out-of-order timestamps without granting extra quota", () => {
    const limiter = createPairRateLimiter({ burst: 1 });
    expect(limiter.check("u", at(10_000)).allowed).toBe(true);
    expect(limiter.check("u", t0)).toEqual({ allowed: false, retryAt: at(16_000) });
  });

  it("prunes recipients whose bucket is full again", () => {
    const limiter = createPairRateLimiter({ burst: 1 });
    limiter.check("a", t0);
    limiter.check("b", at(5000));
    limiter.prune(at(6000));
    expect(limiter.size()).toBe(1);
    limiter.prune(at(11_000));
    expect(limiter.size()).toBe(0);
  });

  it("rejects bursts above Meta's 45 and non-positive intervals", () => {
    expect(() => createPairRateLimiter({ burst: 46 })).toThrow(RangeError);
    expect(() => createPairRateLimiter({ burst: 0 })).toThrow(RangeError);
    expect(() => createPairRateLimiter({ intervalMs: 0 })).toThrow(RangeError);
    expect(() => createPairRateLimiter({ burst: 45 })).not.toThrow();
  });
});

describe("pairRateRetryDelayMs", () => {
  it("follows 4^X seconds with a cap", () => {
    expect([0, 1, 2, 3].map((x) => pairRateRetryDelayMs(x))).toEqual([1000, 4000, 16_000, 64_000]);
    expect(pairRateRetryDelayMs(10)).toBe(15 * 60_000);
    expect(pairRateRetryDelayMs(-3)).toBe(1000);
  });
});
