import { and, eq, gt, isNull, or } from "drizzle-orm";
import { inngestDebounces, inngestEvents, inngestJobs, inngestPauses, inngestRuns } from "@/db/schema";
import { keyOf, matches } from "./cel";
import type { EventPayload, ExecCtx } from "./context";
import { ms, type FunctionConfig } from "./function-config";
import { createRun, finishRun, memo } from "./runs";

/**
 * Takes events in, all inside the caller's transaction: a duplicate id changes nothing; then
 * (a) waiting runs that match resume, (b) runs with a matching cancelOn stop, (c) functions whose
 * triggers match start (or, when debounced, push their timer back).
 */
export async function ingestEvents(ctx: ExecCtx, events: EventPayload[]): Promise<string[]> {
  const queue = [...events];
  const ids: string[] = [];
  while (queue.length) {
    const event = queue.shift()!;
    if (ids.length < events.length) ids.push(event.id);
    const inserted = await ctx.tx
      .insert(inngestEvents)
      .values({ id: event.id, name: event.name, data: event.data ?? {}, ts: new Date(event.ts), receivedAt: ctx.now })
      .onConflictDoNothing()
      .returning({ id: inngestEvents.id });
    if (!inserted.length) continue;
    await resumeWaiters(ctx, event);
    queue.push(...(await applyCancellations(ctx, event)));
    for (const fn of ctx.fns.values()) {
      for (const trigger of fn.triggers ?? []) {
        if (trigger.event !== event.name || !matches(trigger.expression, { event })) continue;
        if (fn.debounce) await debounce(ctx, fn, event);
        else await createRun(ctx, fn, event);
      }
    }
  }
  return ids;
}

async function livePauses(ctx: ExecCtx, kind: "wait" | "cancel", name: string) {
  return ctx.tx
    .select({ pause: inngestPauses, run: inngestRuns })
    .from(inngestPauses)
    .innerJoin(inngestRuns, eq(inngestRuns.id, inngestPauses.runId))
    .where(and(eq(inngestPauses.kind, kind), eq(inngestPauses.eventName, name), or(isNull(inngestPauses.expiresAt), gt(inngestPauses.expiresAt, ctx.now))));
}

async function resumeWaiters(ctx: ExecCtx, event: EventPayload) {
  for (const { pause, run } of await livePauses(ctx, "wait", event.name)) {
    if (!matches(pause.expr, { event: run.event, async: event })) continue;
    // Deleting first means only one resumer wins, even if two events match at once.
    const won = await ctx.tx.delete(inngestPauses).where(eq(inngestPauses.id, pause.id)).returning({ id: inngestPauses.id });
    if (!won.length || !pause.stepId) continue;
    await ctx.tx.delete(inngestJobs).where(and(eq(inngestJobs.runId, run.id), eq(inngestJobs.kind, "wait_timeout"), eq(inngestJobs.stepId, pause.stepId)));
    const [locked] = await ctx.tx.select().from(inngestRuns).where(eq(inngestRuns.id, run.id)).for("update");
    await memo(ctx, locked, pause.stepId, event);
  }
}

async function applyCancellations(ctx: ExecCtx, event: EventPayload): Promise<EventPayload[]> {
  const followUps: EventPayload[] = [];
  for (const { pause, run } of await livePauses(ctx, "cancel", event.name)) {
    if (run.status !== "queued" && run.status !== "running") continue;
    if (!matches(pause.expr, { event: run.event, async: event })) continue;
    followUps.push(...(await finishRun(ctx, run, "cancelled", {})));
  }
  return followUps;
}

/** A burst of events for one key becomes one run, with the last event, `period` after the last one (at most `timeout` after the first). */
async function debounce(ctx: ExecCtx, fn: FunctionConfig, event: EventPayload) {
  const d = fn.debounce!;
  const key = keyOf(d.key, { event }) ?? "";
  const [existing] = await ctx.tx.select().from(inngestDebounces).where(and(eq(inngestDebounces.functionId, fn.id), eq(inngestDebounces.key, key))).for("update");
  const firstAt = existing?.firstAt ?? ctx.now;
  let runAt = new Date(ctx.now.getTime() + ms(d.period));
  if (d.timeout) runAt = new Date(Math.min(runAt.getTime(), firstAt.getTime() + ms(d.timeout)));
  if (existing) await ctx.tx.update(inngestDebounces).set({ event, runAt }).where(and(eq(inngestDebounces.functionId, fn.id), eq(inngestDebounces.key, key)));
  else await ctx.tx.insert(inngestDebounces).values({ functionId: fn.id, key, event, runAt, firstAt });
}
