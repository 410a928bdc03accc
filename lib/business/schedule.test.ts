import { describe, expect, it } from "vitest";
import { intervalsFor, isOpenAt, nextOpening, parseRangeText, rangesFor, type Schedule, type WeeklyRange } from "./schedule";
import { localParts, zonedTime } from "./schedule-time";

const split = (weekday: number): WeeklyRange[] => [
  { weekday, opens: "16:00", closes: "20:00" },
  { weekday, opens: "09:00", closes: "14:00" },
];
// The demo clinic: Monday–Thursday split shift, Friday mornings, weekends closed.
const clinic: Schedule = {
  timeZone: "Europe/Madrid",
  hours: [...split(1), ...split(2), ...split(3), ...split(4), { weekday: 5, opens: "09:00", closes: "15:00" }],
  holidays: [
    { date: "2026-12-08", name: "Inmaculada Concepción", specialHours: null },
    { date: "2026-12-24", name: "Nochebuena", specialHours: ["10:00-14:00"] },
    { date: "2026-12-25", name: "Navidad", specialHours: null },
  ],
};
const at = (iso: string) => new Date(iso);

describe("rangesFor", () => {
  it("gives a weekday's ranges earliest first", () => {
    expect(rangesFor(clinic, "2026-11-23")).toEqual([
      { opens: "09:00", closes: "14:00" },
      { opens: "16:00", closes: "20:00" },
    ]);
  });
  it("gives nothing on a closed Sunday or a holiday, and a holiday's own hours when it has them", () => {
    expect(rangesFor(clinic, "2026-11-22")).toEqual([]);
    expect(rangesFor(clinic, "2026-12-08")).toEqual([]);
    expect(rangesFor(clinic, "2026-12-24")).toEqual([{ opens: "10:00", closes: "14:00" }]);
  });
  it("reads special hours written with an en dash or one-digit hours, and rejects the rest", () => {
    expect(parseRangeText("9:00 – 13:30")).toEqual({ opens: "09:00", closes: "13:30" });
    expect(parseRangeText("14:00-10:00")).toBeNull();
    expect(parseRangeText("mañana")).toBeNull();
  });
});

describe("isOpenAt (Madrid, winter UTC+1)", () => {
  it("is open in the morning and the afternoon shift, closed in the gap between them", () => {
    expect(isOpenAt(clinic, at("2026-11-23T09:00:00Z"))).toBe(true); // Monday 10:00
    expect(isOpenAt(clinic, at("2026-11-23T13:30:00Z"))).toBe(false); // Monday 14:30
    expect(isOpenAt(clinic, at("2026-11-23T15:00:00Z"))).toBe(true); // Monday 16:00
  });
  it("counts the opening minute in and the closing minute out", () => {
    expect(isOpenAt(clinic, at("2026-11-23T08:00:00Z"))).toBe(true); // 9:00
    expect(isOpenAt(clinic, at("2026-11-23T07:59:00Z"))).toBe(false);
    expect(isOpenAt(clinic, at("2026-11-23T19:00:00Z"))).toBe(false); // 20:00
    expect(isOpenAt(clinic, at("2026-11-27T13:59:00Z"))).toBe(true); // Friday 14:59
    expect(isOpenAt(clinic, at("2026-11-27T15:30:00Z"))).toBe(false); // Friday 16:30: no afternoon on Fridays
  });
  it("is closed on Sunday and on a holiday that falls on a working day", () => {
    expect(isOpenAt(clinic, at("2026-11-22T10:00:00Z"))).toBe(false);
    expect(isOpenAt(clinic, at("2026-12-08T10:00:00Z"))).toBe(false); // Tuesday
  });
  it("follows a holiday's special hours instead of the weekday's", () => {
    expect(isOpenAt(clinic, at("2026-12-24T09:30:00Z"))).toBe(true); // Thursday 10:30
    expect(isOpenAt(clinic, at("2026-12-24T16:00:00Z"))).toBe(false); // 17:00: usually open on Thursdays
  });
});

describe("nextOpening", () => {
  it("is the moment itself while open", () => {
    const now = at("2026-11-23T10:00:00Z");
    expect(nextOpening(clinic, now)).toEqual(now);
  });
  it("is the afternoon shift during the lunch break", () => {
    expect(nextOpening(clinic, at("2026-11-23T13:30:00Z"))).toEqual(at("2026-11-23T15:00:00Z"));
  });
  it("is the next morning after closing", () => {
    expect(nextOpening(clinic, at("2026-11-23T20:00:00Z"))).toEqual(at("2026-11-24T08:00:00Z"));
    expect(nextOpening(clinic, at("2026-11-23T19:00:00Z"))).toEqual(at("2026-11-24T08:00:00Z")); // exactly at closing
  });
  it("skips the weekend", () => {
    expect(nextOpening(clinic, at("2026-11-27T15:00:00Z"))).toEqual(at("2026-11-30T08:00:00Z"));
    expect(nextOpening(clinic, at("2026-11-29T11:00:00Z"))).toEqual(at("2026-11-30T08:00:00Z"));
  });
  it("skips a holiday", () => {
    expect(nextOpening(clinic, at("2026-12-07T20:00:00Z"))).toEqual(at("2026-12-09T08:00:00Z"));
    // Christmas Eve (special hours) → Christmas (closed) → weekend → Monday 28th.
    expect(nextOpening(clinic, at("2026-12-24T14:00:00Z"))).toEqual(at("2026-12-28T08:00:00Z"));
  });
  it("is null for a business without any hours", () => {
    expect(nextOpening({ timeZone: "Europe/Madrid", hours: [], holidays: [] }, at("2026-11-23T10:00:00Z"))).toBeNull();
  });
  it("is null when every day is a holiday for more than a year", () => {
    const everyDay = Array.from({ length: 420 }, (_, i) => ({ date: new Date(Date.UTC(2026, 10, 23) + i * 86_400_000).toISOString().slice(0, 10), name: null, specialHours: null }));
    expect(nextOpening({ ...clinic, holidays: everyDay }, at("2026-11-23T10:00:00Z"))).toBeNull();
  });
});

