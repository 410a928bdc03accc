import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { tenants } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { openPgliteTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { factValues, listFacts } from "./facts";
import { listHolidays, replaceOpeningHours } from "./hours";
import { listKnowledgeEntries, searchKnowledge } from "./knowledge";
import { describeHours, loadSchedule } from "./schedule";
import { formatMoney, listServices } from "./services";

// Its own PGlite, as the seed's test: the demo's fixed slug and emails must not meet other suites' data.
let database: Database;
let tenantId: string;
const as = <T>(fn: Parameters<typeof withTenant<T>>[1]) => withTenant(tenantId, fn, database.db);

beforeAll(async () => {
  database = await openPgliteTestDatabase();
  const { slug } = await seedDemo(database.db);
  await seedDemo(database.db);
  [{ id: tenantId }] = await database.db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, slug));
});
afterAll(async () => {
  await database?.close();
});

it("gives the demo clinic its hours, holidays and address, once", async () => {
  const schedule = await as((tx) => loadSchedule(tx, tenantId, new Date("2026-11-23T10:00:00Z")));
  expect(describeHours(schedule, "es").map((d) => d.label)).toEqual([
    "lunes: 9:00–14:00 y 16:00–20:00",
    "martes: 9:00–14:00 y 16:00–20:00",
    "miércoles: 9:00–14:00 y 16:00–20:00",
    "jueves: 9:00–14:00 y 16:00–20:00",
    "viernes: 9:00–15:00",
    "sábado: cerrado",
    "domingo: cerrado",
  ]);
  expect((await as((tx) => listHolidays(tx, tenantId))).map((h) => [h.date, h.name])).toEqual([
    ["2026-12-08", "Inmaculada Concepción"],
    ["2026-12-25", "Navidad"],
  ]);
  expect(await as((tx) => factValues(tx, tenantId))).toMatchObject({ address: "Calle Mayor 12, 28013 Madrid" });
  const facts = await as((tx) => listFacts(tx, tenantId));
  expect(facts.every((f) => f.reviewedBy && f.reviewedAt)).toBe(true);
});

it("gives it Spanish FAQs the assistant can find, and priced services", async () => {
  const faqs = await as((tx) => listKnowledgeEntries(tx, tenantId));
  expect(faqs.length).toBeGreaterThanOrEqual(6);
  expect(faqs.length).toBeLessThanOrEqual(8);
  expect(faqs.every((f) => f.language === "es")).toBe(true);
  const ask = async (q: string) => (await as((tx) => searchKnowledge(tx, tenantId, q, { language: "es" })))[0]?.question;
  expect(await ask("¿hay sitio para aparcar el coche?")).toBe("¿Dónde puedo aparcar?");
  expect(await ask("se puede pagar con bizum")).toBe("¿Qué formas de pago aceptáis?");
  expect(await ask("¿trabajáis con Sanitas?")).toBe("¿Trabajáis con seguros o mutuas?");
  expect(await ask("pagar a plazos")).toBe("¿Puedo financiar el tratamiento?");

  const services = await as((tx) => listServices(tx, tenantId));
  expect(services).toHaveLength(5);
  const cleaning = services.find((s) => s.name === "Limpieza dental")!;
  expect([formatMoney(cleaning.priceMicros!, cleaning.currency, "es"), cleaning.durationMinutes]).toEqual(["60,00 €", 45]);
});

it("never doubles a week someone has edited", async () => {
  await as((tx) => replaceOpeningHours(tx, tenantId, [{ weekday: 1, opens: "10:00", closes: "18:00" }]));
  await seedDemo(database.db);
  const schedule = await as((tx) => loadSchedule(tx, tenantId));
  expect(schedule.hours).toEqual([{ weekday: 1, opens: "10:00", closes: "18:00" }]);
});
