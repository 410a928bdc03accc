import type { ToolInputs } from "../tools/schemas";
import { addDays, isoInZone, localParts, zonedInstant, type LocalDate } from "./tz";
import type { When } from "./when";

/**
 * findSlots' input from what the customer said: the day (or span) as a from–to window in the
 * business's time zone, from the requested time onwards when there is one, and the part of day.
 */

export type SlotQuery = ToolInputs["findSlots"];
const MINUTE = 60_000;

export function slotQuery(when: When, input: { now: Date; timeZone: string; service?: string | null; after?: Date }): SlotQuery {
  const { now, timeZone } = input;
  const q: SlotQuery = { limit: 3 };
  if (input.service) q.service = input.service.slice(0, 120);
  const p = localParts(now, timeZone);
  const today: LocalDate = { y: p.y, m: p.m, d: p.d };
  let from: Date | undefined;
  let to: Date | undefined;
  let day = when.date;
  if (!day && !when.range && when.time) {
    const todayAt = zonedInstant(today, when.time.h, when.time.mi, timeZone);
    day = todayAt > now ? today : addDays(today, 1);
  }
  if (day) {
    from = when.time ? zonedInstant(day, when.time.h, when.time.mi, timeZone) : zonedInstant(day, 0, 0, timeZone);
    to = new Date(zonedInstant(addDays(day, 1), 0, 0, timeZone).getTime() - MINUTE);
  } else if (when.range) {
    from = zonedInstant(when.range.from, 0, 0, timeZone);
    to = new Date(zonedInstant(addDays(when.range.to, 1), 0, 0, timeZone).getTime() - MINUTE);
  }
  if (input.after) from = from && from > input.after ? from : input.after;
  if (from && from < now) from = now;
  if (to && from && to <= from) to = undefined;
  if (from && (day || when.range || input.after)) q.from = isoInZone(from, timeZone);
  if (to) q.to = isoInZone(to, timeZone);
  if (when.partOfDay && !when.time) q.partOfDay = when.partOfDay;
  return q;
}

/** The same search without its date and part-of-day limits (nothing was free in them). */
export function widened(q: SlotQuery): SlotQuery {
  return { ...(q.service ? { service: q.service } : {}), limit: q.limit ?? 3 };
}

/** Whether a slot starts exactly when the customer asked ("mañana a las 5" and a 17:00 slot). */
export function startsWhenAsked(startsAt: string, when: When, timeZone: string): boolean {
  if (!when.time) return false;
  const at = localParts(new Date(startsAt), timeZone);
  if (at.h !== when.time.h || at.mi !== when.time.mi) return false;
  if (when.date) return at.y === when.date.y && at.m === when.date.m && at.d === when.date.d;
  return true;
}
