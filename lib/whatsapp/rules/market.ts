/**
 * The pricing market of a recipient (fact sheet §6.1): Meta prices each delivered message by the
 * recipient's country, grouped into standalone markets (Spain, Brazil…), regions ("Rest of Latin
 * America", "North America" = US + Canada) and "Other".
 *
 * A recipient is either a phone number (E.164, with or without "+", as `wa_id` sends it) or a
 * business-scoped user ID (§2.10: `BR.1502576394655843`, parent `US.ENT.…`). A BSUID is never
 * run through phone parsing: its digits are an opaque id, and reading them as a number would
 * invent a country. Its two-letter prefix is the country.
 */

import { parsePhoneNumberFromString } from "libphonenumber-js";

/** Markets our rate cards carry. Codes are ISO countries for standalone markets. */
export const MARKETS = [
  "AR", "BR", "CL", "CO", "DE", "ES", "GB", "IN", "MX", "PE",
  "NORTH_AMERICA", "REST_OF_LATIN_AMERICA", "REST_OF_WESTERN_EUROPE", "OTHER",
] as const;
export type MarketCode = (typeof MARKETS)[number];

const STANDALONE = new Set<string>(["AR", "BR", "CL", "CO", "DE", "ES", "GB", "IN", "MX", "PE"]);
const NORTH_AMERICA = new Set(["US", "CA"]);
// Region membership follows Meta's pricing page market list; the fact sheet names the regions
// but not their members, so these lists are the part to re-check when Meta reshuffles markets.
const REST_OF_LATIN_AMERICA = new Set(["BO", "CR", "DO", "EC", "GT", "HN", "HT", "JM", "NI", "PA", "PR", "PY", "SV", "UY", "VE"]);
const REST_OF_WESTERN_EUROPE = new Set(["AT", "BE", "CH", "DK", "FI", "GR", "IE", "IS", "LU", "MT", "NO", "PT", "SE"]);

/** Matches `CC.<id>` and parent `CC.ENT.<id>`; ids are up to 128 alphanumerics. */
const BSUID = /^([A-Za-z]{2})\.(?:ENT\.)?[A-Za-z0-9]{1,128}$/;

export const isBsuid = (recipient: string): boolean => BSUID.test(recipient.trim());

export type RecipientMarket = {
  /** ISO 3166-1 alpha-2, upper case; null when it could not be determined. */
  country: string | null;
  market: MarketCode;
  from: "phone" | "bsuid" | "unknown";
  /**
   * True when the country is not in a market we carry and "Other" stands in for it. Meta may
   * price such a country in a market of its own (France, Italy…), so the estimate is approximate.
   */
  fallback: boolean;
};

export function marketForCountry(country: string | null): { market: MarketCode; fallback: boolean } {
  const c = country?.toUpperCase() ?? "";
  if (STANDALONE.has(c)) return { market: c as MarketCode, fallback: false };
  if (NORTH_AMERICA.has(c)) return { market: "NORTH_AMERICA", fallback: false };
  if (REST_OF_LATIN_AMERICA.has(c)) return { market: "REST_OF_LATIN_AMERICA", fallback: false };
  if (REST_OF_WESTERN_EUROPE.has(c)) return { market: "REST_OF_WESTERN_EUROPE", fallback: false };
  return { market: "OTHER", fallback: true };
}

/** Country of a phone number; the calling code's main country when the number is not assigned. */
export function countryOfPhone(phone: string): string | null {
  const digits = phone.trim().replace(/^whatsapp:/i, "").replace(/[\s().-]/g, "");
  if (!/^\+?\d{4,17}$/.test(digits)) return null;
  const parsed = parsePhoneNumberFromString(digits.startsWith("+") ? digits : `+${digits}`);
  if (!parsed) return null;
  // Test ranges such as +1 555… have no single country; Meta still prices them by calling code.
  return parsed.country ?? parsed.getPossibleCountries()[0] ?? null;
}

export function recipientMarket(recipient: string): RecipientMarket {
  const value = recipient.trim();
  const bsuid = BSUID.exec(value);
  if (bsuid) {
    const country = bsuid[1].toUpperCase();
    return { country, from: "bsuid", ...marketForCountry(country) };
  }
  const country = countryOfPhone(value);
  if (!country) return { country: null, market: "OTHER", from: "unknown", fallback: true };
  return { country, from: "phone", ...marketForCountry(country) };
}
