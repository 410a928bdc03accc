import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { auditLog, channels, contacts, conversations, tenants, type TenantSettings } from "@/db/schema";
import { createOwnerWorkspace, uniq } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { autoCloseHoursFor, closeIfIdle, DEFAULT_AUTO_CLOSE_HOURS } from "./auto-close";

let database: Database;
let tenantId: string;
beforeAll(async () => {
  database = await openTestDatabase();
  ({ tenantId } = await createOwnerWorkspace(database.db, "Cierre"));
});
afterAll(async () => {
  await database?.close();
});

const T0 = new Date("2026-03-01T10:00:00.000Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

/** A conversation in `forTenant`; `lastMessageAt` omitted means the database's now(), with microseconds. */
async function conversation(forTenant: string, lastMessageAt?: Date, status: "open" | "pending" = "open") {
  return withTenant(
    forTenant,
    async (tx) => {
      const [ch] = await tx.insert(channels).values({ tenantId: forTenant, provider: "simulator", name: "sim", verifyToken: "v" }).returning();
      const [ct] = await tx.insert(contacts).values({ tenantId: forTenant, waId: uniq("346") }).returning();
      const [cv] = await tx.insert(conversations).values({ tenantId: forTenant, contactId: ct.id, channelId: ch.id, status, lastMessageAt }).returning();
      return cv;
    },
    database.db,
  );
}

const load = (id: string, forTenant = tenantId) =>
  withTenant(forTenant, async (tx) => (await tx.select().from(conversations).where(and(eq(conversations.tenantId, forTenant), eq(conversations.id, id))))[0], database.db);

const auditRows = (id: string) =>
  withTenant(tenantId, (tx) => tx.select().from(auditLog).where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.targetId, id))), database.db);

async function setSettings(settings: TenantSettings | Record<string, unknown>) {
  await database.db.update(tenants).set({ settings: settings as TenantSettings }).where(eq(tenants.id, tenantId));
}

describe("closeIfIdle", () => {
  it("closes a conversation quiet since the given time, with an audit row and no actor", async () => {
    const cv = await conversation(tenantId, T0, "pending");
    expect(await closeIfIdle(tenantId, cv.id, T0, database.db)).toEqual({ closed: true });
    const after = await load(cv.id);
    expect(after).toMatchObject({ status: "closed", resolution: "auto_closed_idle" });
    expect(after.closedAt).toBeInstanceOf(Date);
    const audit = await auditRows(cv.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "conversation.auto_closed", actorUserId: null, targetType: "conversation" });
  });

  it("leaves open a conversation with a message newer than the idle mark", async () => {
    const cv = await conversation(tenantId, minutes(1));
    expect(await closeIfIdle(tenantId, cv.id, T0, database.db)).toEqual({ closed: false });
    expect(await load(cv.id)).toMatchObject({ status: "open", closedAt: null, resolution: null });
    expect(await auditRows(cv.id)).toHaveLength(0);
  });

  it("is safe to repeat: the second call changes nothing and writes no second audit row", async () => {
    const cv = await conversation(tenantId, T0);
    await closeIfIdle(tenantId, cv.id, minutes(5), database.db);
    const first = await load(cv.id);
    expect(await closeIfIdle(tenantId, cv.id, minutes(10), database.db)).toEqual({ closed: false });
    expect((await load(cv.id)).closedAt).toEqual(first.closedAt);
    expect(await auditRows(cv.id)).toHaveLength(1);
  });

  it("treats the triggering message's own time (millisecond precision) as idle", async () => {
    const cv = await conversation(tenantId); // now() keeps microseconds; a JS Date cannot.
    expect(await closeIfIdle(tenantId, cv.id, cv.lastMessageAt, database.db)).toEqual({ closed: true });
  });

  it("does nothing to another workspace's conversation, even given its id", async () => {
    const other = await createOwnerWorkspace(database.db, "Ajena");
    const foreign = await conversation(other.tenantId, T0);
    expect(await closeIfIdle(tenantId, foreign.id, minutes(60), database.db)).toEqual({ closed: false });
    expect(await load(foreign.id, other.tenantId)).toMatchObject({ status: "open", closedAt: null });
  });
});

describe("autoCloseHoursFor", () => {
  it("uses the tenant's setting when it is 1..720 hours, the default otherwise", async () => {
    await setSettings({});
    expect(await autoCloseHoursFor(tenantId, database.db)).toBe(DEFAULT_AUTO_CLOSE_HOURS);
    await setSettings({ autoCloseHours: 48, brandColor: "#0a0" });
    expect(await autoCloseHoursFor(tenantId, database.db)).toBe(48);
    for (const bad of [0, 721, -5, "12", null]) {
      await setSettings({ autoCloseHours: bad });
      expect(await autoCloseHoursFor(tenantId, database.db)).toBe(DEFAULT_AUTO_CLOSE_HOURS);
    }
  });

  it("does not read another workspace's setting", async () => {
    const other = await createOwnerWorkspace(database.db, "Otra");
    await database.db.update(tenants).set({ settings: { autoCloseHours: 6 } }).where(eq(tenants.id, other.tenantId));
    await setSettings({ autoCloseHours: 72 });
    expect(await autoCloseHoursFor(tenantId, database.db)).toBe(72);
    expect(await autoCloseHoursFor(other.tenantId, database.db)).toBe(6);
  });
});
