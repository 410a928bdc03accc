import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { appointments, contacts, openingHours, resources, services } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { bookAppointment, cancelAppointment, rescheduleAppointment, toAppointmentData, upcomingAppointments } from "./appointments";
import { findSlots } from "./scheduling";

// Booking, moving and cancelling against a clinic open 9–14 and 16–20 on weekdays (Madrid).
let database: Database;
let owner: Awaited<ReturnType<typeof createOwnerWorkspace>>;
let carmen: string;
let javier: string;
const NOW = new Date("2026-11-25T10:07:00Z"); // Wednesday, 11:07 in Madrid
const at = (hhmm: string, day = "2026-11-30") => new Date(`${day}T${hhmm}:00+01:00`); // Monday 30
const inTenant = <T>(fn: Parameters<typeof withTenant<T>>[1]) => withTenant(owner.tenantId, fn, database.db);

beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createOwnerWorkspace(database.db, "Clínica Reservas");
  const t = owner.tenantId;
  await inTenant(async (tx) => {
    for (const weekday of [1, 2, 3, 4, 5])
      await tx.insert(openingHours).values([
        { tenantId: t, weekday, opens: "09:00", closes: "14:00" },
        { tenantId: t, weekday, opens: "16:00", closes: "20:00" },
      ]);
    const [c1, c2] = await tx.insert(contacts).values([{ tenantId: t, waId: "34612000001", name: "Carmen" }, { tenantId: t, waId: "34612000002", name: "Javier" }]).returning();
    carmen = c1.id;
    javier = c2.id;
  });
});
afterAll(async () => {
  await database?.close();
});

describe("bookAppointment", () => {
  it("books a free slot once: the same request again returns the same appointment", async () => {
    const first = await inTenant((tx) => bookAppointment(tx, owner.tenantId, { startsAt: at("10:00"), contactId: carmen, customerName: "Carmen", createdVia: "assistant" }, NOW));
    expect(first).toMatchObject({ ok: true, changed: true });
    const again = await inTenant((tx) => bookAppointment(tx, owner.tenantId, { startsAt: at("10:00"), contactId: carmen }, NOW));
    expect(again).toMatchObject({ ok: true, changed: false });
    if (!first.ok || !again.ok) throw new Error("unreachable");
    expect(again.appointment.id).toBe(first.appointment.id);
    expect(first.appointment.endsAt.toISOString()).toBe(at("10:30").toISOString());
    // The slot is gone for everyone else, and an overlapping start too.
    expect(await inTenant((tx) => bookAppointment(tx, owner.tenantId, { startsAt: at("10:00"), contactId: javier }, NOW))).toEqual({ ok: false, reason: "taken" });
    expect(await inTenant((tx) => bookAppointment(tx, owner.tenantId, { startsAt: at("10:15"), contactId: javier }, NOW))).toEqual({ ok: false, reason: "taken" });
    const free = await inTenant((tx) => findSlots(tx, owner.tenantId, { from: at("09:30"), to: at("10:30"), limit: 10 }, NOW));
    expect(free.map((s) => s.startsAt.slice(11, 16))).toEqual(["09:30", "10:30"]);
  });

  it("refuses the past, closed hours and a slot that runs past closing", async () => {
    expect(await inTenant((tx) => bookAppointment(tx, owner.tenantId, { startsAt: new Date(NOW.getTime() - 60_000) }, NOW))).toEqual({ ok: false, reason: "past" });
    expect(await inTenant((tx) => bookAppointment(tx, owner.tenantId, { startsAt: at("14:30") }, NOW))).toEqual({ ok: false, reason: "closed" });
    expect(await inTenant((tx) => bookAppointment(tx, owner.tenantId, { startsAt: at("13:45") }, NOW))).toEqual({ ok: false, reason: "closed" });
    expect(await inTenant((tx) => bookAppointment(tx, owner.tenantId, { startsAt: at("10:00", "2026-11-29") }, NOW))).toEqual({ ok: false, reason: "closed" }); // Sunday
    expect(await inTenant((tx) => bookAppointment(tx, owner.tenantId, { startsAt: at("11:00"), serviceId: "00000000-0000-4000-8000-000000000000" }, NOW))).toEqual({ ok: false, reason: "service_not_found" });
  });

  it("two bookings of one slot at the same moment: exactly one wins, the other is told it is taken", async () => {
    for (const hhmm of ["16:00", "16:30", "17:00", "17:30", "18:00"]) {
      const book = (contactId: string) => withTenant(owner.tenantId, (tx) => bookAppointment(tx, owner.tenantId, { startsAt: at(hhmm, "2026-12-01"), contactId }, NOW), database.db);
      const results = await Promise.all([book(carmen), book(javier)]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "taken" }]);
    }
    const rows = await inTenant((tx) => tx.select().from(appointments).where(and(eq(appointments.tenantId, owner.tenantId), eq(appointments.status, "booked"))));
    expect(rows.filter((r) => r.startsAt.toISOString().startsWith("2026-12-01"))).toHaveLength(5);
  });

  it("with two able resources, the second booking of a time goes to the other one", async () => {
    const other = await createOwnerWorkspace(database.db, "Dos sillones");
    const t = other.tenantId;
    await withTenant(
      t,
      async (tx) => {
        await tx.insert(openingHours).values({ tenantId: t, weekday: 1, opens: "09:00", closes: "14:00" });
        await tx.insert(resources).values([{ tenantId: t, name: "Sillón 1", kind: "room" }, { tenantId: t, name: "Sillón 2", kind: "room" }]);
      },
      database.db,
    );
    const book = () => withTenant(t, (tx) => bookAppointment(tx, t, { startsAt: at("09:00") }, NOW), database.db);
    const [a, b] = await Promise.all([book(), book()]);
    const c = await book();
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(a.appointment.resourceId).not.toBe(b.appointment.resourceId);
    expect(c).toEqual({ ok: false, reason: "taken" });
  });
});

