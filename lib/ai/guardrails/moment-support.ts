import { daysBetween, weekdayOf, ymd, type CalendarDate } from "./extract/calendar";
import type { ClaimDetail, DateValue, Moment, TimeValue } from "./extract/types";

/** The dates and times one piece of evidence mentions. */
export type MomentSource = { moments: Moment[]; durations: NonNullable<ClaimDetail["duration"]>[] };

const isFull = (d: DateValue) => d.day !== undefined || Boolean(d.relative);

/**
 * Whether a date as the reply wrote it is the evidence's date. Only the parts the reply wrote are
 * compared ("jueves 27" needs a 27th that is a Thursday); a weekday alone must be within a week
 * of today; a deadline needs a real date, never a weekday from the opening hours.
 */
export function dateMatches(claim: DateValue, ev: DateValue, today: CalendarDate, deadline: boolean): boolean {
  if (isFull(ev)) {
    const r = ev.resolved;
    if (claim.relative) return ymd(claim.resolved) === ymd(r);
    if (claim.day === undefined) return claim.weekday !== undefined && claim.weekday === weekdayOf(r) && Math.abs(daysBetween(today, r)) <= 7;
    return (
      claim.day === r.d &&
      (claim.month === undefined || claim.month === r.m) &&
      (claim.year === undefined || claim.year === r.y) &&
      (claim.weekday === undefined || claim.weekday === weekdayOf(r))
    );
  }
  if (deadline || ev.weekday === undefined) return false;
  if (claim.relative) return weekdayOf(claim.resolved) === ev.weekday;
  return claim.day === undefined && claim.weekday === ev.weekday;
}

/** "a las 5" may be 05:00 or 17:00; "17:00" is only itself. */
const readings = (t: TimeValue) => (t.ambiguous ? [t.hour, (t.hour + 12) % 24] : [t.hour]);

export function timeMatches(claim: TimeValue, ev: TimeValue): boolean {
  return claim.minute === ev.minute && readings(claim).some((h) => readings(ev).includes(h));
}

export type MomentVerdict = { ok: boolean; dateAlone: boolean; timeAlone: boolean };

/**
 * A date written with a time must be supported together ("mañana a las 10:00" is one slot): by one
 * moment of the evidence, or by the date and a free-standing time in the same piece of evidence
 * ("lunes: 9:00–14:00"). An offset deadline ("en 2 días") is also supported by that many days.
 */
export function checkMoment(claim: Moment, sources: MomentSource[], today: CalendarDate, deadline: boolean): MomentVerdict {
  const all = sources.flatMap((s) => s.moments);
  const dateOk = (e: Moment) => Boolean(claim.date && e.date && dateMatches(claim.date, e.date, today, deadline));
  const timeOk = (e: Moment) => Boolean(claim.time && e.time && timeMatches(claim.time, e.time));
  const byOffset =
    claim.offsetDays !== undefined &&
    sources.some((s) => s.durations.some((d) => {
      const days = d.businessDays ? [d.min, d.max] : [d.min / 1440, d.max / 1440];
      return claim.offsetDays! >= days[0] && claim.offsetDays! <= days[1] && Number.isInteger(days[0]);
    }));
  const dateAlone = claim.date ? all.some(dateOk) || byOffset : true;
  const timeAlone = claim.time ? all.some(timeOk) : true;
  if (!claim.date || !claim.time) return { ok: dateAlone && timeAlone, dateAlone, timeAlone };
  const together = all.some((e) => dateOk(e) && timeOk(e)) || sources.some((s) => s.moments.some(dateOk) && s.moments.some((e) => !e.date && timeOk(e)));
  return { ok: together, dateAlone, timeAlone };
}
