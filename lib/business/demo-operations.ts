import { eq } from "drizzle-orm";
import type { Tx } from "@/db/engine";
import { appointments, holidays, leadQuestions, leads, orderLines, orders, resources, services } from "@/db/schema";
import { addDays, localParts, weekdayOf, zonedTime } from "./schedule-time";

/**
 * The demo clinic's operations: the shop side (it also sells products: an electric toothbrush, a
 * whitening kit), its two dentists, a few appointments in the coming days and the questions the
 * assistant asks an interested customer. Dates follow `now`, so order 8842 is always two days from
 * arriving. Safe to repeat: fixed ids, ON CONFLICT DO NOTHING. Runs as the tables' owner, like the
 * rest of the seed; imports nothing marked server-only.
 */

type DemoOrder = { number: string; contact: string; phone: string; name: string; status: string; carrier?: string; tracking?: string; etaInDays?: number; placedDaysAgo: number; options?: string[]; lines: [string, number, number][] };

const EUR = (units: number) => Math.round(units * 1_000_000);

export const DEMO_ORDERS: DemoOrder[] = [
  {
    number: "8842",
    contact: "carmen",
    phone: "34612345678",
    name: "Carmen López",
    status: "shipped",
    carrier: "SEUR",
    tracking: "SEUR-0718842",
    etaInDays: 2,
    placedDaysAgo: 3,
    options: ["Entrega el sábado por la mañana", "Recogida en la clínica"],
    lines: [["Cepillo eléctrico", 1, 89.9]],
  },
  { number: "8851", contact: "diego", phone: "34645678901", name: "Diego Navarro", status: "pending", placedDaysAgo: 0, lines: [["Kit blanqueamiento", 1, 49]] },
  { number: "8847", contact: "javier", phone: "34623456789", name: "Javier Ruiz", status: "processing", placedDaysAgo: 1, options: ["Recogida en la clínica"], lines: [["Kit blanqueamiento", 1, 49], ["Recambio cabezal", 2, 9.5]] },
  { number: "8790", contact: "ana", phone: "34634567890", name: "Ana Torres", status: "delivered", carrier: "Correos Express", tracking: "CEX55120790", etaInDays: -6, placedDaysAgo: 10, lines: [["Cepillo eléctrico", 1, 89.9], ["Recambio cabezal", 2, 9.5]] },
];

export const DEMO_RESOURCES = [
  { key: "marta", name: "Dra. Marta Gil" },
  { key: "luis", name: "Dr. Luis Pardo" },
];

/** Appointments on the next such weekday (1 = Monday) after today that is not a holiday, inside the demo hours. */
const DEMO_APPOINTMENTS = [
  { key: "carmen-limpieza", contact: "carmen", name: "Carmen López", resource: "marta", service: "Limpieza dental", weekday: 4, time: 18 * 60 + 30 },
  { key: "javier-revision", contact: "javier", name: "Javier Ruiz", resource: "luis", service: "Primera visita y diagnóstico", weekday: 2, time: 10 * 60 },
  { key: "ana-blanqueamiento", contact: "ana", name: "Ana Torres", resource: "marta", service: "Blanqueamiento dental", weekday: 3, time: 17 * 60 },
];

export const DEMO_LEAD_QUESTIONS = [
  { field: "nombre", question: "¿Cómo te llamas?", weight: 20 },
  { field: "tratamiento_de_interes", question: "¿Qué tratamiento te interesa?", weight: 40 },
  { field: "cuando_le_viene_bien", question: "¿Qué días y horas te vienen mejor para venir?", weight: 30 },
];

/** The first date after `today` that falls on `weekday` and is not a holiday. */
function nextDay(today: string, weekday: number, closed: Set<string>): string {
  let date = addDays(today, 1);
  while (weekdayOf(date) !== weekday || closed.has(date)) date = addDays(date, 1);
  return date;
}

export async function seedDemoOperations(tx: Tx, opts: { tenantId: string; timeZone: string; idFor: (key: string) => string; now: Date }): Promise<void> {
  const { tenantId, timeZone, idFor, now } = opts;
  const today = localParts(now, timeZone).date;
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

  for (const o of DEMO_ORDERS) {
    const orderId = idFor(`order:${o.number}`);
    const total = o.lines.reduce((sum, [, quantity, price]) => sum + EUR(price) * quantity, 0);
    const inserted = await tx
      .insert(orders)
      .values({
        id: orderId,
        tenantId,
        number: o.number,
        contactId: idFor(`contact:${o.contact}`),
        customerPhone: o.phone,
        customerName: o.name,
        status: o.status,
        totalMicros: total,
        currency: "EUR",
        carrier: o.carrier ?? null,
        trackingNumber: o.tracking ?? null,
        eta: o.etaInDays === undefined ? null : addDays(today, o.etaInDays),
        deliveryAddress: "Calle de Alcalá 120, 28009 Madrid",
        deliveryOptions: o.options ?? [],
        placedAt: daysAgo(o.placedDaysAgo),
      })
      .onConflictDoNothing()
      .returning({ id: orders.id });
    if (!inserted.length) continue; // already seeded: its lines too
    // Line ids start with their index, as orders.ts writes them, so lines read back in order.
    await tx.insert(orderLines).values(o.lines.map(([name, quantity, price], i) => ({ id: `${i.toString(16).padStart(8, "0")}${idFor(`order-line:${o.number}:${i}`).slice(8)}`, tenantId, orderId, name, quantity, unitPriceMicros: EUR(price) })));
  }

  for (const r of DEMO_RESOURCES) await tx.insert(resources).values({ id: idFor(`resource:${r.key}`), tenantId, name: r.name, kind: "staff" }).onConflictDoNothing();

  // Services and holidays come from the business seed (demo-business.ts, run first); an appointment without a service still shows.
  const known = await tx.select({ id: services.id, name: services.name, durationMinutes: services.durationMinutes }).from(services).where(eq(services.tenantId, tenantId));
  const closed = new Set((await tx.select({ date: holidays.date }).from(holidays).where(eq(holidays.tenantId, tenantId))).map((h) => h.date));
  for (const a of DEMO_APPOINTMENTS) {
    const service = known.find((s) => s.name === a.service);
    const startsAt = zonedTime(nextDay(today, a.weekday, closed), a.time, timeZone);
    const minutes = service?.durationMinutes ?? 30;
    await tx
      .insert(appointments)
      .values({ id: idFor(`appointment:${a.key}`), tenantId, contactId: idFor(`contact:${a.contact}`), serviceId: service?.id ?? null, resourceId: idFor(`resource:${a.resource}`), startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000), customerName: a.name, createdVia: "agent" })
      .onConflictDoNothing();
  }

  for (const [position, q] of DEMO_LEAD_QUESTIONS.entries()) {
    await tx.insert(leadQuestions).values({ id: idFor(`lead-question:${q.field}`), tenantId, position, field: q.field, question: q.question, language: "es", weight: q.weight }).onConflictDoNothing();
  }
  await tx
    .insert(leads)
    .values({ id: idFor("lead:diego"), tenantId, contactId: idFor("contact:diego"), interest: "ortodoncia invisible", fields: { nombre: "Diego Navarro", tratamiento_de_interes: "ortodoncia invisible" }, score: 60, stage: "qualified" })
    .onConflictDoNothing();
}
