import { describe, expect, it } from "vitest";
import { countryOfPhone, isBsuid, marketForCountry, recipientMarket } from "./market";

describe("recipientMarket from phone numbers", () => {
  it.each([
    ["+34600111222", "ES", "ES"],
    ["34600111222", "ES", "ES"], // wa_id comes without "+"
    ["+351912345678", "PT", "REST_OF_WESTERN_EUROPE"],
    ["+525512345678", "MX", "MX"],
    ["+573001234567", "CO", "CO"],
    ["+5491123456789", "AR", "AR"],
    ["+56912345678", "CL", "CL"],
    ["+51912345678", "PE", "PE"],
    ["+5511987654321", "BR", "BR"],
    ["+16505551234", "US", "NORTH_AMERICA"],
    ["+14165550123", "CA", "NORTH_AMERICA"],
    ["+919876543210", "IN", "IN"],
    ["+4915112345678", "DE", "DE"],
    ["+447700900123", "GB", "GB"],
    ["+18095551234", "DO", "REST_OF_LATIN_AMERICA"], // +1 but not North America
    ["+59899123456", "UY", "REST_OF_LATIN_AMERICA"],
    ["whatsapp:+34600111222", "ES", "ES"], // Twilio's address form
  ])("%s → %s / %s", (phone, country, market) => {
    expect(recipientMarket(phone)).toEqual({ country, market, from: "phone", fallback: false });
  });

  it("falls back to the calling code's main country for unassigned ranges (+1 555)", () => {
    expect(countryOfPhone("15550783881")).toBe("US");
  });

  it("sends countries outside the carried markets to OTHER and says so", () => {
    expect(recipientMarket("+81312345678")).toEqual({ country: "JP", market: "OTHER", from: "phone", fallback: true });
  });

  it("treats garbage as unknown", () => {
    expect(recipientMarket("+99")).toEqual({ country: null, market: "OTHER", from: "unknown", fallback: true });
    expect(recipientMarket("hello")).toMatchObject({ from: "unknown", market: "OTHER" });
  });
});

describe("recipientMarket from BSUIDs", () => {
  it("uses the country prefix and never parses the digits as a phone number", () => {
    // 1502576394655843 read as E.164 would be +1 502… (Kentucky, US); the prefix says Brazil.
    expect(recipientMarket("BR.1502576394655843")).toEqual({ country: "BR", market: "BR", from: "bsuid", fallback: false });
    expect(recipientMarket("ES.34600111222")).toMatchObject({ country: "ES", market: "ES", from: "bsuid" });
  });

  it("understands parent BSUIDs", () => {
    expect(recipientMarket("US.ENT.abc123XYZ")).toEqual({ country: "US", market: "NORTH_AMERICA", from: "bsuid", fallback: false });
  });

  it("recognises the format", () => {
    expect(isBsuid("PT.a1B2c3")).toBe(true);
    expect(isBsuid("34600111222")).toBe(false);
    expect(isBsuid("BRA.123")).toBe(false);
    expect(isBsuid(`BR.${"9".repeat(129)}`)).toBe(false);
  });
});

describe("marketForCountry", () => {
  it("is case-insensitive and handles null", () => {
    expect(marketForCountry("mx")).toEqual({ market: "MX", fallback: false });
    expect(marketForCountry(null)).toEqual({ market: "OTHER", fallback: true });
  });
});
