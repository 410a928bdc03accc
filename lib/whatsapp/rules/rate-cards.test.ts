import { describe, expect, it } from "vitest";
import { MARKETS } from "./market";
import { RATE_CARDS, rateCardOn, usdMicros } from "./rate-cards";

const TEMPLATE_CATEGORIES = ["marketing", "utility", "authentication"] as const;

describe("usdMicros", () => {
  it("converts decimal strings exactly", () => {
    expect(usdMicros("0.0707")).toBe(70_700);
    expect(usdMicros("2")).toBe(2_000_000);
    expect(usdMicros("0.000001")).toBe(1);
  });
  it("refuses what it would have to round", () => {
    expect(() => usdMicros("0.0000001")).toThrow(RangeError);
    expect(() => usdMicros("-1")).toThrow(RangeError);
    expect(() => usdMicros("0,07")).toThrow(RangeError);
  });
});

describe("RATE_CARDS", () => {
  it("holds the 2026-07-01 and 2026-10-01 USD cards in order", () => {
    expect(RATE_CARDS.map((c) => [c.effectiveFrom, c.currency])).toEqual([
      ["2026-07-01", "USD"],
      ["2026-10-01", "USD"],
    ]);
  });

  describe.each(RATE_CARDS.map((c) => [c.effectiveFrom, c] as const))("card %s", (date, card) => {
    it.each([...MARKETS])("has a positive integer price for every category in %s", (market) => {
      const p = card.prices[market];
      for (const category of TEMPLATE_CATEGORIES) {
        expect(Number.isInteger(p[category]) && p[category] > 0, `${date} ${market} ${category}`).toBe(true);
      }
      // Service messages are priced exactly on the cards from when Meta bills them.
      if (date >= "2026-10-01") expect(p.service).toBe(p.utility);
      else expect(p.service).toBeNull();
    });
  });

  it("matches the fact sheet's 2026-10-01 table", () => {
    const oct = rateCardOn("2026-10-01")!.prices;
    expect(oct.ES).toMatchObject({ marketing: 70_700, utility: 20_000, authentication: 20_000, service: 20_000 });
    expect(oct.MX).toMatchObject({ marketing: 39_700, utility: 8_500, service: 8_500 });
    expect(oct.BR).toMatchObject({ marketing: 62_500, utility: 6_800, service: 6_800 });
    expect(oct.CO).toMatchObject({ marketing: 12_500, utility: 800, service: 800 });
    expect(oct.AR).toMatchObject({ marketing: 61_800, utility: 26_000, service: 26_000 });
    expect(oct.NORTH_AMERICA).toMatchObject({ marketing: 25_000, utility: 3_400, service: 3_400 });
    expect(oct.IN).toMatchObject({ marketing: 11_800, utility: 1_400, authenticationInternational: 30_400, service: 1_400 });
    expect(oct.CL).toMatchObject({ marketing: 88_900, utility: 20_000, authentication: 20_000 });
    expect(oct.PE).toMatchObject({ marketing: 70_300, utility: 30_000, authentication: 30_000 });
    expect(oct.REST_OF_LATIN_AMERICA).toMatchObject({ marketing: 74_000, utility: 11_300 });
    expect(oct.DE).toMatchObject({ marketing: 136_500, utility: 55_000 });
    expect(oct.GB).toMatchObject({ marketing: 63_500, utility: 22_000 });
  });

  it("2026-07-01 differs where the sources say it does", () => {
    const jul = rateCardOn("2026-07-01")!.prices;
    expect(jul.MX.marketing).toBe(30_500);
    expect(jul.PE.utility).toBe(20_000);
    expect(jul.ES).toMatchObject({ marketing: 70_700, utility: 20_000 });
  });
});

describe("rateCardOn", () => {
  it("picks the card in force on a date", () => {
    expect(rateCardOn("2026-06-30")).toBeNull();
    expect(rateCardOn("2026-07-01")?.effectiveFrom).toBe("2026-07-01");
    expect(rateCardOn("2026-09-30")?.effectiveFrom).toBe("2026-07-01");
    expect(rateCardOn("2026-10-01")?.effectiveFrom).toBe("2026-10-01");
    expect(rateCardOn("2027-03-01")?.effectiveFrom).toBe("2026-10-01");
  });
});
