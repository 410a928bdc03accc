/**
 * Twilio error codes → the Meta Cloud API code with the same handling (fact sheet §8.2), so the
 * send workflow's retry table is written once. Used for synchronous API errors and for the
 * `ErrorCode` of status callbacks alike. Twilio's own code is always kept next to the mapped one.
 *
 * Sources: https://www.twilio.com/docs/api/errors (per-code pages) and the WhatsApp mapping
 * https://www.twilio.com/docs/whatsapp/api/error-code-mapping.
 */
export type TwilioErrorMapping = { code: number; title: string };

const MAP: Record<number, TwilioErrorMapping> = {
  // Outside the 24 h window with a free-form body: Twilio's 131047 (fact sheet §11).
  63016: { code: 131047, title: "window_closed" },
  // Invalid 'To' number: a malformed request, permanent; Meta's "invalid parameter".
  21211: { code: 131009, title: "invalid_number" },
  // Not a WhatsApp user / channel could not find the recipient: undeliverable, flag the contact.
  63003: { code: 131026, title: "undeliverable" },
  63024: { code: 131026, title: "undeliverable" },
  // Authentication failed: Meta's expired/invalid token.
  20003: { code: 190, title: "auth_failed" },
  // Resource not found (wrong Account SID, Message SID or media).
  20404: { code: 100, title: "not_found" },
  // Sender unknown to Twilio's WhatsApp channel: the number is not set up there.
  63007: { code: 133010, title: "sender_not_registered" },
  // Too many requests (API) / channel rate limit: throughput back-off.
  20429: { code: 130429, title: "rate_limited" },
  63018: { code: 130429, title: "rate_limited" },
  // Meta chose not to deliver a marketing message (per-user marketing limit).
  63049: { code: 131049, title: "ecosystem_engagement" },
  // Recipient replied STOP to this sender.
  21610: { code: 131050, title: "opted_out" },
  // Twilio internal error: retryable like Meta's 131000.
  20500: { code: 131000, title: "provider_error" },
};

/** Meta's generic "something went wrong", for codes we have no equivalent for. */
const UNKNOWN: TwilioErrorMapping = { code: 131000, title: "twilio_error" };

export function mapTwilioError(twilioCode: number): TwilioErrorMapping {
  return MAP[twilioCode] ?? UNKNOWN;
}
