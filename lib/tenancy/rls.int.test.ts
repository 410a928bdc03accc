import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channels, consents, contacts, conversations, memberships, messages, tenants } from "@/db/schema";
import type { Database } from "@/db/engine";
import { rejection } from "@/db/testing/errors";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openDatabase } from "@/db/engine";
import { openPgliteTestDatabase, postgresTestUrl } from "@/db/testing/test-database";
import { withTenant, withUser } from "./with-tenant";

// The same suite on both engines: the embedded default and PostgreSQL (when this run has one).
const engines: [string, () => Promise<Database>][] = [["pglite", openPgliteTestDatabase]];
const pgUrl = postgresTestUrl();
if (pgUrl) engines.push(["postgres", async () => openDatabase({ url: pgUrl, max: 4 })]);

describe.each(engines)("row-level security on %s", (_engine, open) => {
  let database: Database;
  let a: Awaited<ReturnType<typeof createOwnerWorkspace>>;
  let b: Awaited<ReturnType<typeof createOwnerWorkspace>>;

  beforeAll(async () => {
    database = await open();
    a = await createOwnerWorkspace(database.db, "Clínica A");
    b = await createOwnerWorkspace(database.db, "Tienda B");
    for (const ws of [a, b]) {
      await withTenant(
        ws.tenantId,
        async (tx) => {
          const [ch] = await tx.insert(channels).values({ tenantId: ws.tenantId, provider: "simulator", name: "sim", verifyToken: "v" }).returning();
          const [ct] = await tx.insert(contacts).values({ tenantId: ws.tenantId, waId: "34600000001", name: `Cliente de ${ws.tenant.name}` }).returning();
          await tx.insert(consents).values({ tenantId: ws.tenantId, contactId: ct.id, category: "marketing", status: "opted_in", source: "test" });
          const [cv] = await tx.insert(conversations).values({ tenantId: ws.tenantId, contactId: ct.id, channelId: ch.id }).returning();
          await tx.insert(messages).values({ tenantId: ws.tenantId, conversationId: cv.id, channelId: ch.id, direction: "inbound", author: "contact", body: "hola", wamid: `wamid.${ws.tenantId}` });
        },
        database.db,
      );
    }
  });

  afterAll(async () => {
    await database?.close();
  });

  it("a query that forgets its tenant filter still sees only its own workspace", async () => {
    const seen = await withTenant(
      a.tenantId,
      async (tx) => ({
        contacts: await tx.select().from(contacts),
        conversations: await tx.select().from(conversations),
        messages: await tx.select().from(messages),
        channels: await tx.select().from(channels),
        consents: await tx.select().from(consents),
        memberships: await tx.select().from(memberships),
        tenants: await tx.select().from(tenants),
      }),
      database.db,
    );
    for (const [table, rows] of Object.entries(seen)) {
      expect(rows.length, table).toBeGreaterThan(0);
      for (const row of rows as { tenantId?: string; id: string }[]) expect(row.tenantId ?? row.id, table).toBe(a.tenantId);
    }
    expect(seen.contacts.map((c) => c.name)).toEqual(["Cliente de Clínica A"]);
  });

  it("cannot write a row into another workspace", async () => {
    expect(await rejection(withTenant(a.tenantId, (tx) => tx.insert(contacts).values({ tenantId: b.tenantId, waId: "34999999999" }), database.db))).toMatch(
      /row-level security/,
    );
    const updated = await withTenant(a.tenantId, (tx) => tx.update(contacts).set({ name: "hijacked" }).where(sql`true`).returning(), database.db);
    expect(updated.every((r) => r.tenantId === a.tenantId)).toBe(true);
    const bNames = await withTenant(b.tenantId, (tx) => tx.select({ name: contacts.name }).from(contacts), database.db);
    expect(bNames).toEqual([{ name: "Cliente de Tienda B" }]);
  });

  it("with no tenant set the app role sees nothing", async () => {
    const rows = await database.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', 'hilo_app', true)`);
      return tx.select().from(contacts);
    });
    expect(rows).toEqual([]);
  });

  it("a signed-in user sees only their own memberships and workspaces", async () => {
    const seen = await withUser(a.userId, async (tx) => ({ memberships: await tx.select().from(memberships), tenants: await tx.select().from(tenants) }), database.db);
    expect(seen.memberships.map((m) => m.userId)).toEqual([a.userId]);
    expect(seen.tenants.map((t) => t.id)).toEqual([a.tenantId]);
  });

  it("consents are append-only for the app", async () => {
    expect(await rejection(withTenant(a.tenantId, (tx) => tx.update(consents).set({ status: "opted_out" }), database.db))).toMatch(/permission denied/);
    expect(await rejection(withTenant(a.tenantId, (tx) => tx.delete(consents), database.db))).toMatch(/permission denied/);
    // Not even the tables' owner rewrites history.
    expect(await rejection(database.db.update(consents).set({ status: "opted_out" }))).toMatch(/append-only/);
  });

  it("the tenant setting does not outlive its transaction", async () => {
    await withTenant(a.tenantId, async () => undefined, database.db);
    const rows = await database.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', 'hilo_app', true)`);
      return tx.select().from(conversations);
    });
    expect(rows).toEqual([]);
  });
});