describe("daylight saving time in Europe/Madrid", () => {
  it("opens on the Monday after the March change at 9:00 summer time (07:00 UTC)", () => {
    // Clocks go forward on Sunday 29 March 2026.
    expect(nextOpening(clinic, at("2026-03-27T15:00:00Z"))).toEqual(at("2026-03-30T07:00:00Z"));
    expect(isOpenAt(clinic, at("2026-03-30T07:00:00Z"))).toBe(true);
    expect(isOpenAt(clinic, at("2026-03-27T08:00:00Z"))).toBe(true); // Friday 9:00 still winter time
    expect(isOpenAt(clinic, at("2026-03-27T07:30:00Z"))).toBe(false);
  });
  it("opens on the Monday after the October change at 9:00 winter time (08:00 UTC)", () => {
    // Clocks go back on Sunday 25 October 2026.
    expect(nextOpening(clinic, at("2026-10-23T14:00:00Z"))).toEqual(at("2026-10-26T08:00:00Z"));
    expect(isOpenAt(clinic, at("2026-10-23T07:30:00Z"))).toBe(true); // Friday 9:30 summer time
    expect(isOpenAt(clinic, at("2026-10-26T07:30:00Z"))).toBe(false); // Monday 8:30 winter time
  });
  it("keeps the real length of a night range across the changes", () => {
    const night: Schedule = { timeZone: "Europe/Madrid", hours: [{ weekday: 0, opens: "01:00", closes: "05:00" }], holidays: [] };
    const [march] = intervalsFor(night, "2026-03-29");
    expect([march.start.toISOString(), march.end.toISOString()]).toEqual(["2026-03-29T00:00:00.000Z", "2026-03-29T03:00:00.000Z"]);
    const [october] = intervalsFor(night, "2026-10-25");
    expect([october.start.toISOString(), october.end.toISOString()]).toEqual(["2026-10-24T23:00:00.000Z", "2026-10-25T04:00:00.000Z"]);
  });
  it("moves a time that does not exist on the change day forward by the hour skipped", () => {
    expect(zonedTime("2026-03-29", 150, "Europe/Madrid").toISOString()).toBe("2026-03-29T01:30:00.000Z"); // 02:30 → 03:30 CEST
    expect(zonedTime("2026-10-25", 150, "Europe/Madrid").toISOString()).toBe("2026-10-25T00:30:00.000Z"); // first 02:30
  });
});

describe("America/Mexico_City (UTC−6 all year)", () => {
  const shop: Schedule = { timeZone: "America/Mexico_City", hours: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: "10:00", closes: "19:00" })), holidays: [{ date: "2026-09-16", name: "Independencia", specialHours: null }] };
  it("reads the local clock, not UTC", () => {
    expect(isOpenAt(shop, at("2026-07-01T16:00:00Z"))).toBe(true); // Wednesday 10:00
    expect(isOpenAt(shop, at("2026-07-01T15:59:00Z"))).toBe(false);
    expect(isOpenAt(shop, at("2026-07-02T00:30:00Z"))).toBe(true); // still Wednesday 18:30 locally
    expect(localParts(at("2026-07-02T00:30:00Z"), shop.timeZone)).toEqual({ date: "2026-07-01", weekday: 3, minutes: 18 * 60 + 30 });
  });
  it("opens on Monday after Saturday's closing, skipping Sunday", () => {
    expect(nextOpening(shop, at("2026-07-05T01:30:00Z"))).toEqual(at("2026-07-06T16:00:00Z"));
  });
  it("does not change its hours when Europe or the United States change theirs", () => {
    expect(nextOpening(shop, at("2026-03-09T12:00:00Z"))).toEqual(at("2026-03-09T16:00:00Z"));
    expect(nextOpening(shop, at("2026-11-02T12:00:00Z"))).toEqual(at("2026-11-02T16:00:00Z"));
  });
  it("skips a national holiday", () => {
    expect(nextOpening(shop, at("2026-09-16T01:30:00Z"))).toEqual(at("2026-09-17T16:00:00Z"));
  });
});
