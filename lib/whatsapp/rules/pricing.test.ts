import { describe, expect, it } from "vitest";
import { MARKETS } from "./market";
import { calendarDate, estimateCost, type PricingCategory } from "./pricing";
import { WindowClosedError } from "./window";

const sep30 = new Date("2026-09-30T23:59:59.000Z");
const oct1 = new Date("2026-10-01T00:00:00.000Z");
const base = { market: "BR", insideServiceWindow: true, freeEntryPoint: false } as const;

describe("estimateCost: service replies", () => {
  it("are free on 2026-09-30 and billed at the utility rate from 2026-10-01", () => {
    expect(estimateCost({ ...base, category: "service", at: sep30 })).toEqual({
      category: "service",
      market: "BR",
      billable: false,
      pricingType: "free_customer_service",
      costMicros: 0,
      currency: "USD",
      rateCardDate: "2026-07-01",
    });
    expect(estimateCost({ ...base, category: "service", at: oct1 })).toEqual({
      category: "service",
      market: "BR",
      billable: true,
      pricingType: "regular",
      costMicros: 6_800,
      currency: "USD",
      rateCardDate: "2026-10-01",
    });
    expect(estimateCost({ ...base, market: "NORTH_AMERICA", category: "service", at: oct1 }).costMicros).toBe(3_400);
  });

  it("cannot be priced outside the customer-service window", () => {
    expect(() => estimateCost({ ...base, category: "service", insideServiceWindow: false, at: oct1 })).toThrow(WindowClosedError);
    expect(() => estimateCost({ ...base, category: "service", insideServiceWindow: false, freeEntryPoint: true, at: oct1 })).toThrow(/approved template/);
  });

  it("uses the WABA's calendar: 2026-10-01 02:00 Madrid is still 2026-09-30 in Mexico City", () => {
    const at = new Date("2026-10-01T00:30:00.000Z");
    expect(calendarDate(at, "Europe/Madrid")).toBe("2026-10-01");
    expect(calendarDate(at, "America/Mexico_City")).toBe("2026-09-30");
    expect(estimateCost({ ...base, category: "service", at, timeZone: "America/Mexico_City" }).billable).toBe(false);
    expect(estimateCost({ ...base, category: "service", at, timeZone: "Europe/Madrid" }).billable).toBe(true);
  });
});

describe("estimateCost: templates", () => {
  it("utility inside the CSW is free until 2026-09-30 and billed from 2026-10-01", () => {
    expect(estimateCost({ ...base, market: "ES", category: "utility", at: sep30 })).toMatchObject({ billable: false, costMicros: 0 });
    expect(estimateCost({ ...base, market: "ES", category: "utility", at: oct1 })).toMatchObject({ billable: true, costMicros: 20_000 });
  });

  it("utility outside the CSW is billed on both cards", () => {
    const out = { ...base, market: "PE", category: "utility" as const, insideServiceWindow: false };
    expect(estimateCost({ ...out, at: sep30 }).costMicros).toBe(20_000);
    expect(estimateCost({ ...out, at: oct1 }).costMicros).toBe(30_000);
  });

  it("marketing is billed inside the CSW too, at the card's rate", () => {
    expect(estimateCost({ ...base, market: "MX", category: "marketing", at: sep30 }).costMicros).toBe(30_500);
    expect(estimateCost({ ...base, market: "MX", category: "marketing", at: oct1 }).costMicros).toBe(39_700);
  });

  it("authentication and authentication-international", () => {
    expect(estimateCost({ ...base, market: "IN", category: "authentication", at: oct1 }).costMicros).toBe(1_400);
    expect(estimateCost({ ...base, market: "IN", category: "authentication_international", at: oct1 }).costMicros).toBe(30_400);
    // No international rate in Colombia: the ordinary authentication rate applies.
    expect(estimateCost({ ...base, market: "CO", category: "authentication_international", at: oct1 }).costMicros).toBe(800);
  });
});

describe("estimateCost: free entry point", () => {
  it.each<PricingCategory>(["marketing", "utility", "authentication", "service"])("%s is free inside the FEP window, after 2026-10-01 too", (category) => {
    for (const at of [sep30, oct1]) {
      expect(estimateCost({ ...base, category, at, freeEntryPoint: true })).toMatchObject({ billable: false, pricingType: "free_entry_point", costMicros: 0 });
    }
  });

  it("templates after the CSW closed are still free until the FEP ends", () => {
    expect(estimateCost({ ...base, category: "marketing", insideServiceWindow: false, freeEntryPoint: true, at: oct1 }).costMicros).toBe(0);
  });
});

describe("estimateCost: markets", () => {
  it("prices every carried market in every category on both cards", () => {
    for (const at of [sep30, oct1]) {
      for (const market of MARKETS) {
        for (const category of ["marketing", "utility", "authentication"] as const) {
          expect(estimateCost({ category, market, at, insideServiceWindow: false, freeEntryPoint: false }).costMicros).toBeGreaterThan(0);
        }
        expect(estimateCost({ category: "service", market, at: oct1, insideServiceWindow: true, freeEntryPoint: false }).costMicros).toBeGreaterThan(0);
      }
    }
  });

  it("prices an unknown market with the 'Other' row", () => {
    expect(estimateCost({ ...base, market: "JP", category: "marketing", at: oct1 })).toMatchObject({ market: "OTHER", costMicros: 60_400 });
    expect(estimateCost({ ...base, market: "toString", category: "service", at: oct1 })).toMatchObject({ market: "OTHER", costMicros: 7_700 });
  });

  it("refuses dates before the first card", () => {
    expect(() => estimateCost({ ...base, category: "marketing", at: new Date("2026-06-30T12:00:00Z") })).toThrow(RangeError);
  });
});
