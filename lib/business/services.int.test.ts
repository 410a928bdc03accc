import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createService, deleteService, formatMoney, getService, listServices, serviceFormInput, updateService } from "./services";

let database: Database;
let owner: Awaited<ReturnType<typeof createOwnerWorkspace>>;
let other: Awaited<ReturnType<typeof createOwnerWorkspace>>;
const as = <T>(o: typeof owner, fn: Parameters<typeof withTenant<T>>[1]) => withTenant(o.tenantId, fn, database.db);

beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createOwnerWorkspace(database.db, "Servicios");
  other = await createOwnerWorkspace(database.db, "Otros servicios");
});
afterAll(async () => {
  await database?.close();
});

it("creates a service from the form's text: a decimal comma or point, minutes, currency", async () => {
  const comma = serviceFormInput.parse({ name: " Limpieza dental ", price: "60,00", currency: "eur", duration: "45", description: "" });
  expect(comma).toEqual({ name: "Limpieza dental", description: null, priceMicros: 60_000_000, currency: "EUR", durationMinutes: 45, bookable: true, active: true });
  expect(serviceFormInput.parse({ name: "Limpieza", price: "60.00" }).priceMicros).toBe(60_000_000);
  expect(serviceFormInput.parse({ name: "Ortodoncia", price: "", duration: "" })).toMatchObject({ priceMicros: null, durationMinutes: null });
  expect(serviceFormInput.safeParse({ name: "Limpieza", price: "sesenta" }).success).toBe(false);
  expect(serviceFormInput.safeParse({ name: "Limpieza", duration: "0" }).success).toBe(false);
  expect(serviceFormInput.safeParse({ name: "", price: "60" }).success).toBe(false);

  const service = await as(owner, (tx) => createService(tx, owner.tenantId, comma));
  expect(formatMoney(service.priceMicros!, service.currency, "es")).toBe("60,00 €");
  expect(await as(owner, (tx) => getService(tx, owner.tenantId, service.id))).toMatchObject({ name: "Limpieza dental", durationMinutes: 45 });
  expect(await as(other, (tx) => getService(tx, other.tenantId, service.id))).toBeNull();
});

it("lists by name, updates, hides inactive ones when asked and deletes only its own", async () => {
  const a = await as(owner, (tx) => createService(tx, owner.tenantId, { name: "Blanqueamiento", priceMicros: 250_000_000, durationMinutes: 60 }));
  const b = await as(owner, (tx) => createService(tx, owner.tenantId, { name: "Consulta de urgencia", priceMicros: null, bookable: false }));
  expect((await as(owner, (tx) => listServices(tx, owner.tenantId))).map((s) => s.name)).toEqual(["Blanqueamiento", "Consulta de urgencia", "Limpieza dental"]);

  const changed = await as(owner, (tx) => updateService(tx, owner.tenantId, a.id, { name: "Blanqueamiento LED", priceMicros: 199_000_000, currency: "EUR", durationMinutes: 75, active: false }));
  expect(changed).toMatchObject({ name: "Blanqueamiento LED", priceMicros: 199_000_000, durationMinutes: 75, active: false });
  expect(await as(other, (tx) => updateService(tx, other.tenantId, a.id, { name: "Robado" }))).toBeNull();
  expect((await as(owner, (tx) => listServices(tx, owner.tenantId, { activeOnly: true }))).map((s) => s.name)).toEqual(["Consulta de urgencia", "Limpieza dental"]);

  expect(await as(other, (tx) => deleteService(tx, other.tenantId, b.id))).toBe(false);
  expect(await as(owner, (tx) => deleteService(tx, owner.tenantId, b.id))).toBe(true);
  expect(await as(owner, (tx) => listServices(tx, owner.tenantId))).toHaveLength(2);
});
