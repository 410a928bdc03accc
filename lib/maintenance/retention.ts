import { count, lt } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { maintenanceRuns, webhookEvents } from "@/db/schema";

/** Raw webhook payloads are kept this long for audit and replay, then purged. */
export const WEBHOOK_RETENTION_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * System job: deletes every workspace's webhook events received more than
 * WEBHOOK_RETENTION_DAYS before `now` and returns how many went. Safe to repeat.
 *
 * Deliberately not `withTenant`: it runs as the tables' owner, across all tenants, bypassing
 * row-level security. What authorizes that: its only caller is the nightly maintenance cron (no
 * request or user input reaches it), and the only rows it touches are ones the retention policy
 * has already expired for everybody. Never call it from a route or an action.
 */
export async function purgeOldWebhookEvents(now: Date, db: Db = getDb()): Promise<number> {
  const cutoff = new Date(now.getTime() - WEBHOOK_RETENTION_DAYS * DAY_MS);
  // Counted inside the database: the first purge of a busy install may remove millions of rows,
  // which `returning` would otherwise ship back one id at a time.
  const deleted = db.$with("deleted").as(db.delete(webhookEvents).where(lt(webhookEvents.receivedAt, cutoff)).returning({ id: webhookEvents.id }));
  const [row] = await db.with(deleted).select({ n: count() }).from(deleted);
  return row?.n ?? 0;
}

/** Notes that a system task ran and what it did (maintenance_runs is not tenant-owned). */
export async function recordMaintenanceRun(task: string, details: Record<string, unknown>, db: Db = getDb()) {
  const [row] = await db.insert(maintenanceRuns).values({ task, details }).returning();
  return row;
}
