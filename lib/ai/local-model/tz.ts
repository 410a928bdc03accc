/**
 * Wall-clock arithmetic in the business's time zone with nothing but Intl: what day and hour an
 * instant is there, which instant a local date and time is, and ISO strings with that offset.
 */

export type LocalDate = { y: number; m: number; d: number };
export type LocalDateTime = LocalDate & { h: number; mi: number; weekday: number };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", weekday: "short" });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

export function safeTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return "Europe/Madrid";
  try {
    formatter(timeZone);
    return timeZone;
  } catch {
    return "Europe/Madrid";
  }
}

/** The wall clock of `instant` in `timeZone`. */
export function localParts(instant: Date, timeZone: string): LocalDateTime & { s: number } {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return { y: Number(parts.year), m: Number(parts.month), d: Number(parts.day), h: Number(parts.hour) % 24, mi: Number(parts.minute), s: Number(parts.second), weekday: WEEKDAY_INDEX[parts.weekday] ?? 0 };
}

/** Minutes the zone is ahead of UTC at `instant`. */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The instant at which the zone's clock shows this date and time (DST gaps resolve forwards). */
export function zonedInstant(date: LocalDate, h: number, mi: number, timeZone: string): Date {
  const naive = Date.UTC(date.y, date.m - 1, date.d, h, mi);
  let guess = naive - offsetMinutes(new Date(naive), timeZone) * 60_000;
  guess = naive - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, "0");

/** "2026-11-27T17:00:00+01:00": the instant as the zone's clock shows it, with its offset. */
export function isoInZone(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  const off = offsetMinutes(instant, timeZone);
  const sign = off < 0 ? "-" : "+";
  return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}${sign}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`;
}

/** The calendar date `days` after `date` (any sign). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
}

export function sameDate(a: LocalDate, b: LocalDate): boolean {
  return a.y === b.y && a.m === b.m && a.d === b.d;
}

export function dateKey(date: LocalDate): string {
  return `${date.y}-${pad(date.m)}-${pad(date.d)}`;
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return Date.UTC(a.y, a.m - 1, a.d) - Date.UTC(b.y, b.m - 1, b.d);
}
