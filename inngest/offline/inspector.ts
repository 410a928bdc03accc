import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/engine";
import { inngestJobs, inngestPauses, inngestRuns, inngestSteps } from "@/db/schema";

/** The run inspector: what tests and the admin page read to see runs, steps and errors. */
export async function getRun(db: Db, id: string) {
  const [run] = await db.select().from(inngestRuns).where(eq(inngestRuns.id, id));
  if (!run) return null;
  const [steps, jobs, pauses] = await Promise.all([
    db.select({ id: inngestSteps.stepId, name: inngestSteps.name, value: inngestSteps.value, at: inngestSteps.createdAt }).from(inngestSteps).where(eq(inngestSteps.runId, id)).orderBy(asc(inngestSteps.seq)),
    db.select().from(inngestJobs).where(eq(inngestJobs.runId, id)).orderBy(asc(inngestJobs.runAt)),
    db.select().from(inngestPauses).where(eq(inngestPauses.runId, id)),
  ]);
  return { ...run, steps, jobs, pauses };
}

export const RUN_STATUSES = ["queued", "running", "completed", "failed", "cancelled"] as const;

export async function listRuns(db: Db, filter: { functionId?: string; status?: string; limit?: number } = {}) {
  return db
    .select({ id: inngestRuns.id, functionId: inngestRuns.functionId, status: inngestRuns.status, event: inngestRuns.event, output: inngestRuns.output, error: inngestRuns.error, createdAt: inngestRuns.createdAt, startedAt: inngestRuns.startedAt, endedAt: inngestRuns.endedAt })
    .from(inngestRuns)
    .where(and(filter.functionId ? eq(inngestRuns.functionId, filter.functionId) : undefined, filter.status ? eq(inngestRuns.status, filter.status) : undefined))
    .orderBy(desc(inngestRuns.createdAt), desc(inngestRuns.id))
    .limit(Math.min(filter.limit ?? 50, 500));
}
