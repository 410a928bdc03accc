import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { messageTemplates } from "@/db/schema";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { SIM_BASE, simulatorWorld } from "@/lib/whatsapp/simulator/test-kit";
import { validateTemplateForm, type TemplateFormInput } from "./definition";
import { listApprovedTemplates } from "./queries";
import { submitTemplate } from "./submit-template";
import { syncTemplates } from "./sync-templates";

// The real path: Meta client → the simulator's Graph API (in-process) → its review → a signed
// template webhook → the app's intake → applyTemplateUpdate.
let database: Database;
let world: Awaited<ReturnType<typeof simulatorWorld>>;

beforeAll(async () => {
  database = await openTestDatabase();
  world = await simulatorWorld(database.db, { forwardToIntake: true });
});
afterAll(async () => {
  await world?.settle();
  await database?.close();
});

const deps = () => ({ db: database.db, fetch: world.fetchWith(), simulatorUrl: SIM_BASE });
const definition = (over: Partial<TemplateFormInput>) => {
  const r = validateTemplateForm({ name: "x", language: "es", category: "UTILITY", body: "Hola {{1}}, te recordamos tu cita del {{2}}. Responde si necesitas cambiarla.", bodyExamples: ["Carmen", "jueves"], ...over });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.definition;
};
const statusOf = async (name: string) =>
  (
    await withTenant(
      world.owner.tenantId,
      (tx) => tx.select().from(messageTemplates).where(and(eq(messageTemplates.tenantId, world.owner.tenantId), eq(messageTemplates.channelId, world.channel.id), eq(messageTemplates.name, name))),
      database.db,
    )
  )[0];

it("a template submitted on a simulator number is reviewed and arrives APPROVED, ready for pickers", async () => {
  const outcome = await submitTemplate(world.owner, world.channel.id, definition({ name: "recordatorio_cita", quickReplies: ["Confirmar"] }), deps());
  expect(outcome).toMatchObject({ status: "submitted" });
  await expect.poll(async () => (await statusOf("recordatorio_cita"))?.status, { timeout: 5000 }).toBe("APPROVED");
  const approved = await withTenant(world.owner.tenantId, (tx) => listApprovedTemplates(tx, world.owner, world.channel.id), database.db);
  expect(approved.map((t) => [t.name, t.variableCounts])).toEqual([["recordatorio_cita", { body: 2 }]]);
});

it("a utility template with promotional wording comes back rejected with Meta's reason", async () => {
  await submitTemplate(world.owner, world.channel.id, definition({ name: "aviso_oferta", body: "Hola {{1}}, esta semana tenemos un descuento en limpiezas dentales.", bodyExamples: ["Carmen"] }), deps());
  await expect.poll(async () => (await statusOf("aviso_oferta"))?.status, { timeout: 5000 }).toBe("REJECTED");
  expect((await statusOf("aviso_oferta"))?.rejectedReason).toBe("TAG_CONTENT_MISMATCH");
});

it("sync brings in a template created elsewhere on the same WABA", async () => {
  const created = await world.client.createTemplate(definition({ name: "creada_fuera", category: "MARKETING" }));
  await expect.poll(async () => (await world.client.listTemplates()).find((t) => t.id === created.id)?.status, { timeout: 5000 }).toBe("APPROVED");
  const outcome = await syncTemplates(world.owner, world.channel.id, deps());
  expect(outcome.created).toBe(1);
  expect(await statusOf("creada_fuera")).toMatchObject({ status: "APPROVED", category: "MARKETING", providerTemplateId: created.id, variableCounts: { body: 2 } });
});
