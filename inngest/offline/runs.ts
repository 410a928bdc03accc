import { and, asc, desc, eq, gt, isNotNull } from "drizzle-orm";
import type { Db, Tx } from "@/db/engine";
import { inngestJobs, inngestPauses, inngestRuns, inngestSteps } from "@/db/schema";
import { keyOf } from "./cel";
import type { EventPayload, ExecCtx } from "./context";
import { concurrencyLimits, ms, unsupportedFeature, type FunctionConfig } from "./function-config";
import { ulid } from "./ids";

export type Run = typeof inngestRuns.$inferSelect;

export async function scheduleJob(ctx: ExecCtx, runId: string, kind: "call" | "sleep" | "wait_timeout", stepId: string, runAt: Date = ctx.now) {
  await ctx.tx.insert(inngestJobs).values({ runId, kind, stepId, runAt, createdAt: ctx.now });
}

/** When a throttled run may start: no more than `limit` starts per `period` for one key. */
async function throttledStart(ctx: ExecCtx, fn: FunctionConfig, key: string | null): Promise<Date> {
  const t = fn.throttle;
  if (!t) return ctx.now;
  const recent = await ctx.tx
    .select({ at: inngestRuns.scheduledAt })
    .from(inngestRuns)
    .where(and(eq(inngestRuns.functionId, fn.id), eq(inngestRuns.throttleKey, key ?? "")))
    .orderBy(desc(inngestRuns.scheduledAt))
    .limit(t.limit);
  if (recent.length < t.limit) return ctx.now;
  const earliest = recent[recent.length - 1].at.getTime() + ms(t.period);
  return new Date(Math.max(ctx.now.getTime(), earliest));
}

/**
 * Starts a run of `fn` for `event`: its concurrency and throttle keys, its cancelOn pauses and its
 * first call. A function with a config we do not support fails at once, loudly, never hangs.
 */
export async function createRun(ctx: ExecCtx, fn: FunctionConfig, event: EventPayload, parent?: { runId: string; stepId: string }): Promise<string> {
  const id = ulid(ctx.now.getTime());
  const vars = { event };
  const [limit] = concurrencyLimits(fn);
  const throttleKey = fn.throttle ? (keyOf(fn.throttle.key, vars) ?? "") : null;
  const scheduledAt = await throttledStart(ctx, fn, throttleKey);
  await ctx.tx.insert(inngestRuns).values({
    id,
    functionId: fn.id,
    event,
    status: "queued",
    concurrencyKey: limit ? (keyOf(limit.key, vars) ?? "") : null,
    throttleKey,
    parentRunId: parent?.runId ?? null,
    parentStepId: parent?.stepId ?? null,
    scheduledAt,
    createdAt: ctx.now,
  });
  const unsupported = unsupportedFeature(fn);
  if (unsupported) {
    const [run] = await ctx.tx.select().from(inngestRuns).where(eq(inngestRuns.id, id));
    await finishRun(ctx, run, "failed", { error: { name: "UnsupportedByOfflineExecutor", message: unsupported } });
    return id;
  }
  for (const rule of fn.cancel ?? []) {
    const expiresAt = rule.timeout ? new Date(ctx.now.getTime() + ms(rule.timeout)) : null;
    await ctx.tx.insert(inngestPauses).values({ runId: id, kind: "cancel", eventName: rule.event, expr: rule.if ?? null, expiresAt, createdAt: ctx.now });
  }
  await scheduleJob(ctx, id, "call", "step", scheduledAt);
  return id;
}

/** Records a step's result once (safe to repeat), closes its slot in the barrier, and when nothing is pending asks the function what is next. */
export async function memo(ctx: ExecCtx, run: Run, stepId: string, value: unknown, name?: string) {
  await ctx.tx.insert(inngestSteps).values({ runId: run.id, stepId, value: value as never, name: name ?? null, createdAt: ctx.now }).onConflictDoNothing();
  const pending = run.pending.filter((p) => p !== stepId);
  await ctx.tx.update(inngestRuns).set({ pending }).where(eq(inngestRuns.id, run.id));
  run.pending = pending;
  if (pending.length === 0) await scheduleJob(ctx, run.id, "call", "step");
}

export type Ending = { output?: unknown; error?: unknown };
export type FollowUp = EventPayload[];

/**
 * Ends a run: no more jobs or pauses; a parent waiting on `invoke` gets the result; a failure
 * emits `inngest/function.failed` (which is how onFailure handlers run). Returns events to ingest.
 */
export async function finishRun(ctx: ExecCtx, run: Run, status: "completed" | "failed" | "cancelled", end: Ending): Promise<FollowUp> {
  await ctx.tx
    .update(inngestRuns)
    .set({ status, output: (end.output ?? null) as never, error: (end.error ?? null) as never, endedAt: ctx.now, pending: [] })
    .where(eq(inngestRuns.id, run.id));
  await ctx.tx.delete(inngestJobs).where(eq(inngestJobs.runId, run.id));
  await ctx.tx.delete(inngestPauses).where(eq(inngestPauses.runId, run.id));
  if (run.parentRunId && run.parentStepId && status !== "cancelled") {
    const [parent] = await ctx.tx.select().from(inngestRuns).where(eq(inngestRuns.id, run.parentRunId)).for("update");
    if (parent && (parent.status === "running" || parent.status === "queued")) {
      await memo(ctx, parent, run.parentStepId, status === "completed" ? { data: end.output ?? null } : { error: end.error });
    }
  }
  if (status !== "failed" || run.event.name === "inngest/function.failed") return [];
  return [{ id: ulid(ctx.now.getTime()), name: "inngest/function.failed", data: { function_id: run.functionId, run_id: run.id, error: end.error, event: run.event }, ts: ctx.now.getTime() }];
}

/** The memoized steps in the order they completed: the SDK's `steps` map and its `stack`. */
export async function loadSteps(db: Db | Tx, runId: string) {
  const rows = await db.select({ stepId: inngestSteps.stepId, value: inngestSteps.value }).from(inngestSteps).where(eq(inngestSteps.runId, runId)).orderBy(asc(inngestSteps.seq));
  return { steps: Object.fromEntries(rows.map((r) => [r.stepId, r.value])), stack: rows.map((r) => r.stepId) };
}

/** How many calls of this function (and key) are in flight right now: concurrency counts calls, not sleeping runs. */
export async function inFlight(ctx: Pick<ExecCtx, "tx">, functionId: string, key: string | null, wallNow: Date) {
  const rows = await ctx.tx
    .select({ id: inngestJobs.id })
    .from(inngestJobs)
    .innerJoin(inngestRuns, eq(inngestRuns.id, inngestJobs.runId))
    .where(
      and(
        eq(inngestRuns.functionId, functionId),
        key === null ? undefined : eq(inngestRuns.concurrencyKey, key),
        eq(inngestJobs.kind, "call"),
        isNotNull(inngestJobs.leaseUntil),
        gt(inngestJobs.leaseUntil, wallNow),
      ),
    );
  return rows.length;
}
