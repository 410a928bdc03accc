/** Calendar arithmetic on plain dates (no time zone), and the wall clock of an instant in a time zone. */

export type CalendarDate = { y: number; m: number; d: number };
export type WallClock = CalendarDate & { hh: number; mi: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The date and time an instant shows on a clock in `timeZone`. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, p.value]));
  return { y: Number(parts.year), m: Number(parts.month), d: Number(parts.day), hh: Number(parts.hour) % 24, mi: Number(parts.minute) };
}

const utc = (c: CalendarDate) => Date.UTC(c.y, c.m - 1, c.d);

export function fromUtc(ms: number): CalendarDate {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export const addDays = (c: CalendarDate, n: number): CalendarDate => fromUtc(utc(c) + n * 86_400_000);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (c: CalendarDate) => new Date(utc(c)).getUTCDay();

/** Whole days from `a` to `b`. */
export const daysBetween = (a: CalendarDate, b: CalendarDate) => Math.round((utc(b) - utc(a)) / 86_400_000);

const pad = (n: number) => String(n).padStart(2, "0");
export const ymd = (c: CalendarDate) => `${c.y}-${pad(c.m)}-${pad(c.d)}`;
export const hhmm = (hour: number, minute: number) => `${pad(hour)}:${pad(minute)}`;

export function isValidDate(c: CalendarDate): boolean {
  const back = fromUtc(utc(c));
  return back.y === c.y && back.m === c.m && back.d === c.d;
}

/** The next date (today included) whose weekday is `weekday`. */
export function nextWeekday(today: CalendarDate, weekday: number): CalendarDate {
  return addDays(today, (weekday - weekdayOf(today) + 7) % 7);
}

/** The next date (today included) whose day of the month is `day`. */
export function nextDayOfMonth(today: CalendarDate, day: number): CalendarDate {
  for (let i = 0; i < 13; i++) {
    const m0 = today.m - 1 + i;
    const c = { y: today.y + Math.floor(m0 / 12), m: (m0 % 12) + 1, d: day };
    if (isValidDate(c) && daysBetween(today, c) >= 0) return c;
  }
  return today;
}

/**
 * An ISO 8601 date or date-time as the workspace's clock shows it: with an offset or `Z` it is an
 * instant and is converted; without one it already is local.
 */
export function isoToWall(iso: string, timeZone: string): { date: CalendarDate; time: { hour: number; minute: number } | null } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[tT ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*([zZ]|[+-]\d{2}:?\d{2})?)?$/.exec(iso.trim());
  if (!m) return null;
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (!isValidDate(date)) return null;
  if (m[4] === undefined) return { date, time: null };
  if (m[6]) {
    const instant = new Date(iso.trim().replace(" ", "T").replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
    if (Number.isNaN(instant.getTime())) return null;
    const w = wallClock(instant, timeZone);
    return { date: { y: w.y, m: w.m, d: w.d }, time: { hour: w.hh, minute: w.mi } };
  }
  return { date, time: { hour: Number(m[4]), minute: Number(m[5]) } };
}
