import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { appointments, leadQuestions, orders, resources, tenants } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { openPgliteTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { bookAppointment } from "./appointments";
import { lookupOrder } from "./orders";
import { addDays, localParts } from "./schedule-time";

// Its own PGlite: the demo's fixed slug and emails must not meet other suites' data.
let database: Database;
beforeAll(async () => {
  database = await openPgliteTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

it("seeds the clinic's orders, dentists, appointments and lead questions, once", async () => {
  const now = new Date("2026-11-25T10:00:00Z");
  await seedDemo(database.db, now);
  const [tenant] = await database.db.select().from(tenants).where(eq(tenants.slug, "clinica-sonrisa"));
  const order = await withTenant(tenant.id, (tx) => lookupOrder(tx, tenant.id, "#8842"), database.db);
  expect(order).toMatchObject({ status: "shipped", carrier: "SEUR", eta: addDays(localParts(now, "Europe/Madrid").date, 2), deliveryOptions: ["Entrega el sábado por la mañana", "Recogida en la clínica"], customerPhone: "34612345678" });
  expect(order?.lines.map((l) => l.name)).toEqual(["Cepillo eléctrico"]);
  expect(order?.contactId).not.toBeNull();

  const counts = async () => {
    const n = async (table: typeof orders | typeof resources | typeof appointments | typeof leadQuestions) => (await database.db.select({ n: count() }).from(table).where(eq(table.tenantId, tenant.id)))[0].n;
    return { orders: await n(orders), resources: await n(resources), appointments: await n(appointments), leadQuestions: await n(leadQuestions) };
  };
  const first = await counts();
  expect(first).toEqual({ orders: 4, resources: 2, appointments: 3, leadQuestions: 3 });
  expect((await database.db.select({ name: resources.name }).from(resources).where(eq(resources.tenantId, tenant.id))).map((r) => r.name).sort()).toEqual(["Dr. Luis Pardo", "Dra. Marta Gil"]);
  const upcoming = await database.db.select().from(appointments).where(eq(appointments.tenantId, tenant.id));
  expect(upcoming.every((a) => a.startsAt > now && a.status === "booked" && a.serviceId)).toBe(true);
  // Inside the demo hours, and taken: booking any of them again is refused as taken, not as closed.
  for (const a of upcoming) expect(await withTenant(tenant.id, (tx) => bookAppointment(tx, tenant.id, { startsAt: a.startsAt, resourceId: a.resourceId }, now), database.db)).toEqual({ ok: false, reason: "taken" });
  const lines = await withTenant(tenant.id, (tx) => lookupOrder(tx, tenant.id, "8847"), database.db);
  expect(lines?.lines.map((l) => l.name)).toEqual(["Kit blanqueamiento", "Recambio cabezal"]);

  await seedDemo(database.db, new Date(now.getTime() + 86_400_000));
  expect(await counts()).toEqual(first);
});
