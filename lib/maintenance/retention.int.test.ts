import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { maintenanceRuns, webhookEvents } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { purgeOldWebhookEvents, recordMaintenanceRun, WEBHOOK_RETENTION_DAYS } from "./retention";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

// Long past, so rows other suites write into this run's shared PostgreSQL database (stamped with
// the real clock) are never old enough to be counted here.
const NOW = new Date("2001-06-01T03:00:00.000Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 24 * 60 * 60 * 1000);

/** Seeded as the owner on purpose: the purge is a cross-tenant system job, and so is its fixture. */
async function webhookEvent(tenantId: string, receivedAt: Date) {
  const [row] = await database.db
    .insert(webhookEvents)
    .values({ tenantId, provider: "simulator", kind: "message", payload: { at: receivedAt.toISOString() }, signatureValid: true, receivedAt })
    .returning({ id: webhookEvents.id });
  return row.id;
}

describe("webhook retention", () => {
  it("purges every workspace's events older than the retention period and keeps the rest", async () => {
    const a = await createOwnerWorkspace(database.db, "Retención A");
    const b = await createOwnerWorkspace(database.db, "Retención B");
    const old = [await webhookEvent(a.tenantId, daysAgo(WEBHOOK_RETENTION_DAYS + 1)), await webhookEvent(b.tenantId, daysAgo(400))];
    const kept = [
      await webhookEvent(a.tenantId, daysAgo(1)),
      await webhookEvent(b.tenantId, daysAgo(WEBHOOK_RETENTION_DAYS - 1)),
      await webhookEvent(a.tenantId, daysAgo(WEBHOOK_RETENTION_DAYS)), // exactly at the cutoff: not yet older
    ];

    expect(await purgeOldWebhookEvents(NOW, database.db)).toBe(old.length);
    const left = await database.db.select({ id: webhookEvents.id }).from(webhookEvents).where(inArray(webhookEvents.id, [...old, ...kept]));
    expect(left.map((r) => r.id).sort()).toEqual([...kept].sort());

    // Safe to repeat: nothing further is old enough.
    expect(await purgeOldWebhookEvents(NOW, database.db)).toBe(0);
  });

  it("records a maintenance run with its details", async () => {
    const row = await recordMaintenanceRun("nightly-maintenance", { purgedWebhookEvents: 2 }, database.db);
    expect(row).toMatchObject({ task: "nightly-maintenance", details: { purgedWebhookEvents: 2 } });
    expect(row.ranAt).toBeInstanceOf(Date);
    const [stored] = await database.db.select().from(maintenanceRuns).where(eq(maintenanceRuns.id, row.id));
    expect(stored).toEqual(row);
  });
});
