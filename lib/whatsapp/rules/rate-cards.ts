/**
 * Meta's per-message rate cards, USD, as dated data (fact sheet §6.2). Rates change only on
 * Jan 1 / Apr 1 / Jul 1 / Oct 1: add a card, never edit an old one, so past costs stay
 * reproducible. Amounts are integer micro-units of USD (1 USD = 1,000,000), written as decimal
 * strings and converted without floating point.
 *
 * Sources: the fact sheet's table (2026-10-01) and its list of differences for 2026-07-01. Rows
 * the sheet does not give (Rest of Western Europe — where Portugal is priced — and Other) and the
 * Peru 2026-07-01 utility rate come from the transcription the sheet cites
 * (`meta-ratecards-2026/USD/2026-07-01` and `/2026-10-01`). All secondary: confirm against Meta's
 * CSV before billing anyone.
 */

import type { MarketCode } from "./market";

export type MarketPrices = {
  marketing: number;
  utility: number;
  authentication: number;
  /** Only in markets with an authentication-international rate. */
  authenticationInternational: number | null;
  /** Non-template (service) messages; null on cards from before they were billed. */
  service: number | null;
};

export type RateCard = {
  /** First day the card applies, a calendar date. */
  effectiveFrom: string;
  currency: "USD";
  source: string;
  prices: Readonly<Record<MarketCode, MarketPrices>>;
};

/** "0.0707" → 70700. Rejects anything with more than six decimals rather than rounding money. */
export function usdMicros(amount: string): number {
  const m = /^(\d+)(?:\.(\d{1,6}))?$/.exec(amount);
  if (!m) throw new RangeError(`not a USD amount with at most 6 decimals: ${amount}`);
  return Number(m[1]) * 1_000_000 + Number((m[2] ?? "").padEnd(6, "0"));
}

/** A row where authentication and service cost the same as utility, as on every row we carry. */
function row(marketing: string, utility: string, opts: { authIntl?: string; service?: boolean } = {}): MarketPrices {
  const u = usdMicros(utility);
  return {
    marketing: usdMicros(marketing),
    utility: u,
    authentication: u,
    authenticationInternational: opts.authIntl ? usdMicros(opts.authIntl) : null,
    service: opts.service ? u : null,
  };
}

function card2026Oct(): Record<MarketCode, MarketPrices> {
  const s = { service: true };
  return {
    ES: row("0.0707", "0.0200", s),
    MX: row("0.0397", "0.0085", s),
    BR: row("0.0625", "0.0068", s),
    CO: row("0.0125", "0.0008", s),
    AR: row("0.0618", "0.0260", s),
    NORTH_AMERICA: row("0.0250", "0.0034", s),
    IN: row("0.0118", "0.0014", { ...s, authIntl: "0.0304" }),
    CL: row("0.0889", "0.0200", s),
    PE: row("0.0703", "0.0300", s),
    REST_OF_LATIN_AMERICA: row("0.0740", "0.0113", s),
    DE: row("0.1365", "0.0550", s),
    GB: row("0.0635", "0.0220", s),
    REST_OF_WESTERN_EUROPE: row("0.0592", "0.0171", s),
    OTHER: row("0.0604", "0.0077", s),
  };
}

function card2026Jul(): Record<MarketCode, MarketPrices> {
  const oct = card2026Oct();
  const noService = (p: MarketPrices): MarketPrices => ({ ...p, service: null });
  const prices = Object.fromEntries(Object.entries(oct).map(([k, v]) => [k, noService(v)])) as Record<MarketCode, MarketPrices>;
  prices.MX = { ...prices.MX, marketing: usdMicros("0.0305") };
  // The sheet says "identical except…" and does not list Peru, but the transcription it cites
  // has Peru utility/authentication at 0.0200 on this card (0.0300 from October).
  prices.PE = { ...prices.PE, utility: usdMicros("0.0200"), authentication: usdMicros("0.0200") };
  return prices;
}

export const RATE_CARDS: readonly RateCard[] = Object.freeze([
  { effectiveFrom: "2026-07-01", currency: "USD", source: "meta-ratecards-2026/USD/2026-07-01", prices: Object.freeze(card2026Jul()) },
  { effectiveFrom: "2026-10-01", currency: "USD", source: "meta-ratecards-2026/USD/2026-10-01", prices: Object.freeze(card2026Oct()) },
]);

/** The card in force on a calendar date (`YYYY-MM-DD`); null before the first card we hold. */
export function rateCardOn(date: string, cards: readonly RateCard[] = RATE_CARDS): RateCard | null {
  let found: RateCard | null = null;
  // ISO dates compare correctly as strings.
  for (const c of cards) if (c.effectiveFrom <= date && (!found || c.effectiveFrom > found.effectiveFrom)) found = c;
  return found;
}
