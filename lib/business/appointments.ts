import { and, asc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "@/db/engine";
import { appointments, resources } from "@/db/schema";
import { intervalsFor, loadSchedule } from "./schedule";
import { localParts } from "./schedule-time";
import { busyIntervals, byLoad, isFree } from "./scheduling";
import { bookableResources, bookableService, DEFAULT_DURATION_MINUTES, type ResourceRow } from "./scheduling-resources";

export { listAppointments, toAppointmentData, upcomingAppointments, type AppointmentView } from "./appointments-queries";

export type AppointmentRow = typeof appointments.$inferSelect;

/** Why a booking or a move was refused, for the assistant to say and the page to show. */
export type SlotRefusal = "past" | "closed" | "taken" | "no_resource" | "service_not_found" | "not_found" | "not_booked";
export type BookingResult = { ok: true; appointment: AppointmentRow; changed: boolean } | { ok: false; reason: SlotRefusal };

export type BookInput = {
  startsAt: Date;
  serviceId?: string | null;
  /** A particular resource; default the least busy free one able to do the service. */
  resourceId?: string | null;
  contactId?: string | null;
  customerName?: string | null;
  notes?: string | null;
  createdVia?: "assistant" | "agent" | "import";
};

const MINUTE = 60_000;

// postgres.js and PGlite report a unique violation as SQLSTATE 23505, drizzle may wrap it.
function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string } } | null;
  return err?.code === "23505" || err?.cause?.code === "23505";
}

/** Whether [start, end) lies inside one opening range of its local date. */
async function insideOpeningHours(tx: Tx, tenantId: string, start: Date, end: Date, now: Date) {
  const schedule = await loadSchedule(tx, tenantId, now);
  return intervalsFor(schedule, localParts(start, schedule.timeZone).date).some((i) => i.start <= start && end <= i.end);
}

/**
 * The resource to put [start, end) on, with the candidates locked (FOR UPDATE, in id order) so
 * two bookings of one resource run one after the other and the second sees the first.
 */
async function freeResource(tx: Tx, tenantId: string, candidates: ResourceRow[], start: Date, end: Date, exceptId?: string): Promise<ResourceRow | null> {
  if (!candidates.length) return null;
  const ids = candidates.map((r) => r.id).sort();
  await tx.select({ id: resources.id }).from(resources).where(and(eq(resources.tenantId, tenantId), inArray(resources.id, ids))).orderBy(asc(resources.id)).for("update");
  const busy = await busyIntervals(tx, tenantId, ids, start, end, exceptId);
  return byLoad(candidates, busy).find((r) => isFree(busy, r.id, start, end)) ?? null;
}

/** Runs `write` in a savepoint: a unique violation (another booking won the race) becomes null, not an aborted transaction. */
async function guarded<T>(tx: Tx, write: (sp: Tx) => Promise<T>): Promise<T | null> {
  try {
    return await tx.transaction(write);
  } catch (e) {
    if (isUniqueViolation(e)) return null;
    throw e;
  }
}

async function candidatesFor(tx: Tx, tenantId: string, serviceId: string | null, resourceId: string | null | undefined) {
  const all = await bookableResources(tx, tenantId, serviceId);
  return resourceId ? all.filter((r) => r.id === resourceId) : all;
}

/**
 * Books a slot, in the caller's transaction. Refused when it starts in the past, does not fit in
 * the opening hours, or no resource able to do the service is free for all of it — also when a
 * concurrent booking took it a moment before (the resource lock, and the unique index behind it,
 * make exactly one of two racing bookings win). Safe to repeat: the same contact booking the same
 * start and service again gets the existing appointment (`changed: false`).
 */
