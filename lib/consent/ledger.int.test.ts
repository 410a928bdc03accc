import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { contacts } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { consentStates, currentConsent, recordConsent } from "./ledger";

let database: Database;
let a: Awaited<ReturnType<typeof createOwnerWorkspace>>;
let b: Awaited<ReturnType<typeof createOwnerWorkspace>>;
let ana: string;
let luis: string;
let other: string;
const at = (day: number) => new Date(Date.UTC(2025, 0, day));

beforeAll(async () => {
  database = await openTestDatabase();
  a = await createOwnerWorkspace(database.db, "Ledger A");
  b = await createOwnerWorkspace(database.db, "Ledger B");
  [ana, luis] = await withTenant(a.tenantId, async (tx) => (await tx.insert(contacts).values([{ tenantId: a.tenantId, waId: "34600000001" }, { tenantId: a.tenantId, waId: "34600000002" }]).returning()).map((c) => c.id), database.db);
  [other] = await withTenant(b.tenantId, async (tx) => (await tx.insert(contacts).values({ tenantId: b.tenantId, waId: "34600000001" }).returning()).map((c) => c.id), database.db);
  await withTenant(
    a.tenantId,
    async (tx) => {
      // Written out of order: "current" is the newest by when it happened.
      await recordConsent(tx, a.tenantId, { contactId: ana, category: "marketing", status: "opted_out", source: "whatsapp:keyword", wording: "BAJA", recordedAt: at(3) });
      await recordConsent(tx, a.tenantId, { contactId: ana, category: "marketing", status: "opted_in", source: "web_form", evidence: { ip: "203.0.113.1" }, recordedAt: at(1) });
      await recordConsent(tx, a.tenantId, { contactId: ana, category: "utility", status: "opted_in", source: "csv_import", recordedBy: a.userId, recordedAt: at(2) });
    },
    database.db,
  );
  await withTenant(b.tenantId, (tx) => recordConsent(tx, b.tenantId, { contactId: other, category: "marketing", status: "opted_in", source: "web_form" }), database.db);
});
afterAll(async () => {
  await database?.close();
});

it("the current consent is the newest row of its category; never said is null", async () => {
  const [marketing, utility, none] = await withTenant(
    a.tenantId,
    (tx) => Promise.all([currentConsent(tx, a.tenantId, ana, "marketing"), currentConsent(tx, a.tenantId, ana, "utility"), currentConsent(tx, a.tenantId, luis, "marketing")]),
    database.db,
  );
  expect(marketing).toEqual({ category: "marketing", status: "opted_out", source: "whatsapp:keyword", wording: "BAJA", evidence: null, recordedAt: at(3) });
  expect(utility).toMatchObject({ status: "opted_in", source: "csv_import", recordedAt: at(2) });
  expect(none).toBeNull();
});

it("consentStates gives every category of many contacts at once, and only the workspace's own", async () => {
  const states = await withTenant(a.tenantId, (tx) => consentStates(tx, a.tenantId, [ana, luis, other]), database.db);
  expect([...states.keys()]).toEqual([ana]);
  expect(states.get(ana)?.marketing?.status).toBe("opted_out");
  expect(states.get(ana)?.utility?.status).toBe("opted_in");
  expect(await withTenant(a.tenantId, (tx) => consentStates(tx, a.tenantId, []), database.db)).toEqual(new Map());
});
