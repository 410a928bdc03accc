import { describe, expect, it } from "vitest";
import { parsePrice } from "./parse-price";

describe("parsePrice", () => {
  it.each([
    ["60.00 EUR", 60_000_000, "EUR"],
    ["60,00 €", 60_000_000, "EUR"],
    ["€60", 60_000_000, "EUR"],
    ["60 €", 60_000_000, "EUR"],
    ["1.234,56 €", 1_234_560_000, "EUR"],
    ["1,234.56 USD", 1_234_560_000, "USD"],
    ["R$ 1.299,90", 1_299_900_000, "BRL"],
    ["R$ 89,9", 89_900_000, "BRL"],
    ["25.990 CLP", 25_990_000_000, "CLP"],
    ["$450 MXN", 450_000_000, "MXN"],
    ["0.10 EUR", 100_000, "EUR"],
    ["12.5 EUR", 12_500_000, "EUR"],
    ["39,90\u00a0€", 39_900_000, "EUR"],
  ])("%s", (text, micros, currency) => {
    expect(parsePrice(text)).toEqual({ amountMicros: micros, currency });
  });

  it("a bare $ takes the business's currency", () => {
    expect(parsePrice("$ 350", "MXN")).toEqual({ amountMicros: 350_000_000, currency: "MXN" });
  });

  it("refuses what is not a price", () => {
    expect(() => parsePrice("gratis")).toThrow(/not a price/);
    expect(() => parsePrice("60,00,00 €")).toThrow();
  });
});
