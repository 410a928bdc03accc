import { and, eq, gt, inArray, lt, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/engine";
import { appointments, tenants } from "@/db/schema";
import type { Language } from "@/lib/ai/types";
import type { Slot } from "@/lib/ai/tools/schemas";
import { loadSchedule, rangesFor } from "./schedule";
import { addDays, localParts, parseHHMM, zonedTime } from "./schedule-time";
import { asLanguage, slotLabel } from "./scheduling-labels";
import { bookableResources, bookableService, DEFAULT_DURATION_MINUTES, type ResourceRow } from "./scheduling-resources";
import { isoWithOffset } from "./scheduling-time";

export type PartOfDay = "morning" | "afternoon" | "evening";

export type FindSlotsInput = {
  serviceId?: string | null;
  /** Earliest start wanted (never before `now`); default now. */
  from?: Date;
  /** Latest start wanted; default 14 days after `from`. */
  to?: Date;
  partOfDay?: PartOfDay;
  /** At most this many slots (default 10). */
  limit?: number;
  /** The labels' language; default the workspace's. */
  language?: Language;
  /** Only this resource. */
  resourceId?: string;
};

/** Slots start on quarter hours of the local clock. */
export const SLOT_GRID_MINUTES = 15;
const DEFAULT_WINDOW_DAYS = 14;
const MAX_WINDOW_DAYS = 62;
const MINUTE = 60_000;

/** Local start times by part of day: morning before 14:00, afternoon 14:00–20:00, evening from 20:00 (Spanish usage: "por la tarde" runs to about eight). */
export function partOfDayOf(localMinutes: number): PartOfDay {
  return localMinutes < 14 * 60 ? "morning" : localMinutes < 20 * 60 ? "afternoon" : "evening";
}

export type Busy = { id: string; resourceId: string | null; startsAt: Date; endsAt: Date };

/** Booked appointments of these resources that overlap [from, to), except `exceptId`. */
export async function busyIntervals(tx: Tx, tenantId: string, resourceIds: string[], from: Date, to: Date, exceptId?: string): Promise<Busy[]> {
  if (!resourceIds.length) return [];
  return tx
    .select({ id: appointments.id, resourceId: appointments.resourceId, startsAt: appointments.startsAt, endsAt: appointments.endsAt })
    .from(appointments)
    .where(
      and(
        eq(appointments.tenantId, tenantId),
        eq(appointments.status, "booked"),
        inArray(appointments.resourceId, resourceIds),
        lt(appointments.startsAt, to),
        gt(appointments.endsAt, from),
        exceptId ? ne(appointments.id, exceptId) : sql`true`,
      ),
    );
}

export const isFree = (busy: Busy[], resourceId: string, start: Date, end: Date) => !busy.some((b) => b.resourceId === resourceId && b.startsAt < end && start < b.endsAt);

/** Resources with fewer bookings in the window first, so work spreads; then by name. */
export function byLoad(resources: ResourceRow[], busy: Busy[]): ResourceRow[] {
  const load = (id: string) => busy.filter((b) => b.resourceId === id).length;
  return [...resources].sort((a, b) => load(a.id) - load(b.id) || a.name.localeCompare(b.name));
}

/**
 * Free appointment slots, earliest first: the service's duration (default 30 minutes) on a
 * 15-minute grid of the local clock, wholly inside the opening ranges of each local date
 * (split shifts and holidays' own hours included, closed holidays skipped), starting after `now`,
 * with at least one resource able to do the service free for the whole slot. One slot per start
 * time, given to the least busy free resource. Labels are in the workspace's time zone.
 */
export async function findSlots(tx: Tx, tenantId: string, input: FindSlotsInput, now: Date = new Date()): Promise<Slot[]> {
  const service = input.serviceId ? await bookableService(tx, tenantId, input.serviceId) : null;
  if (input.serviceId && !service) return [];
  const duration = service?.durationMinutes ?? DEFAULT_DURATION_MINUTES;
  const from = new Date(Math.max(input.from?.getTime() ?? now.getTime(), now.getTime()));
  const latest = from.getTime() + MAX_WINDOW_DAYS * 86_400_000;
  const to = new Date(Math.min(input.to?.getTime() ?? from.getTime() + DEFAULT_WINDOW_DAYS * 86_400_000, latest));
  if (to < from) return [];
  const limit = Math.max(1, Math.min(input.limit ?? 10, 50));

  let resources = await bookableResources(tx, tenantId, service?.id ?? null);
  if (input.resourceId) resources = resources.filter((r) => r.id === input.resourceId);
  if (!resources.length) return [];
  const schedule = await loadSchedule(tx, tenantId, now);
  const language = input.language ?? asLanguage((await tx.select({ l: tenants.defaultLocale }).from(tenants).where(eq(tenants.id, tenantId)))[0]?.l);
  const busy = await busyIntervals(
    tx,
    tenantId,
    resources.map((r) => r.id),
    from,
    new Date(to.getTime() + duration * MINUTE),
  );
  const ordered = byLoad(resources, busy);

  const slots: Slot[] = [];
  const lastDate = localParts(to, schedule.timeZone).date;
  for (let date = localParts(from, schedule.timeZone).date; date <= lastDate && slots.length < limit; date = addDays(date, 1)) {
    for (const range of rangesFor(schedule, date)) {
      const opens = parseHHMM(range.opens)!;
      const closes = parseHHMM(range.closes)!;
      const closing = zonedTime(date, closes, schedule.timeZone);
      for (let m = Math.ceil(opens / SLOT_GRID_MINUTES) * SLOT_GRID_MINUTES; m + duration <= closes && slots.length < limit; m += SLOT_GRID_MINUTES) {
        if (input.partOfDay && partOfDayOf(m) !== input.partOfDay) continue;
        const start = zonedTime(date, m, schedule.timeZone);
        const end = new Date(start.getTime() + duration * MINUTE);
        if (start <= now || start < from || start > to || end > closing) continue;
        const resource = ordered.find((r) => isFree(busy, r.id, start, end));
        if (!resource) continue;
        slots.push({
          startsAt: isoWithOffset(start, schedule.timeZone),
          endsAt: isoWithOffset(end, schedule.timeZone),
          label: slotLabel(start, schedule.timeZone, language),
          resourceId: resource.id,
          resourceName: resource.name,
          serviceId: service?.id ?? null,
          serviceName: service?.name ?? null,
        });
      }
    }
  }
  return slots;
}
