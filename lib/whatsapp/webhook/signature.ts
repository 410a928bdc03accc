import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Meta's `X-Hub-Signature-256: sha256=<hex>`: HMAC-SHA256 of the raw request bytes with the app
 * secret. Computed over the bytes as received (Meta escapes non-ASCII as \uXXXX; re-serializing
 * would break it) and compared in constant time.
 */
export function verifyMetaSignature(rawBody: Uint8Array, header: string | null | undefined, appSecret: string | null | undefined): boolean {
  if (!header || !appSecret || !header.startsWith("sha256=")) return false;
  const given = Buffer.from(header.slice("sha256=".length), "hex");
  const expected = createHmac("sha256", appSecret).update(rawBody).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function signMetaBody(rawBody: Uint8Array | string, appSecret: string): string {
  return `sha256=${createHmac("sha256", appSecret).update(rawBody).digest("hex")}`;
}

/** The GET handshake Meta sends when a webhook URL is configured: echo the challenge if the token matches. */
export function verifyHandshake(params: URLSearchParams, verifyToken: string): string | null {
  const token = params.get("hub.verify_token") ?? "";
  if (params.get("hub.mode") !== "subscribe" || token.length !== verifyToken.length) return null;
  return timingSafeEqual(Buffer.from(token), Buffer.from(verifyToken)) ? params.get("hub.challenge") : null;
}
