import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { auditLog } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { importFaqs, importServices } from "./business-csv";
import { listKnowledgeEntries, searchKnowledge } from "./knowledge";
import { listServices } from "./services";

let database: Database;
let owner: Awaited<ReturnType<typeof createOwnerWorkspace>>;
const as = <T>(fn: Parameters<typeof withTenant<T>>[1]) => withTenant(owner.tenantId, fn, database.db);

beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createOwnerWorkspace(database.db, "Importar");
});
afterAll(async () => {
  await database?.close();
});

const faqs = [
  "pregunta;respuesta;variantes;etiquetas;idioma",
  "¿Hay parking?;Sí, en la calle Mayor 20.;¿Dónde aparco?|¿Se puede aparcar?;parking;es",
  "¿Aceptáis tarjeta?;Sí, y también Bizum.;;pago;es",
  "Do you take cards?;Yes, and Bizum too.;;payments;en",
].join("\n");

it("imports FAQs in one go, searchable at once, and updates them when the same file comes again", async () => {
  const first = await as((tx) => importFaqs(tx, owner, { name: "faqs.csv", text: faqs }));
  expect(first).toEqual({ ok: true, summary: { rows: 3, created: 3, updated: 0 } });
  const [hit] = await as((tx) => searchKnowledge(tx, owner.tenantId, "donde aparco", { language: "es" }));
  expect(hit.question).toBe("¿Hay parking?");

  const changed = faqs.replace("Sí, y también Bizum.", "Sí, tarjeta y efectivo.") + "\n¿Financiáis?;Sí, hasta 24 meses.;;;es";
  const second = await as((tx) => importFaqs(tx, owner, { name: "faqs.csv", text: changed }));
  expect(second).toEqual({ ok: true, summary: { rows: 4, created: 1, updated: 3 } });
  const entries = await as((tx) => listKnowledgeEntries(tx, owner.tenantId));
  expect(entries).toHaveLength(4);
  expect(entries.find((e) => e.question === "¿Aceptáis tarjeta?")?.answer).toBe("Sí, tarjeta y efectivo.");
  expect(entries.find((e) => e.question === "¿Hay parking?")?.variants).toEqual(["¿Dónde aparco?", "¿Se puede aparcar?"]);

  const audits = await database.db.select().from(auditLog).where(and(eq(auditLog.tenantId, owner.tenantId), eq(auditLog.action, "knowledge.imported")));
  expect(audits.map((a) => a.data)).toContainEqual({ fileName: "faqs.csv", rows: 4, created: 1, updated: 3 });
});

it("imports nothing from a FAQ file with one bad row", async () => {
  const bad = "question,answer\n¿Nueva?,Sí.\n¿Otra nueva?,\n";
  const result = await as((tx) => importFaqs(tx, owner, { name: "mal.csv", text: bad }));
  expect(result).toMatchObject({ ok: false, fileProblem: null, problemCount: 1, problems: [{ row: 3, reason: "answer_missing" }] });
  expect(await as((tx) => listKnowledgeEntries(tx, owner.tenantId))).toHaveLength(4);
});

it("imports services with their prices, and replaces a service of the same name", async () => {
  const csv = "name,price,currency,duration,description\nLimpieza dental,\"60,00\",EUR,45,Con revisión\nBlanqueamiento,250,EUR,60,\n";
  expect(await as((tx) => importServices(tx, owner, { name: "servicios.csv", text: csv }))).toEqual({ ok: true, summary: { rows: 2, created: 2, updated: 0 } });
  const again = await as((tx) => importServices(tx, owner, { name: "servicios.csv", text: "nombre;precio\nlimpieza dental;65\n" }));
  expect(again).toEqual({ ok: true, summary: { rows: 1, created: 0, updated: 1 } });
  const list = await as((tx) => listServices(tx, owner.tenantId));
  expect(list.map((s) => [s.name, s.priceMicros, s.durationMinutes])).toEqual([
    ["Blanqueamiento", 250_000_000, 60],
    ["limpieza dental", 65_000_000, null],
  ]);

  const bad = await as((tx) => importServices(tx, owner, { name: "mal.csv", text: "name,price\nFérula,90\nEmpaste,cincuenta\n" }));
  expect(bad).toMatchObject({ ok: false, problems: [{ row: 3, reason: "price_invalid", value: "cincuenta" }] });
  expect(await as((tx) => listServices(tx, owner.tenantId))).toHaveLength(2);
});
