import { describe, expect, it } from "vitest";
import {
  canReachNewUser,
  countsTowardMessagingLimit,
  MESSAGING_TIERS,
  parseMessagingTier,
  remainingNewUsers,
  tierLimit,
  uniqueUsersInWindow,
} from "./messaging-tier";

describe("tierLimit", () => {
  it("gives the 2026 portfolio tiers", () => {
    expect(MESSAGING_TIERS.map(tierLimit)).toEqual([250, 2000, 10_000, 100_000, null]);
  });
});

describe("parseMessagingTier", () => {
  it("accepts the current API values, case-insensitively", () => {
    expect(parseMessagingTier("TIER_2K")).toBe("TIER_2K");
    expect(parseMessagingTier(" tier_unlimited ")).toBe("TIER_UNLIMITED");
  });
  it("rejects retired or unknown tiers", () => {
    expect(parseMessagingTier("TIER_1K")).toBeNull();
    expect(parseMessagingTier("TIER_50")).toBeNull();
    expect(parseMessagingTier(undefined)).toBeNull();
  });
});

describe("canReachNewUser", () => {
  it("allows new users below the limit and refuses at it", () => {
    expect(canReachNewUser({ tier: "TIER_250", uniqueUsersLast24h: 249, alreadyReached: false })).toBe(true);
    expect(canReachNewUser({ tier: "TIER_250", uniqueUsersLast24h: 250, alreadyReached: false })).toBe(false);
    expect(canReachNewUser({ tier: "TIER_2K", uniqueUsersLast24h: 1999, alreadyReached: false })).toBe(true);
    expect(canReachNewUser({ tier: "TIER_2K", uniqueUsersLast24h: 2000, alreadyReached: false })).toBe(false);
    expect(canReachNewUser({ tier: "TIER_100K", uniqueUsersLast24h: 100_000, alreadyReached: false })).toBe(false);
  });

  it("always allows a user already reached in the window", () => {
    expect(canReachNewUser({ tier: "TIER_250", uniqueUsersLast24h: 250, alreadyReached: true })).toBe(true);
  });

  it("never refuses on the unlimited tier", () => {
    expect(canReachNewUser({ tier: "TIER_UNLIMITED", uniqueUsersLast24h: 5_000_000, alreadyReached: false })).toBe(true);
  });
});

describe("remainingNewUsers", () => {
  it("is limit minus used, never negative, Infinity when unlimited", () => {
    expect(remainingNewUsers("TIER_10K", 9_990)).toBe(10);
    expect(remainingNewUsers("TIER_250", 300)).toBe(0);
    expect(remainingNewUsers("TIER_UNLIMITED", 1)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("what counts", () => {
  it("only messages outside the CSW count", () => {
    expect(countsTowardMessagingLimit({ insideServiceWindow: true })).toBe(false);
    expect(countsTowardMessagingLimit({ insideServiceWindow: false })).toBe(true);
  });

  it("counts unique users in a rolling 24 h window, (now - 24 h, now]", () => {
    const now = new Date("2026-11-02T12:00:00.000Z");
    const ago = (h: number, m = 0) => new Date(now.getTime() - (h * 60 + m) * 60_000);
    const sends = [
      { userId: "a", sentAt: ago(1) },
      { userId: "a", sentAt: ago(2) }, // same user: one slot
      { userId: "b", sentAt: ago(23, 59) },
      { userId: "c", sentAt: ago(24) }, // exactly 24 h ago: has rolled out
      { userId: "d", sentAt: ago(25) },
    ];
    expect(uniqueUsersInWindow(sends, now)).toBe(2);
  });
});
