import { and, asc, eq, gte } from "drizzle-orm";
import type { Tx } from "@/db/engine";
import { holidays, openingHours, tenants } from "@/db/schema";
import { addDays, localParts, parseHHMM, weekdayOf, zonedTime } from "./schedule-time";

export { describeHours, formatNextOpen, type HoursLabel } from "./schedule-labels";

/** One opening range of a weekday (0 = Sunday … 6 = Saturday), "HH:MM" in the workspace's zone. */
export type WeeklyRange = { weekday: number; opens: string; closes: string };
/** A closed day, or one with its own ranges ("10:00-14:00"). */
export type Holiday = { date: string; name: string | null; specialHours: string[] | null };
export type Schedule = { timeZone: string; hours: WeeklyRange[]; holidays: Holiday[] };
export type Range = { opens: string; closes: string };

/** How far `nextOpening` looks: a business closed for more than a year is treated as closed. */
const HORIZON_DAYS = 400;

const byOpening = (a: Range, b: Range) => (parseHHMM(a.opens) ?? 0) - (parseHHMM(b.opens) ?? 0);

/** "10:00-14:00" (also with an en dash or spaces) → a range; anything else → null. */
export function parseRangeText(text: string): Range | null {
  const m = /^\s*(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})\s*$/.exec(text);
  if (!m) return null;
  const opens = parseHHMM(m[1]);
  const closes = parseHHMM(m[2]);
  if (opens === null || closes === null || closes <= opens) return null;
  return { opens: m[1].padStart(5, "0"), closes: m[2].padStart(5, "0") };
}

/**
 * The ranges the business is open on a local date, earliest first: a holiday's own ranges (none
 * when it is closed all day), otherwise the weekday's. Ranges that do not parse are left out.
 */
export function rangesFor(schedule: Schedule, localDate: string): Range[] {
  const holiday = schedule.holidays.find((h) => h.date === localDate);
  const ranges = holiday
    ? (holiday.specialHours ?? []).map(parseRangeText).filter((r): r is Range => r !== null)
    : schedule.hours.filter((h) => h.weekday === weekdayOf(localDate)).map(({ opens, closes }) => ({ opens, closes }));
  return ranges.filter((r) => parseHHMM(r.opens) !== null && (parseHHMM(r.closes) ?? 0) > (parseHHMM(r.opens) ?? 0)).sort(byOpening);
}

/** The ranges of a local date as instants (what DST does to them included). */
export function intervalsFor(schedule: Schedule, localDate: string): { start: Date; end: Date }[] {
  return rangesFor(schedule, localDate)
    .map((r) => ({ start: zonedTime(localDate, parseHHMM(r.opens)!, schedule.timeZone), end: zonedTime(localDate, parseHHMM(r.closes)!, schedule.timeZone) }))
    .filter((i) => i.end > i.start);
}

/** Whether the business is open at an instant: inside one of that local day's ranges (closing time excluded). */
export function isOpenAt(schedule: Schedule, at: Date): boolean {
  const { date } = localParts(at, schedule.timeZone);
  return intervalsFor(schedule, date).some((i) => i.start <= at && at < i.end);
}

/**
 * The first instant at or after `from` when the business is open — `from` itself when it is open
 * then — skipping holidays and days without hours; null when it never opens within about a year.
 */
export function nextOpening(schedule: Schedule, from: Date): Date | null {
  if (!schedule.hours.length && !schedule.holidays.some((h) => h.specialHours?.length)) return null;
  const start = localParts(from, schedule.timeZone).date;
  // The day before too: a range can start "yesterday" in local terms only around a DST change.
  for (let day = -1; day <= HORIZON_DAYS; day++) {
    for (const i of intervalsFor(schedule, addDays(start, day))) {
      if (i.end <= from) continue;
      return i.start <= from ? from : i.start;
    }
  }
  return null;
}

/**
 * The workspace's hours, its holidays from yesterday on (older ones no longer matter) and its time
 * zone. Run inside `withTenant`.
 */
export async function loadSchedule(tx: Tx, tenantId: string, now: Date = new Date()): Promise<Schedule> {
  const [tenant] = await tx.select({ timeZone: tenants.timeZone }).from(tenants).where(eq(tenants.id, tenantId));
  const timeZone = tenant?.timeZone ?? "Europe/Madrid";
  const since = addDays(localParts(now, timeZone).date, -1);
  const hours = await tx
    .select({ weekday: openingHours.weekday, opens: openingHours.opens, closes: openingHours.closes })
    .from(openingHours)
    .where(eq(openingHours.tenantId, tenantId))
    .orderBy(asc(openingHours.weekday), asc(openingHours.opens));
  const days = await tx
    .select({ date: holidays.date, name: holidays.name, specialHours: holidays.specialHours })
    .from(holidays)
    .where(and(eq(holidays.tenantId, tenantId), gte(holidays.date, since)))
    .orderBy(asc(holidays.date));
  return { timeZone, hours, holidays: days };
}
