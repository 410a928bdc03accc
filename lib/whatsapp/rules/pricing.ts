/**
 * What Meta will charge for one delivered message (fact sheet §0, §5, §6). A prediction made at
 * send time; the status webhook's `pricing` object is the bill, and this mirrors its
 * `type` (regular / free_customer_service / free_entry_point) so the two can be compared.
 *
 * Rules, by the date the message is sent:
 * - free-entry-point window (72 h after the reply to an ad / Page CTA entry): everything free,
 *   also after 2026-10-01;
 * - until 2026-09-30: service (non-template) replies and utility templates inside the CSW free;
 * - from 2026-10-01: service replies billed per message at the market's service rate (= its
 *   utility rate, no volume tiers) and utility templates inside the CSW billed again;
 * - marketing and authentication templates always billed, inside the CSW or not.
 * Not modelled: utility/authentication volume tiers (list rate is the upper bound), the
 * UNVERIFIED "first 1,000 service messages free", Meta Business Agent token charges.
 */

import type { MarketCode } from "./market";
import { RATE_CARDS, rateCardOn, type RateCard } from "./rate-cards";
import { WindowClosedError } from "./window";

export type PricingCategory = "marketing" | "utility" | "authentication" | "authentication_international" | "service";
export type PricingType = "regular" | "free_customer_service" | "free_entry_point";

type PricingRules = { from: string; serviceBilled: boolean; utilityInServiceWindowFree: boolean };

/** Pricing-model changes, as dated data like the cards (a model change needs ≥6 months' notice). */
export const PRICING_RULES: readonly PricingRules[] = Object.freeze([
  { from: "2025-07-01", serviceBilled: false, utilityInServiceWindowFree: true },
  { from: "2026-10-01", serviceBilled: true, utilityInServiceWindowFree: false },
]);

export type CostInput = {
  category: PricingCategory;
  /** A carried market code; anything else is priced as "OTHER". */
  market: MarketCode | string;
  at: Date;
  /** The user's 24 h customer-service window is open. */
  insideServiceWindow: boolean;
  /** The 72 h free-entry-point window is open. */
  freeEntryPoint: boolean;
  /** Zone whose calendar decides which card applies (the WABA's). Default UTC. */
  timeZone?: string;
  cards?: readonly RateCard[];
};

export type CostEstimate = {
  category: PricingCategory;
  /** The market actually priced (OTHER when the input was not a carried market). */
  market: MarketCode;
  billable: boolean;
  pricingType: PricingType;
  costMicros: number;
  currency: "USD";
  rateCardDate: string;
};

/** The calendar date of `at` in `timeZone`, as YYYY-MM-DD. */
export function calendarDate(at: Date, timeZone = "UTC"): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

function rulesOn(date: string): PricingRules {
  const applicable = PRICING_RULES.filter((r) => r.from <= date);
  if (applicable.length === 0) throw new RangeError(`no per-message pricing rules before ${PRICING_RULES[0].from} (asked for ${date})`);
  return applicable[applicable.length - 1];
}

export function estimateCost(input: CostInput): CostEstimate {
  const { category, at, insideServiceWindow, freeEntryPoint } = input;
  // Free-form messages cannot be delivered outside the CSW (131047), so they have no price.
  if (category === "service" && !insideServiceWindow) {
    throw new WindowClosedError(null, "A service (non-template) message cannot be sent outside the customer-service window");
  }

  const date = calendarDate(at, input.timeZone);
  const card = rateCardOn(date, input.cards ?? RATE_CARDS);
  if (!card) throw new RangeError(`no rate card in force on ${date}`);
  const rules = rulesOn(date);
  const market: MarketCode = Object.hasOwn(card.prices, input.market) ? (input.market as MarketCode) : "OTHER";
  const prices = card.prices[market];
  const result = (pricingType: PricingType, costMicros: number): CostEstimate => ({
    category,
    market,
    billable: pricingType === "regular",
    pricingType,
    costMicros,
    currency: card.currency,
    rateCardDate: card.effectiveFrom,
  });

  if (freeEntryPoint) return result("free_entry_point", 0);

  switch (category) {
    case "service": {
      if (!rules.serviceBilled) return result("free_customer_service", 0);
      if (prices.service === null) throw new RangeError(`card ${card.effectiveFrom} has no service rate for ${market}`);
      return result("regular", prices.service);
    }
    case "utility":
      if (insideServiceWindow && rules.utilityInServiceWindowFree) return result("free_customer_service", 0);
      return result("regular", prices.utility);
    case "authentication_international":
      // Only markets with that rate have it; elsewhere the ordinary authentication rate applies.
      return result("regular", prices.authenticationInternational ?? prices.authentication);
    case "authentication":
      return result("regular", prices.authentication);
    case "marketing":
      return result("regular", prices.marketing);
  }
}
