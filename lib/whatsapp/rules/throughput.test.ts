import { describe, expect, it } from "vitest";
import { createThroughputLimiter, THROUGHPUT_COEXISTENCE_MPS, THROUGHPUT_DEFAULT_MPS } from "./throughput";

const t0 = new Date("2026-11-02T10:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

function fill(limiter: ReturnType<typeof createThroughputLimiter>, id: string, n: number, when: Date) {
  let allowed = 0;
  for (let i = 0; i < n; i++) if (limiter.check(id, when).allowed) allowed++;
  return allowed;
}

describe("createThroughputLimiter", () => {
  it("allows 80 messages per second per number by default", () => {
    const limiter = createThroughputLimiter();
    expect(limiter.limitFor("pn1")).toBe(THROUGHPUT_DEFAULT_MPS);
    expect(fill(limiter, "pn1", 80, t0)).toBe(80);
    expect(limiter.check("pn1", at(999))).toEqual({ allowed: false, retryAt: at(1000) });
    expect(limiter.check("pn1", at(1000)).allowed).toBe(true);
  });

  it("never lets more than the limit through in any 1 s span", () => {
    const limiter = createThroughputLimiter({ messagesPerSecond: 10 });
    // 10 at 0.5 s, then try 10 more just after 1 s: the 0.5 s ones are still in the window.
    expect(fill(limiter, "pn", 10, at(500))).toBe(10);
    expect(fill(limiter, "pn", 10, at(1001))).toBe(0);
    expect(limiter.check("pn", at(1001))).toEqual({ allowed: false, retryAt: at(1500) });
    expect(fill(limiter, "pn", 10, at(1500))).toBe(10);
  });

  it("is configurable per number (coexistence 20/s, upgraded 1000/s)", () => {
    const limiter = createThroughputLimiter({ limits: { coex: THROUGHPUT_COEXISTENCE_MPS } });
    limiter.setLimit("big", 1000);
    expect(fill(limiter, "coex", 30, t0)).toBe(20);
    expect(fill(limiter, "big", 1200, t0)).toBe(1000);
    expect(fill(limiter, "other", 100, t0)).toBe(80);
  });

  it("counts inbound traffic noted against the number", () => {
    const limiter = createThroughputLimiter({ messagesPerSecond: 5 });
    for (let i = 0; i < 4; i++) limiter.note("pn", t0);
    expect(fill(limiter, "pn", 5, at(100))).toBe(1);
  });

  it("keeps numbers independent and clamps out-of-order timestamps", () => {
    const limiter = createThroughputLimiter({ messagesPerSecond: 1 });
    expect(limiter.check("a", at(2000)).allowed).toBe(true);
    expect(limiter.check("a", t0)).toEqual({ allowed: false, retryAt: at(3000) });
    expect(limiter.check("b", t0).allowed).toBe(true);
  });

  it("rejects non-positive or fractional limits", () => {
    expect(() => createThroughputLimiter({ messagesPerSecond: 0 })).toThrow(RangeError);
    expect(() => createThroughputLimiter({ limits: { x: 2.5 } })).toThrow(RangeError);
    expect(() => createThroughputLimiter().setLimit("x", -1)).toThrow(RangeError);
  });
});
