import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "./engine";
import { consents, contacts, conversations, memberships, messages, tenants } from "./schema";
import { seedDemo } from "./seed";
import { openPgliteTestDatabase } from "./testing/test-database";

// Its own PGlite: the demo's fixed slug and emails must not meet other suites' data.
let database: Database;
beforeAll(async () => {
  database = await openPgliteTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function counts(tenantId: string) {
  const n = async (table: typeof contacts | typeof conversations | typeof messages | typeof consents | typeof memberships) =>
    (await database.db.select({ n: count() }).from(table).where(eq(table.tenantId, tenantId)))[0].n;
  return { memberships: await n(memberships), contacts: await n(contacts), consents: await n(consents), conversations: await n(conversations), messages: await n(messages) };
}

it("seeds the demo clinic, and seeding again duplicates nothing", async () => {
  const result = await seedDemo(database.db);
  const [tenant] = await database.db.select().from(tenants).where(eq(tenants.slug, result.slug));
  expect(tenant).toMatchObject({ name: "Clínica Dental Sonrisa", timeZone: "Europe/Madrid", defaultLocale: "es" });
  const first = await counts(tenant.id);
  expect(first).toEqual({ memberships: 2, contacts: 4, consents: 4, conversations: 4, messages: 10 });
  expect(result.users.map((u) => u.role)).toEqual(["owner", "agent"]);

  await seedDemo(database.db);
  expect(await counts(tenant.id)).toEqual(first);
  expect(await database.db.select().from(tenants)).toHaveLength(1);
});
