import { describe, expect, it } from "vitest";
import { securityLog } from "./security-log";
import { signMetaBody, verifyHandshake, verifyMetaSignature } from "./signature";

const body = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');

describe("Meta webhook signature", () => {
  it("accepts the HMAC of the exact bytes and nothing else", () => {
    const sig = signMetaBody(body, "secret");
    expect(verifyMetaSignature(body, sig, "secret")).toBe(true);
    expect(verifyMetaSignature(body, sig, "other-secret")).toBe(false);
    expect(verifyMetaSignature(Buffer.from(body.toString() + " "), sig, "secret")).toBe(false);
    expect(verifyMetaSignature(body, sig.replace("sha256=", "sha1="), "secret")).toBe(false);
    expect(verifyMetaSignature(body, "sha256=abc", "secret")).toBe(false);
    expect(verifyMetaSignature(body, null, "secret")).toBe(false);
    expect(verifyMetaSignature(body, sig, null)).toBe(false);
  });

  it("answers the verification handshake only with the right token", () => {
    const q = (mode: string, token: string) => new URLSearchParams({ "hub.mode": mode, "hub.verify_token": token, "hub.challenge": "1158201444" });
    expect(verifyHandshake(q("subscribe", "tok-123"), "tok-123")).toBe("1158201444");
    expect(verifyHandshake(q("subscribe", "tok-124"), "tok-123")).toBeNull();
    expect(verifyHandshake(q("unsubscribe", "tok-123"), "tok-123")).toBeNull();
  });

  it("logs refused webhooks at most five times a minute per channel", () => {
    const t0 = 1_000_000;
    const logged = Array.from({ length: 8 }, (_, i) => securityLog("chan-a", "forged", t0 + i));
    expect(logged.filter(Boolean)).toHaveLength(5);
    expect(securityLog("chan-b", "forged", t0)).toBe(true);
    expect(securityLog("chan-a", "forged", t0 + 60_001)).toBe(true);
  });
});
