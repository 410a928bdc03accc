import { describe, expect, it } from "vitest";
import { formatMoney, parsePrice, priceInputValue } from "./services-money";

describe("parsePrice", () => {
  it("reads a decimal comma or point", () => {
    expect(parsePrice("60,00")).toBe(60_000_000);
    expect(parsePrice("60.00")).toBe(60_000_000);
    expect(parsePrice("60")).toBe(60_000_000);
    expect(parsePrice("49,9")).toBe(49_900_000);
    expect(parsePrice("0.5")).toBe(500_000);
    expect(parsePrice("0,500")).toBe(500_000);
  });
  it("reads thousands separators as Spain and the Americas write them", () => {
    expect(parsePrice("1.234,50")).toBe(1_234_500_000);
    expect(parsePrice("1,234.50")).toBe(1_234_500_000);
    expect(parsePrice("1.500")).toBe(1_500_000_000);
    expect(parsePrice("1 500,00")).toBe(1_500_000_000);
    expect(parsePrice("12.345.678")).toBe(12_345_678_000_000);
  });
  it("ignores a currency sign or code around the number", () => {
    expect(parsePrice("60 €")).toBe(60_000_000);
    expect(parsePrice("€60.00")).toBe(60_000_000);
    expect(parsePrice("R$ 60,00")).toBe(60_000_000);
    expect(parsePrice("MXN 850")).toBe(850_000_000);
  });
  it("refuses what is not a price", () => {
    for (const bad of ["", "gratis", "-5", "60,", "6..0", "1,2,3", "1.234.5", "60,0000001", "1e5", "999999999999"]) expect(parsePrice(bad), bad).toBeNull();
  });
});

describe("formatMoney", () => {
  it("writes euros as Spanish, English and Portuguese readers expect", () => {
    expect(formatMoney(60_000_000, "EUR", "es")).toBe("60,00 €");
    expect(formatMoney(60_000_000, "EUR", "en")).toBe("€60.00");
    expect(formatMoney(60_000_000, "EUR", "pt")).toBe("60,00 €");
    expect(formatMoney(1_234_500_000, "EUR", "es")).toBe("1234,50 €");
    expect(formatMoney(12_345_500_000, "EUR", "es")).toBe("12.345,50 €");
  });
  it("writes reais and pesos as at home", () => {
    expect(formatMoney(60_000_000, "BRL", "pt")).toBe("R$ 60,00");
    expect(formatMoney(850_000_000, "MXN", "es")).toBe("$850.00");
    expect(formatMoney(850_000_000, "MXN", "en")).toBe("MX$850.00");
  });
  it("falls back to the amount and code for a code Intl does not know", () => {
    expect(formatMoney(5_000_000, "XX1", "es")).toBe("5.00 XX1");
  });
});

describe("priceInputValue", () => {
  it("gives a form back what a person would type", () => {
    expect(priceInputValue(60_000_000)).toBe("60,00");
    expect(priceInputValue(60_000_000, "en")).toBe("60.00");
    expect(priceInputValue(49_990_000)).toBe("49,99");
    expect(priceInputValue(null)).toBe("");
  });
});
