import { and, eq, lte } from "drizzle-orm";
import { inngestCrons, inngestDebounces, inngestJobs, inngestPauses, inngestRuns } from "@/db/schema";
import type { EventPayload, ExecCtx } from "./context";
import { ulid } from "./ids";
import { ingestEvents } from "./ingest";
import { createRun, memo } from "./runs";
import { nextCronTime } from "./sync";

/** Crons whose time has come: one `inngest/scheduled.timer` run each (missed ticks are not replayed). */
export async function fireDueCrons(ctx: ExecCtx): Promise<number> {
  const due = await ctx.tx.select().from(inngestCrons).where(lte(inngestCrons.nextAt, ctx.now)).for("update", { skipLocked: true });
  for (const c of due) {
    const fn = ctx.fns.get(c.functionId);
    await ctx.tx.update(inngestCrons).set({ nextAt: nextCronTime(c.cron, ctx.now) }).where(and(eq(inngestCrons.functionId, c.functionId), eq(inngestCrons.cron, c.cron)));
    if (!fn) continue;
    const event: EventPayload = { id: `cron-${c.functionId}-${c.nextAt.getTime()}`, name: "inngest/scheduled.timer", data: { cron: c.cron }, ts: c.nextAt.getTime() };
    await createRun(ctx, fn, event);
  }
  return due.length;
}

/** Debounce timers that ran out: the run starts with the last event of the burst. */
export async function fireDueDebounces(ctx: ExecCtx): Promise<number> {
  const due = await ctx.tx.select().from(inngestDebounces).where(lte(inngestDebounces.runAt, ctx.now)).for("update", { skipLocked: true });
  for (const d of due) {
    await ctx.tx.delete(inngestDebounces).where(and(eq(inngestDebounces.functionId, d.functionId), eq(inngestDebounces.key, d.key)));
    const fn = ctx.fns.get(d.functionId);
    if (fn) await createRun(ctx, fn, d.event as EventPayload);
  }
  return due.length;
}

/** A sleep that elapsed, or a wait that timed out, gives its step a `null` result. */
export async function fireTimer(ctx: ExecCtx, job: typeof inngestJobs.$inferSelect): Promise<void> {
  await ctx.tx.delete(inngestJobs).where(eq(inngestJobs.id, job.id));
  const [run] = await ctx.tx.select().from(inngestRuns).where(eq(inngestRuns.id, job.runId)).for("update");
  if (!run || (run.status !== "running" && run.status !== "queued")) return;
  if (job.kind === "wait_timeout") {
    // Already resumed by an event? Then the pause is gone and this timeout does nothing.
    const removed = await ctx.tx.delete(inngestPauses).where(and(eq(inngestPauses.runId, run.id), eq(inngestPauses.stepId, job.stepId), eq(inngestPauses.kind, "wait"))).returning({ id: inngestPauses.id });
    if (!removed.length) return;
  }
  await memo(ctx, run, job.stepId, null);
}

export function newEvent(name: string, data: Record<string, unknown>, now: Date): EventPayload {
  return { id: ulid(now.getTime()), name, data, ts: now.getTime() };
}

export { ingestEvents };
