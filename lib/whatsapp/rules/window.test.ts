import { describe, expect, it } from "vitest";
import { assertCanSendFreeForm, freeEntryPointOpenedAt, isWindowClosedError, windowState, WindowClosedError } from "./window";

const t0 = new Date("2026-11-02T10:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const MIN = 60_000;
const HOUR = 60 * MIN;

describe("windowState: the 24 h customer-service window", () => {
  it("is open 23:59 after the last inbound message and closes at lastInbound + 24 h", () => {
    const s = windowState({ lastInboundAt: t0, now: at(23 * HOUR + 59 * MIN) });
    expect(s).toEqual({ open: true, kind: "service", closesAt: at(24 * HOUR), freeEntryPointClosesAt: null });
  });

  it("is closed 24:01 after the last inbound message", () => {
    expect(windowState({ lastInboundAt: t0, now: at(24 * HOUR + MIN) })).toEqual({ open: false, kind: "closed", closesAt: null, freeEntryPointClosesAt: null });
  });

  it("is closed at exactly 24 h (half-open interval) and open 1 ms before", () => {
    expect(windowState({ lastInboundAt: t0, now: at(24 * HOUR) }).open).toBe(false);
    expect(windowState({ lastInboundAt: t0, now: at(24 * HOUR - 1) }).open).toBe(true);
  });

  it("is closed when the user never wrote", () => {
    expect(windowState({ lastInboundAt: null, now: t0 }).kind).toBe("closed");
  });

  it("treats a slightly future inbound timestamp (clock skew) as open", () => {
    expect(windowState({ lastInboundAt: at(2000), now: t0 }).open).toBe(true);
  });
});

describe("windowState: the 72 h free-entry-point window", () => {
  // The user arrives from a Click-to-WhatsApp ad at t0; the business replies 10 minutes later.
  const reply = at(10 * MIN);
  const fep = { openedAt: reply };

  it("starts at the reply and covers the CSW", () => {
    const s = windowState({ lastInboundAt: t0, freeEntryPoint: fep, now: reply });
    expect(s).toEqual({ open: true, kind: "free_entry_point", closesAt: at(24 * HOUR), freeEntryPointClosesAt: at(10 * MIN + 72 * HOUR) });
  });

  it("stays free after the CSW closes, but free-form is no longer allowed", () => {
    const s = windowState({ lastInboundAt: t0, freeEntryPoint: fep, now: at(48 * HOUR) });
    expect(s.kind).toBe("free_entry_point");
    expect(s.open).toBe(false);
    expect(s.closesAt).toBeNull();
    expect(() => assertCanSendFreeForm({ lastInboundAt: t0, freeEntryPoint: fep, now: at(48 * HOUR) })).toThrow(WindowClosedError);
  });

  it("ends exactly 72 h after the reply, not 72 h after the referral message", () => {
    expect(windowState({ lastInboundAt: t0, freeEntryPoint: fep, now: at(72 * HOUR) }).kind).toBe("free_entry_point");
    expect(windowState({ lastInboundAt: t0, freeEntryPoint: fep, now: at(10 * MIN + 72 * HOUR - 1) }).kind).toBe("free_entry_point");
    expect(windowState({ lastInboundAt: t0, freeEntryPoint: fep, now: at(10 * MIN + 72 * HOUR) }).kind).toBe("closed");
  });

  it("a new inbound message during the FEP reopens the CSW while the FEP keeps its own end", () => {
    const s = windowState({ lastInboundAt: at(60 * HOUR), freeEntryPoint: fep, now: at(61 * HOUR) });
    expect(s).toMatchObject({ open: true, kind: "free_entry_point", closesAt: at(84 * HOUR), freeEntryPointClosesAt: at(10 * MIN + 72 * HOUR) });
    expect(windowState({ lastInboundAt: at(60 * HOUR), freeEntryPoint: fep, now: at(80 * HOUR) }).kind).toBe("service");
  });
});

describe("freeEntryPointOpenedAt", () => {
  it("opens at the reply when it came within 24 h of the entry", () => {
    expect(freeEntryPointOpenedAt({ entryAt: t0, firstReplyAt: at(23 * HOUR + 59 * MIN) })).toEqual(at(23 * HOUR + 59 * MIN));
  });
  it("does not open when the reply came 24 h or later", () => {
    expect(freeEntryPointOpenedAt({ entryAt: t0, firstReplyAt: at(24 * HOUR) })).toBeNull();
    expect(freeEntryPointOpenedAt({ entryAt: t0, firstReplyAt: at(-1) })).toBeNull();
  });
});

describe("assertCanSendFreeForm", () => {
  it("returns the state when open", () => {
    expect(assertCanSendFreeForm({ lastInboundAt: t0, now: at(HOUR) }).closesAt).toEqual(at(24 * HOUR));
  });

  it("throws window_closed:send telling the caller to use an approved template", () => {
    try {
      assertCanSendFreeForm({ lastInboundAt: t0, now: at(24 * HOUR + MIN) });
      expect.unreachable();
    } catch (e) {
      expect(isWindowClosedError(e)).toBe(true);
      const err = e as WindowClosedError;
      expect(err.code).toBe("window_closed:send");
      expect(err.message).toMatch(/approved template/);
      expect(err.closedAt).toEqual(at(24 * HOUR));
    }
  });

  it("throws for a contact who never wrote", () => {
    expect(() => assertCanSendFreeForm({ lastInboundAt: null, now: t0 })).toThrow(/approved template/);
  });
});
