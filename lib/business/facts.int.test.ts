import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { contactFactsInput, deleteFact, factValues, listFacts, saveContactFacts, saveFact } from "./facts";

let database: Database;
let owner: Awaited<ReturnType<typeof createOwnerWorkspace>>;
let other: Awaited<ReturnType<typeof createOwnerWorkspace>>;
const as = <T>(o: typeof owner, fn: Parameters<typeof withTenant<T>>[1]) => withTenant(o.tenantId, fn, database.db);

beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createOwnerWorkspace(database.db, "Hechos");
  other = await createOwnerWorkspace(database.db, "Otros hechos");
});
afterAll(async () => {
  await database?.close();
});

it("saves a fact once per key and language, stamped with who reviewed it and when", async () => {
  const first = new Date("2026-11-20T10:00:00Z");
  const saved = await as(owner, (tx) => saveFact(tx, owner, { key: "Parking", value: "Parking público en la calle Mayor 20.", language: "es" }, first));
  expect(saved).toMatchObject({ key: "parking", language: "es", reviewedBy: owner.userId, reviewedAt: first });

  const later = new Date("2026-11-21T10:00:00Z");
  const again = await as(owner, (tx) => saveFact(tx, owner, { key: "parking", value: "Parking gratuito para pacientes." }, later));
  expect(again.id).toBe(saved.id);
  expect(again).toMatchObject({ value: "Parking gratuito para pacientes.", reviewedAt: later });
  await as(owner, (tx) => saveFact(tx, owner, { key: "parking", value: "Free parking for patients.", language: "en" }));

  expect(await as(owner, (tx) => factValues(tx, owner.tenantId, "es"))).toEqual({ parking: "Parking gratuito para pacientes." });
  expect(await as(owner, (tx) => factValues(tx, owner.tenantId, "en"))).toEqual({ parking: "Free parking for patients." });
  expect(await as(other, (tx) => listFacts(tx, other.tenantId))).toEqual([]);

  expect(await as(other, (tx) => deleteFact(tx, other.tenantId, "parking", "es"))).toBe(false);
  expect(await as(owner, (tx) => deleteFact(tx, owner.tenantId, "parking", "en"))).toBe(true);
  expect((await as(owner, (tx) => listFacts(tx, owner.tenantId))).map((f) => [f.key, f.language])).toEqual([["parking", "es"]]);
});

it("refuses keys that are not plain identifiers and empty values", async () => {
  await expect(as(owner, (tx) => saveFact(tx, owner, { key: "mi clave", value: "x" }))).rejects.toThrow();
  await expect(as(owner, (tx) => saveFact(tx, owner, { key: "address", value: "   " }))).rejects.toThrow();
});

it("saves the settings form's contact facts and removes the ones left empty", async () => {
  await as(owner, (tx) => saveContactFacts(tx, owner, { address: "Calle Mayor 12, 28013 Madrid", phone: "+34 910 000 000", website: "clinicasonrisa.es", email: "hola@clinicasonrisa.es" }));
  let facts = await as(owner, (tx) => factValues(tx, owner.tenantId));
  expect(facts).toMatchObject({ address: "Calle Mayor 12, 28013 Madrid", phone: "+34 910 000 000", website: "clinicasonrisa.es", email: "hola@clinicasonrisa.es" });

  await as(owner, (tx) => saveContactFacts(tx, owner, { address: "Calle Mayor 12, 28013 Madrid", phone: "", website: "", email: "" }));
  facts = await as(owner, (tx) => factValues(tx, owner.tenantId));
  expect(facts).toEqual({ address: "Calle Mayor 12, 28013 Madrid", parking: "Parking gratuito para pacientes." });
});

it("checks phone, website and email as the form sends them", () => {
  expect(contactFactsInput.safeParse({ phone: "+34 (91) 000-00-00", website: "https://www.clínica.es/cita", email: "" }).success).toBe(true);
  expect(contactFactsInput.safeParse({ phone: "llámanos" }).success).toBe(false);
  expect(contactFactsInput.safeParse({ website: "no es una web" }).success).toBe(false);
  expect(contactFactsInput.safeParse({ email: "hola@" }).success).toBe(false);
});
