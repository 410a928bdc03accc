import { describe, expect, it } from "vitest";
import { zonedTime } from "./schedule-time";
import { asLanguage, slotLabel } from "./scheduling-labels";
import { partOfDayOf } from "./scheduling";
import { isoWithOffset } from "./scheduling-time";

describe("slot labels", () => {
  const at = new Date("2026-11-27T16:00:00Z"); // 17:00 in Madrid (winter)
  it("reads as people say it, in the business's time zone", () => {
    expect(slotLabel(at, "Europe/Madrid", "es")).toBe("viernes 27 de noviembre, 17:00");
    expect(slotLabel(at, "Europe/Madrid", "en")).toBe("Friday 27 November, 17:00");
    expect(slotLabel(at, "Europe/Madrid", "pt")).toBe("sexta-feira, 27 de novembro, 17:00");
    expect(slotLabel(at, "America/Mexico_City", "es")).toBe("viernes 27 de noviembre, 10:00");
  });

  it("falls back to Spanish for languages it does not know", () => {
    expect(asLanguage("en-US")).toBe("en");
    expect(asLanguage("pt-BR")).toBe("pt");
    expect(asLanguage("fr")).toBe("es");
    expect(asLanguage(null)).toBe("es");
  });
});

describe("times with offsets", () => {
  it("writes the zone's offset, summer and winter", () => {
    expect(isoWithOffset(new Date("2026-11-27T16:00:00Z"), "Europe/Madrid")).toBe("2026-11-27T17:00:00+01:00");
    expect(isoWithOffset(new Date("2026-07-03T08:30:00Z"), "Europe/Madrid")).toBe("2026-07-03T10:30:00+02:00");
    expect(isoWithOffset(new Date("2026-07-03T15:00:00Z"), "America/Bogota")).toBe("2026-07-03T10:00:00-05:00");
    expect(new Date(isoWithOffset(zonedTime("2026-03-29", 10 * 60, "Europe/Madrid"), "Europe/Madrid")).toISOString()).toBe("2026-03-29T08:00:00.000Z");
  });

  it("names parts of the day by local start time", () => {
    expect(partOfDayOf(9 * 60)).toBe("morning");
    expect(partOfDayOf(13 * 60 + 45)).toBe("morning");
    expect(partOfDayOf(17 * 60)).toBe("afternoon");
    expect(partOfDayOf(20 * 60 + 30)).toBe("evening");
  });
});
