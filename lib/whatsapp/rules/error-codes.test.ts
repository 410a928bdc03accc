import { describe, expect, it } from "vitest";
import { classifySendError, type SendErrorAction, type SendErrorReason } from "./error-codes";

const cases: [number, SendErrorAction, SendErrorReason][] = [
  [130429, "retry", "rate_limited"],
  [131056, "retry", "pair_rate"],
  [4, "retry", "rate_limited"],
  [80007, "retry", "rate_limited"],
  [131057, "retry", "maintenance"],
  [131000, "retry", "temporary"],
  [131016, "retry", "temporary"],
  [1, "retry", "temporary"],
  [2, "retry", "temporary"],
  [133004, "retry", "temporary"],
  [131047, "permanent", "window_closed"],
  [131026, "permanent", "recipient_unavailable"],
  [130403, "permanent", "recipient_unavailable"],
  [131049, "permanent", "engagement_limit"],
  [131050, "permanent", "opted_out"],
  [131048, "permanent", "policy"],
  [131051, "permanent", "unsupported"],
  [131052, "permanent", "media"],
  [131053, "permanent", "media"],
  [132000, "permanent", "template"],
  [132001, "permanent", "template"],
  [132005, "permanent", "template"],
  [132007, "permanent", "template"],
  [132012, "permanent", "template"],
  [132015, "permanent", "template"],
  [132016, "permanent", "template"],
  [131064, "permanent", "policy"],
  [131063, "permanent", "policy"],
  [368, "permanent", "policy"],
  [131031, "permanent", "policy"],
  [130497, "permanent", "policy"],
  [131042, "permanent", "billing"],
  [131045, "permanent", "not_registered"],
  [133010, "permanent", "not_registered"],
  [100, "permanent", "invalid_request"],
  [131008, "permanent", "invalid_request"],
  [131009, "permanent", "invalid_request"],
  [190, "permanent", "auth"],
  [0, "permanent", "auth"],
  [3, "permanent", "auth"],
  [10, "permanent", "auth"],
  [200, "permanent", "auth"],
  [299, "permanent", "auth"],
  [2388019, "permanent", "template"],
  [2388040, "permanent", "template"],
];

describe("classifySendError: the §8.2 table", () => {
  it.each(cases)("%i → %s / %s", (code, action, reason) => {
    const c = classifySendError(code, 400);
    expect(c.action).toBe(action);
    expect(c.reason).toBe(reason);
    expect(c.userMessageKey).toBe(`errors.whatsapp_${reason}`);
  });

  it("known codes win over the HTTP status", () => {
    expect(classifySendError(131000, 500).action).toBe("retry");
    expect(classifySendError(131047, 500).action).toBe("permanent");
    expect(classifySendError(131047).reason).toBe("window_closed"); // asynchronous, no HTTP status
  });

  it("gives Meta's waiting hints", () => {
    expect(classifySendError(131057).retryAfterMs).toBe(60_000);
    expect(classifySendError(131056).retryAfterMs).toBe(1_000);
    expect(classifySendError(131047).retryAfterMs).toBeUndefined();
  });
});

describe("classifySendError: network, 5xx and unknown codes", () => {
  it("retries network failures (no code, no status)", () => {
    expect(classifySendError(null)).toMatchObject({ action: "retry", reason: "temporary" });
    expect(classifySendError(null, 0)).toMatchObject({ action: "retry", reason: "temporary" });
  });

  it.each([500, 502, 503, 504])("retries HTTP %i", (status) => {
    expect(classifySendError(null, status)).toMatchObject({ action: "retry", reason: "temporary" });
    expect(classifySendError(999_999, status)).toMatchObject({ action: "retry", reason: "temporary" });
  });

  it("retries an unknown 429 as rate limiting", () => {
    expect(classifySendError(999_999, 429)).toMatchObject({ action: "retry", reason: "rate_limited" });
  });

  it("never loops on an unknown 4xx or an unknown asynchronous code", () => {
    expect(classifySendError(999_999, 400)).toMatchObject({ action: "permanent", reason: "unknown" });
    expect(classifySendError(999_999)).toMatchObject({ action: "permanent", reason: "unknown" });
    expect(classifySendError(null, 404)).toMatchObject({ action: "permanent", reason: "unknown" });
    expect(classifySendError(132017, 400).reason).toBe("unknown"); // just outside the template range
  });
});