export async function bookAppointment(tx: Tx, tenantId: string, input: BookInput, now: Date = new Date()): Promise<BookingResult> {
  const start = input.startsAt;
  if (start <= now) return { ok: false, reason: "past" };
  const service = input.serviceId ? await bookableService(tx, tenantId, input.serviceId) : null;
  if (input.serviceId && !service) return { ok: false, reason: "service_not_found" };
  if (input.contactId) {
    const [same] = await tx
      .select()
      .from(appointments)
      .where(
        and(
          eq(appointments.tenantId, tenantId),
          eq(appointments.contactId, input.contactId),
          eq(appointments.status, "booked"),
          eq(appointments.startsAt, start),
          service ? eq(appointments.serviceId, service.id) : isNull(appointments.serviceId),
        ),
      );
    if (same) return { ok: true, appointment: same, changed: false };
  }
  const end = new Date(start.getTime() + (service?.durationMinutes ?? DEFAULT_DURATION_MINUTES) * MINUTE);
  if (!(await insideOpeningHours(tx, tenantId, start, end, now))) return { ok: false, reason: "closed" };
  const candidates = await candidatesFor(tx, tenantId, service?.id ?? null, input.resourceId);
  if (!candidates.length) return { ok: false, reason: "no_resource" };
  const resource = await freeResource(tx, tenantId, candidates, start, end);
  if (!resource) return { ok: false, reason: "taken" };
  const row = await guarded(tx, async (sp) => {
    const [inserted] = await sp
      .insert(appointments)
      .values({
        tenantId,
        contactId: input.contactId ?? null,
        serviceId: service?.id ?? null,
        resourceId: resource.id,
        startsAt: start,
        endsAt: end,
        customerName: input.customerName ?? null,
        notes: input.notes ?? null,
        createdVia: input.createdVia ?? "agent",
      })
      .returning();
    return inserted;
  });
  return row ? { ok: true, appointment: row, changed: true } : { ok: false, reason: "taken" };
}

async function lockAppointment(tx: Tx, tenantId: string, id: string, contactId?: string | null) {
  const [row] = await tx
    .select()
    .from(appointments)
    .where(and(eq(appointments.tenantId, tenantId), eq(appointments.id, id), contactId ? eq(appointments.contactId, contactId) : sql`true`))
    .for("update");
  return row ?? null;
}

/**
 * Moves a booked appointment to a new start, keeping its length and, when free, its resource
 * (else another one able to do the service). Same refusals as booking; `contactId`, when given,
 * must own the appointment. Safe to repeat: moving it to where it already is changes nothing.
 */
export async function rescheduleAppointment(tx: Tx, tenantId: string, input: { appointmentId: string; startsAt: Date; contactId?: string | null }, now: Date = new Date()): Promise<BookingResult> {
  const current = await lockAppointment(tx, tenantId, input.appointmentId, input.contactId);
  if (!current) return { ok: false, reason: "not_found" };
  if (current.status !== "booked") return { ok: false, reason: "not_booked" };
  const start = input.startsAt;
  if (current.startsAt.getTime() === start.getTime()) return { ok: true, appointment: current, changed: false };
  if (start <= now) return { ok: false, reason: "past" };
  const end = new Date(start.getTime() + (current.endsAt.getTime() - current.startsAt.getTime()));
  if (!(await insideOpeningHours(tx, tenantId, start, end, now))) return { ok: false, reason: "closed" };
  const all = await candidatesFor(tx, tenantId, current.serviceId, null);
  // Its own resource first while it can still take the service; otherwise another one that can.
  const own = all.find((r) => r.id === current.resourceId);
  const resource = (own && (await freeResource(tx, tenantId, [own], start, end, current.id))) || (await freeResource(tx, tenantId, all, start, end, current.id));
  if (!resource) return { ok: false, reason: all.length ? "taken" : "no_resource" };
  const row = await guarded(tx, async (sp) => {
    const [updated] = await sp
      .update(appointments)
      .set({ startsAt: start, endsAt: end, resourceId: resource.id, updatedAt: now })
      .where(and(eq(appointments.tenantId, tenantId), eq(appointments.id, current.id)))
      .returning();
    return updated;
  });
  return row ? { ok: true, appointment: row, changed: true } : { ok: false, reason: "taken" };
}

/**
 * Cancels an appointment that has not ended yet. Safe to repeat: one already cancelled is
 * returned as it is (`changed: false`). `contactId`, when given, must own it.
 */
export async function cancelAppointment(
  tx: Tx,
  tenantId: string,
  input: { appointmentId: string; contactId?: string | null },
  now: Date = new Date(),
): Promise<{ ok: true; appointment: AppointmentRow; changed: boolean } | { ok: false; reason: "not_found" | "past" | "not_booked" }> {
  const current = await lockAppointment(tx, tenantId, input.appointmentId, input.contactId);
  if (!current) return { ok: false, reason: "not_found" };
  if (current.status === "cancelled") return { ok: true, appointment: current, changed: false };
  if (current.status !== "booked") return { ok: false, reason: "not_booked" };
  if (current.endsAt <= now) return { ok: false, reason: "past" };
  const [row] = await tx
    .update(appointments)
    .set({ status: "cancelled", updatedAt: now })
    .where(and(eq(appointments.tenantId, tenantId), eq(appointments.id, current.id), eq(appointments.status, "booked"), gt(appointments.endsAt, now)))
    .returning();
  return { ok: true, appointment: row, changed: true };
}
