import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { getEnv } from "@/lib/env";

/**
 * AES-256-GCM for secrets at rest (channel tokens, app secrets, API keys).
 * Format: `v1.<iv>.<tag>.<ciphertext>`, each part base64url. The version prefix lets keys rotate later.
 * `aad` binds a ciphertext to its place (e.g. `channel:<id>:access_token`), so a value copied
 * into another row does not decrypt.
 */
const VERSION = "v1";

function keyFrom(base64Key?: string): Buffer {
  const key = Buffer.from(base64Key ?? getEnv().APP_ENCRYPTION_KEY, "base64");
  if (key.length !== 32) throw new Error("APP_ENCRYPTION_KEY must be 32 bytes (base64)");
  return key;
}

export function encryptSecret(plaintext: string, aad = "", base64Key?: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(base64Key), iv);
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString("base64url"), tag.toString("base64url"), data.toString("base64url")].join(".");
}

/** Throws when the value was tampered with, encrypted under another key, or for another `aad`. */
export function decryptSecret(boxed: string, aad = "", base64Key?: string): string {
  const [version, iv, tag, data] = boxed.split(".");
  if (version !== VERSION || !iv || !tag || data === undefined) throw new Error("Not an encrypted secret (expected v1.iv.tag.data)");
  const decipher = createDecipheriv("aes-256-gcm", keyFrom(base64Key), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(aad, "utf8"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}

export function generateEncryptionKey(): string {
  return randomBytes(32).toString("base64");
}
