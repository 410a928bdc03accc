import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, generateEncryptionKey } from "./secret-box";

const key = generateEncryptionKey();

describe("secret box (AES-256-GCM)", () => {
  it("round-trips and never stores the plaintext", () => {
    const boxed = encryptSecret("EAAG-token-ñ", "channel:1:access_token", key);
    expect(boxed).toMatch(/^v1\./);
    expect(boxed).not.toContain("EAAG");
    expect(decryptSecret(boxed, "channel:1:access_token", key)).toBe("EAAG-token-ñ");
  });

  it("uses a fresh IV each time", () => {
    expect(encryptSecret("same", "", key)).not.toBe(encryptSecret("same", "", key));
  });

  it("refuses a tampered value, another key, or another place (AAD)", () => {
    const boxed = encryptSecret("secret", "channel:1:app_secret", key);
    const [v, iv, tag, data] = boxed.split(".");
    const flipped = Buffer.from(data, "base64url");
    flipped[0] ^= 1;
    expect(() => decryptSecret([v, iv, tag, flipped.toString("base64url")].join("."), "channel:1:app_secret", key)).toThrow();
    expect(() => decryptSecret(boxed, "channel:1:app_secret", generateEncryptionKey())).toThrow();
    expect(() => decryptSecret(boxed, "channel:2:app_secret", key)).toThrow();
    expect(() => decryptSecret("plain-text", "", key)).toThrow(/Not an encrypted secret/);
  });

  it("rejects a key that is not 32 bytes", () => {
    expect(() => encryptSecret("x", "", Buffer.alloc(16).toString("base64"))).toThrow(/32 bytes/);
  });
});
