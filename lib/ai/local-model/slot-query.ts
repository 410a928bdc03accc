import type { ToolInputs } from "../tools/schemas";
import { addDays, isoInZone, localParts, zonedInstant, type LocalDate } from "./tz";
import type { When } from "./when";

/**
 * findSlots' input from what the customer said: the day (or span) as a from–to window in the
 * business's time zone, from the requested time onwards when there is one, and the part of day.
 */

export type SlotQuery = ToolInputs["findSlots"];
/** Slots asked for: enough to offer a spread of times (see shownSlots), few enough to read. */
export const SLOTS_ASKED = 8;
export const SLOTS_SHOWN = 3;

/**
 * The slots the customer is shown, out of those found: one per hour first (10:00, 11:00, 12:00
 * rather than 10:00, 10:15, 10:30), then the rest in order. The same choice is made again when the
 * customer answers "la segunda", so ordinals refer to what they saw.
 */
export function shownSlots<T extends { startsAt?: string }>(slots: T[], max = SLOTS_SHOWN): T[] {
  if (slots.length <= max) return slots;
  const hour = (s: T) => /T(\d{2})/.exec(s.startsAt ?? "")?.[1] ?? "";
  const picked: T[] = [];
  const hours = new Set<string>();
  for (const s of slots) {
    if (picked.length < max && !hours.has(hour(s))) {
      picked.push(s);
      hours.add(hour(s));
    }
  }
  for (const s of slots) if (picked.length < max && !picked.includes(s)) picked.push(s);
  return slots.filter((s) => picked.includes(s));
}
const MINUTE = 60_000;

export function slotQuery(when: When, input: { now: Date; timeZone: string; service?: string | null; after?: Date }): SlotQuery {
  const { now, timeZone } = input;
  const q: SlotQuery = { limit: SLOTS_ASKED };
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
  return { ...(q.service ? { service: q.service } : {}), limit: q.limit ?? SLOTS_ASKED };
}

/** Whether a slot starts exactly when the customer asked ("mañana a las 5" and a 17:00 slot). */
export function startsWhenAsked(startsAt: string, when: When, timeZone: string): boolean {
  if (!when.time) return false;
  const at = localParts(new Date(startsAt), timeZone);
  if (at.h !== when.time.h || at.mi !== when.time.mi) return false;
  if (when.date) return at.y === when.date.y && at.m === when.date.m && at.d === when.date.d;
  return true;
}
