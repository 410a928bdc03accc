import { eq } from "drizzle-orm";
import { inngestPauses, inngestRuns } from "@/db/schema";
import type { CallOutcome, Op } from "./call";
import { backoff, type EventPayload, type ExecCtx } from "./context";
import { maxAttempts, ms, sleepUntil } from "./function-config";
import { ulid } from "./ids";
import { createRun, finishRun, loadSteps, memo, scheduleJob, type Run } from "./runs";

const PLANNING_OPS = new Set(["StepPlanned", "Sleep", "WaitForEvent", "InvokeFunction"]);

/**
 * Applies what one call returned, inside the caller's transaction (which also deletes the call's
 * job): either all of it happens or none of it. Returns events to ingest afterwards.
 */
export async function applyOutcome(ctx: ExecCtx, run: Run, stepId: string, outcome: CallOutcome): Promise<EventPayload[]> {
  const fn = ctx.fns.get(run.functionId);
  if (outcome.kind === "done") return finishRun(ctx, run, "completed", { output: outcome.output });
  if (outcome.kind === "error") {
    const attempts = fn ? maxAttempts(fn) : 1;
    const next = (stepId === "step" ? run.fnAttempt : (run.stepAttempts[stepId] ?? 0)) + 1;
    if (!outcome.retriable || next >= attempts) return finishRun(ctx, run, "failed", { error: outcome.error });
    if (stepId === "step") await ctx.tx.update(inngestRuns).set({ fnAttempt: next }).where(eq(inngestRuns.id, run.id));
    else await setStepAttempts(ctx, run, stepId, next);
    await scheduleJob(ctx, run.id, "call", stepId, outcome.retryAfter ?? backoff(ctx, next));
    return [];
  }

  const ops = outcome.ops;
  if (ops.length > 1 && !run.die) {
    await ctx.tx.update(inngestRuns).set({ die: true }).where(eq(inngestRuns.id, run.id));
    run.die = true;
  }
  const { steps } = await loadSteps(ctx.tx, run.id);
  const pending = new Set(run.pending);
  const planned: Op[] = [];
  const results: Op[] = [];
  for (const op of ops) {
    if (PLANNING_OPS.has(op.op)) {
      // A discovery call may list ops already waiting or already done: plan each once.
      if (!pending.has(op.id) && !(op.id in steps)) planned.push(op);
      pending.add(op.id);
    } else if (op.op === "StepRun" || op.op === "StepFailed" || op.op === "StepError") {
      results.push(op);
    } else {
      return finishRun(ctx, run, "failed", { error: { name: "UnsupportedOpCode", message: `the offline executor does not support the op code "${op.op}" (step ${op.displayName ?? op.id})` } });
    }
  }
  for (const op of results) if (op.op === "StepError") pending.add(op.id);
  run.pending = [...pending];
  await ctx.tx.update(inngestRuns).set({ pending: run.pending }).where(eq(inngestRuns.id, run.id));

  const followUps: EventPayload[] = [];
  for (const op of planned) followUps.push(...(await plan(ctx, run, op)));
  for (const op of results) {
    if (op.op === "StepRun") {
      await setStepAttempts(ctx, run, op.id, 0);
      await memo(ctx, run, op.id, { data: op.data ?? null }, op.displayName ?? op.name);
    } else if (op.op === "StepFailed") {
      await memo(ctx, run, op.id, { error: op.error }, op.displayName ?? op.name);
    } else {
      const next = (run.stepAttempts[op.id] ?? 0) + 1;
      await setStepAttempts(ctx, run, op.id, next);
      await scheduleJob(ctx, run.id, "call", op.id, outcome.retryAfter ?? backoff(ctx, next));
    }
  }
  if (ops.length === 0 && run.pending.length === 0) await scheduleJob(ctx, run.id, "call", "step");
  return followUps;
}

async function setStepAttempts(ctx: ExecCtx, run: Run, stepId: string, n: number) {
  if ((run.stepAttempts[stepId] ?? 0) === n) return;
  run.stepAttempts = { ...run.stepAttempts, [stepId]: n };
  await ctx.tx.update(inngestRuns).set({ stepAttempts: run.stepAttempts }).where(eq(inngestRuns.id, run.id));
}

async function plan(ctx: ExecCtx, run: Run, op: Op): Promise<EventPayload[]> {
  switch (op.op) {
    case "StepPlanned":
      await scheduleJob(ctx, run.id, "call", op.id);
      return [];
    case "Sleep":
      await scheduleJob(ctx, run.id, "sleep", op.id, sleepUntil(op.name ?? "0s", ctx.now));
      return [];
    case "WaitForEvent": {
      const expiresAt = new Date(ctx.now.getTime() + ms(op.opts?.timeout ?? "365d"));
      await ctx.tx.insert(inngestPauses).values({ runId: run.id, stepId: op.id, kind: "wait", eventName: op.name ?? "", expr: op.opts?.if ?? null, expiresAt, createdAt: ctx.now });
      await scheduleJob(ctx, run.id, "wait_timeout", op.id, expiresAt);
      return [];
    }
    case "InvokeFunction": {
      const target = ctx.fns.get(String(op.opts?.function_id));
      if (!target) {
        await memo(ctx, run, op.id, { error: { name: "Error", message: `function ${op.opts?.function_id} is not synced` } });
        return [];
      }
      const event = { id: ulid(ctx.now.getTime()), name: "inngest/function.invoked", data: op.opts?.payload?.data ?? {}, ts: ctx.now.getTime() };
      await createRun(ctx, target, event, { runId: run.id, stepId: op.id });
      return [];
    }
  }
  return [];
}
