import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { channels, messageTemplates, simulatorTemplates, tenants } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { openPgliteTestDatabase } from "@/db/testing/test-database";
import { listApprovedTemplates } from "./queries";
import { withTenant } from "@/lib/tenancy/with-tenant";

// Its own PGlite, as the seed's test: the demo's fixed slug and emails must not meet other suites' data.
let database: Database;
beforeAll(async () => {
  database = await openPgliteTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

it("gives the demo clinic's simulator number two approved templates, in the app and in the simulator, once", async () => {
  const { slug } = await seedDemo(database.db);
  await seedDemo(database.db);
  const [tenant] = await database.db.select().from(tenants).where(eq(tenants.slug, slug));
  const [channel] = await database.db.select().from(channels).where(eq(channels.tenantId, tenant.id));
  const ctx = { tenantId: tenant.id, userId: tenant.id, role: "owner" as const, tenant };

  const approved = await withTenant(tenant.id, (tx) => listApprovedTemplates(tx, ctx, channel.id), database.db);
  expect(approved.map((t) => [t.name, t.category, t.variableCounts])).toEqual([
    ["promo_blanqueamiento", "MARKETING", { body: 1 }],
    ["recordatorio_cita", "UTILITY", { body: 3 }],
  ]);
  expect(approved[1].body).toBe("Hola {{1}}, te recordamos tu cita el {{2}} a las {{3}}. Responde a este mensaje si necesitas cambiarla.");

  const simulator = await database.db.select().from(simulatorTemplates).where(eq(simulatorTemplates.tenantId, tenant.id));
  expect(simulator.map((t) => [t.wabaId, t.name, t.language, t.status]).sort()).toEqual([
    [channel.phoneNumberId, "promo_blanqueamiento", "es", "APPROVED"],
    [channel.phoneNumberId, "recordatorio_cita", "es", "APPROVED"],
  ]);
  const rows = await database.db.select().from(messageTemplates).where(eq(messageTemplates.tenantId, tenant.id));
  expect(rows.map((r) => r.providerTemplateId).sort()).toEqual(simulator.map((s) => s.id).sort());
  const promo = rows.find((r) => r.name === "promo_blanqueamiento")!;
  expect(promo.components.at(-1)).toEqual({ type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "Quiero una cita" }, { type: "QUICK_REPLY", text: "No me interesa" }] });
});
