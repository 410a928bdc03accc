import { and, desc, eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { auditLog, inngestRuns } from "@/db/schema";
import { withTenant } from "@/lib/tenancy/with-tenant";

/** The self-test's durable step: proves a workflow reached the database for this workspace. */
export async function recordSelfTest(tenantId: string, requestedBy: string, runId: string, db: Db = getDb()) {
  await withTenant(
    tenantId,
    (tx) => tx.insert(auditLog).values({ tenantId, actorUserId: requestedBy, action: "workflows.self_test", targetType: "workflow_run", targetId: runId }),
    db,
  );
  return { recorded: true, at: new Date().toISOString() };
}

export type TenantRun = { id: string; functionId: string; status: string; createdAt: Date; endedAt: Date | null; error: unknown };

/**
 * Workflow runs of one workspace, from the offline executor's tables (empty when workflows run on
 * Inngest Cloud, whose dashboard shows them). Executor rows are infrastructure, not tenant-owned:
 * the tenant is the one named in the triggering event, and that is what the where clause filters.
 */
export async function listTenantRuns(tenantId: string, limit = 20, db: Db = getDb()): Promise<TenantRun[]> {
  return db
    .select({ id: inngestRuns.id, functionId: inngestRuns.functionId, status: inngestRuns.status, createdAt: inngestRuns.createdAt, endedAt: inngestRuns.endedAt, error: inngestRuns.error })
    .from(inngestRuns)
    .where(and(eq(sql`${inngestRuns.event}->'data'->>'tenantId'`, tenantId)))
    .orderBy(desc(inngestRuns.createdAt))
    .limit(limit);
}
