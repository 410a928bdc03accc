import { describe, expect, it } from "vitest";
import type { Schedule } from "./schedule";
import { describeHours, formatNextOpen, listLabel } from "./schedule-labels";

const clinic: Schedule = {
  timeZone: "Europe/Madrid",
  hours: [
    { weekday: 1, opens: "16:00", closes: "20:00" },
    { weekday: 1, opens: "09:00", closes: "14:00" },
    { weekday: 5, opens: "09:00", closes: "15:00" },
    { weekday: 6, opens: "10:00", closes: "11:00" },
    { weekday: 6, opens: "12:00", closes: "13:30" },
    { weekday: 6, opens: "17:00", closes: "24:00" },
  ],
  holidays: [],
};

describe("describeHours", () => {
  it("labels every weekday in Spanish, Monday first, split shifts joined with «y»", () => {
    const labels = describeHours(clinic, "es").map((d) => d.label);
    expect(labels).toEqual([
      "lunes: 9:00–14:00 y 16:00–20:00",
      "martes: cerrado",
      "miércoles: cerrado",
      "jueves: cerrado",
      "viernes: 9:00–15:00",
      "sábado: 10:00–11:00, 12:00–13:30 y 17:00–24:00",
      "domingo: cerrado",
    ]);
  });
  it("gives the weekday number and its ranges in order", () => {
    const [monday, , , , , , sunday] = describeHours(clinic, "en");
    expect(monday).toEqual({ weekday: 1, label: "Monday: 9:00–14:00 and 16:00–20:00", ranges: [{ opens: "09:00", closes: "14:00" }, { opens: "16:00", closes: "20:00" }] });
    expect(sunday).toEqual({ weekday: 0, label: "Sunday: closed", ranges: [] });
  });
  it("speaks Portuguese", () => {
    const labels = describeHours(clinic, "pt").map((d) => d.label);
    expect(labels[0]).toBe("segunda-feira: 9:00–14:00 e 16:00–20:00");
    expect(labels[1]).toBe("terça-feira: fechado");
  });
  it("lists with commas and a final conjunction", () => {
    expect(listLabel(["a"], "es")).toBe("a");
    expect(listLabel(["a", "b", "c"], "pt")).toBe("a, b e c");
  });
});

describe("formatNextOpen", () => {
  const tz = "Europe/Madrid";
  const mondayNight = new Date("2026-11-23T20:30:00Z"); // Monday 21:30 in Madrid
  it("says today, tomorrow, a weekday within the week, or the date further on", () => {
    expect(formatNextOpen(new Date("2026-11-23T15:00:00Z"), tz, "es", new Date("2026-11-23T13:00:00Z"))).toBe("hoy a las 16:00");
    expect(formatNextOpen(new Date("2026-11-24T08:00:00Z"), tz, "es", mondayNight)).toBe("mañana a las 9:00");
    expect(formatNextOpen(new Date("2026-11-30T08:00:00Z"), tz, "es", new Date("2026-11-27T16:00:00Z"))).toBe("el lunes a las 9:00");
    expect(formatNextOpen(new Date("2026-12-09T08:00:00Z"), tz, "es", mondayNight)).toBe("el 9 de diciembre a las 9:00");
    expect(formatNextOpen(new Date("2027-01-07T08:00:00Z"), tz, "es", mondayNight)).toBe("el 7 de enero de 2027 a las 9:00");
  });
  it("says it in English and Portuguese", () => {
    expect(formatNextOpen(new Date("2026-11-24T08:00:00Z"), tz, "en", mondayNight)).toBe("tomorrow at 9:00");
    expect(formatNextOpen(new Date("2026-11-24T08:00:00Z"), tz, "pt", mondayNight)).toBe("amanhã às 9:00");
    expect(formatNextOpen(new Date("2026-11-30T08:00:00Z"), tz, "en", new Date("2026-11-27T16:00:00Z"))).toBe("on Monday at 9:00");
    expect(formatNextOpen(new Date("2026-11-30T08:00:00Z"), tz, "pt", new Date("2026-11-27T16:00:00Z"))).toBe("na segunda-feira às 9:00");
    expect(formatNextOpen(new Date("2026-11-28T09:00:00Z"), tz, "pt", mondayNight)).toBe("no sábado às 10:00");
    expect(formatNextOpen(new Date("2026-12-09T08:00:00Z"), tz, "en", mondayNight)).toBe("on 9 December at 9:00");
  });
  it("uses the singular for one o'clock", () => {
    expect(formatNextOpen(new Date("2026-11-24T00:00:00Z"), tz, "es", mondayNight)).toBe("mañana a la 1:00");
    expect(formatNextOpen(new Date("2026-11-24T00:00:00Z"), tz, "pt", mondayNight)).toBe("amanhã à 1:00");
  });
  it("counts days on the business's calendar, not in UTC", () => {
    // Friday 20:00 in Mexico City is already Saturday in UTC; Saturday 10:00 there is "tomorrow".
    expect(formatNextOpen(new Date("2026-07-04T16:00:00Z"), "America/Mexico_City", "es", new Date("2026-07-04T02:00:00Z"))).toBe("mañana a las 10:00");
  });
});
