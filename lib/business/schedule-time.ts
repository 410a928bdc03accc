/**
 * Wall-clock arithmetic in an IANA time zone with nothing but Intl: what a given instant reads on
 * the business's clock, and which instant a local date and time is. Dates are "YYYY-MM-DD"
 * strings, times "HH:MM" ("24:00" = the end of the day), both in the workspace's own calendar.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f;
}

export type LocalParts = { date: string; weekday: number; minutes: number };

function wallClock(at: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(at))) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return { y: parts.year, m: parts.month, d: parts.day, h: parts.hour % 24, min: parts.minute, s: parts.second };
}

/** Minutes the zone is ahead of UTC at instant `at` (Madrid in summer: 120). */
export function offsetMinutes(at: number, timeZone: string): number {
  const w = wallClock(at, timeZone);
  const asUtc = Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s);
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / MINUTE);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The local date, weekday (0 = Sunday) and minutes since local midnight of an instant. */
export function localParts(at: Date, timeZone: string): LocalParts {
  const w = wallClock(at.getTime(), timeZone);
  const date = `${w.y}-${pad(w.m)}-${pad(w.d)}`;
  return { date, weekday: weekdayOf(date), minutes: w.h * 60 + w.min };
}

/** 0 = Sunday … 6 = Saturday, of a calendar date. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The calendar date `days` after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY).toISOString().slice(0, 10);
}

/** Whole days from calendar date `a` to `b`. */
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);

/**
 * The instant a local date and time denote. Where the clock jumps forward (02:30 on the last Sunday
 * of March in Madrid does not exist) the time moves on by the jump (03:30); where it repeats an
 * hour, the first of the two is taken. Both as JavaScript's Temporal does ("compatible").
 */
export function zonedTime(date: string, minutes: number, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const naive = Date.UTC(y, m - 1, d) + minutes * MINUTE;
  const before = offsetMinutes(naive - DAY / 2, timeZone);
  const after = offsetMinutes(naive + DAY / 2, timeZone);
  const candidates = [...new Set([before, after])].map((o) => naive - o * MINUTE).filter((t) => offsetMinutes(t, timeZone) * MINUTE === naive - t);
  if (candidates.length) return new Date(Math.min(...candidates));
  return new Date(naive - before * MINUTE);
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** "09:30" → 570; "24:00" → 1440; anything else → null. Also accepts "9:30". */
export function parseHHMM(value: string): number | null {
  const v = value.trim().replace(/^(\d):/, "0$1:");
  if (!HHMM.test(v)) return null;
  return Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5));
}

/** 570 → "09:30" (as stored). */
export const toHHMM = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** 570 → "9:30" (as people read it). */
export const clockLabel = (minutes: number) => `${Math.floor(minutes / 60)}:${pad(minutes % 60)}`;
