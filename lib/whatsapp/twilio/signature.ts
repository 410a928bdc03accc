import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Twilio's `X-Twilio-Signature` (https://www.twilio.com/docs/usage/webhooks/webhooks-security):
 * Base64(HMAC-SHA1(auth token, URL + each POST parameter sorted by name as key+value, no
 * separators)). The URL must be exactly what is configured in Twilio, query string included: behind
 * a proxy, rebuild it from the public origin, not from the request's internal host.
 */
export function twilioSignature(url: string, params: Record<string, string>, authToken: string): string {
  // Plain code-unit order, as Twilio's own SDKs sort (Object.keys(...).sort()).
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  return createHmac("sha1", authToken).update(Buffer.from(data, "utf8")).digest("base64");
}

/** Constant-time check of the header against the expected signature; false when anything is missing. */
export function verifyTwilioSignature(url: string, params: Record<string, string>, header: string | null | undefined, authToken: string | null | undefined): boolean {
  if (!header || !authToken) return false;
  const given = Buffer.from(header, "utf8");
  const expected = Buffer.from(twilioSignature(url, params, authToken), "utf8");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A form body as the flat map Twilio signs (each key once; Twilio sends no repeated keys). */
export function formParams(body: string | URLSearchParams): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body));
}