describe("reschedule, cancel and upcoming", () => {
  it("moves an appointment keeping its length, idempotently, and refuses a taken or closed time", async () => {
    const [service] = await inTenant((tx) => tx.insert(services).values({ tenantId: owner.tenantId, name: "Blanqueamiento", durationMinutes: 60 }).returning());
    const booked = await inTenant((tx) => bookAppointment(tx, owner.tenantId, { startsAt: at("11:00", "2026-12-02"), serviceId: service.id, contactId: javier }, NOW));
    const blocker = await inTenant((tx) => bookAppointment(tx, owner.tenantId, { startsAt: at("12:00", "2026-12-02"), contactId: carmen }, NOW));
    if (!booked.ok || !blocker.ok) throw new Error("setup failed");
    const id = booked.appointment.id;
    expect(await inTenant((tx) => rescheduleAppointment(tx, owner.tenantId, { appointmentId: id, startsAt: at("11:30", "2026-12-02") }, NOW))).toEqual({ ok: false, reason: "taken" });
    expect(await inTenant((tx) => rescheduleAppointment(tx, owner.tenantId, { appointmentId: id, startsAt: at("13:30", "2026-12-02") }, NOW))).toEqual({ ok: false, reason: "closed" });
    expect(await inTenant((tx) => rescheduleAppointment(tx, owner.tenantId, { appointmentId: id, startsAt: at("16:00", "2026-12-02"), contactId: carmen }, NOW))).toEqual({ ok: false, reason: "not_found" });
    const moved = await inTenant((tx) => rescheduleAppointment(tx, owner.tenantId, { appointmentId: id, startsAt: at("16:00", "2026-12-02"), contactId: javier }, NOW));
    expect(moved).toMatchObject({ ok: true, changed: true, appointment: { startsAt: at("16:00", "2026-12-02"), endsAt: at("17:00", "2026-12-02") } });
    expect(await inTenant((tx) => rescheduleAppointment(tx, owner.tenantId, { appointmentId: id, startsAt: at("16:00", "2026-12-02") }, NOW))).toMatchObject({ ok: true, changed: false });
    // The old time is free again.
    expect(await inTenant((tx) => bookAppointment(tx, owner.tenantId, { startsAt: at("11:00", "2026-12-02"), contactId: carmen }, NOW))).toMatchObject({ ok: true });
  });

  it("cancels once, frees the slot, and lists a customer's upcoming appointments soonest first", async () => {
    const booked = await inTenant((tx) => bookAppointment(tx, owner.tenantId, { startsAt: at("09:00", "2026-12-03"), contactId: javier }, NOW));
    if (!booked.ok) throw new Error("setup failed");
    const upcoming = await inTenant((tx) => upcomingAppointments(tx, owner.tenantId, javier, NOW));
    expect(upcoming.map((a) => a.startsAt.toISOString())).toEqual([...upcoming.map((a) => a.startsAt.toISOString())].sort());
    expect(upcoming.some((a) => a.id === booked.appointment.id)).toBe(true);
    expect(toAppointmentData(upcoming.find((a) => a.id === booked.appointment.id)!, "Europe/Madrid", "es")).toMatchObject({ startsAt: "2026-12-03T09:00:00+01:00", label: "jueves 3 de diciembre, 9:00", status: "booked", resourceName: "Clínica Reservas" });

    expect(await inTenant((tx) => cancelAppointment(tx, owner.tenantId, { appointmentId: booked.appointment.id, contactId: carmen }, NOW))).toEqual({ ok: false, reason: "not_found" });
    expect(await inTenant((tx) => cancelAppointment(tx, owner.tenantId, { appointmentId: booked.appointment.id }, NOW))).toMatchObject({ ok: true, changed: true, appointment: { status: "cancelled" } });
    expect(await inTenant((tx) => cancelAppointment(tx, owner.tenantId, { appointmentId: booked.appointment.id }, NOW))).toMatchObject({ ok: true, changed: false });
    expect((await inTenant((tx) => upcomingAppointments(tx, owner.tenantId, javier, NOW))).some((a) => a.id === booked.appointment.id)).toBe(false);
    expect(await inTenant((tx) => bookAppointment(tx, owner.tenantId, { startsAt: at("09:00", "2026-12-03"), contactId: carmen }, NOW))).toMatchObject({ ok: true, changed: true });
    // An appointment that is over cannot be cancelled.
    const later = new Date("2026-12-04T00:00:00Z");
    const [done] = await inTenant((tx) => tx.select().from(appointments).where(and(eq(appointments.tenantId, owner.tenantId), eq(appointments.contactId, carmen), eq(appointments.startsAt, at("09:00", "2026-12-03")))));
    expect(await inTenant((tx) => cancelAppointment(tx, owner.tenantId, { appointmentId: done.id }, later))).toEqual({ ok: false, reason: "past" });
  });
});
