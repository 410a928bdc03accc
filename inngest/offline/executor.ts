import { and, asc, eq, isNull, lt, lte, or } from "drizzle-orm";
import type { Db } from "@/db/engine";
import { inngestJobs, inngestRuns } from "@/db/schema";
import { applyOutcome } from "./apply";
import { callApp } from "./call";
import { systemClock, type Clock } from "./clock";
import type { EventPayload, ExecCtx } from "./context";
import { concurrencyLimits, maxAttempts, stepUrl } from "./function-config";
import { eventIdFromSeed, ulid } from "./ids";
import { ingestEvents } from "./ingest";
import { finishRun, inFlight, loadSteps, type Run } from "./runs";
import { fetchAppConfig, loadFunctions, saveFunctions } from "./sync";
import { fireDueCrons, fireDueDebounces, fireTimer } from "./timers";


export type ExecutorOptions = {
  db: Db;
  /** The app's serve endpoint, e.g. http://127.0.0.1:3000/api/inngest */
  appUrl: string;
  clock?: Clock;
  pollMs?: number;
  /** How long a claimed call may run before another worker may take it over (a crashed worker's calls come back). */
  leaseMs?: number;
  callTimeoutMs?: number;
  retryBaseMs?: number;
  maxInFlight?: number;
  workerId?: string;
  log?: (message: string) => void;
};

type Job = typeof inngestJobs.$inferSelect;

/**
 * Plays the Inngest server's part for the app's functions, with all state in PostgreSQL/PGlite
 * (see ../shared/inngest-offline-executor.md). Each call's result is applied in one transaction;
 * jobs are claimed with leases, so a crash re-delivers the call (steps run at least once).
 */
export class OfflineExecutor {
  readonly db: Db;
  readonly clock: Clock;
  readonly workerId: string;
  fns = new Map<string, import("./function-config").FunctionConfig>();
  private readonly o: Required<Omit<ExecutorOptions, "db" | "clock" | "workerId">>;
  private running = false;
  private loop?: Promise<void>;
  private calls = new Set<Promise<void>>();
  private wakeUp?: () => void;

  constructor(options: ExecutorOptions) {
    this.db = options.db;
    this.clock = options.clock ?? systemClock;
    this.workerId = options.workerId ?? `worker-${ulid()}`;
    this.o = {
      appUrl: options.appUrl,
      pollMs: options.pollMs ?? 100,
      leaseMs: options.leaseMs ?? 90_000,
      callTimeoutMs: options.callTimeoutMs ?? 60_000,
      retryBaseMs: options.retryBaseMs ?? 1_000,
      maxInFlight: options.maxInFlight ?? 8,
      log: options.log ?? ((m) => console.log(`[executor] ${m}`)),
    };
  }

  private inTx<T>(fn: (ctx: ExecCtx) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => fn({ tx, now: this.clock.now(), fns: this.fns, retryBaseMs: this.o.retryBaseMs }));
  }

  /** Where the app serves its functions (it may only be known once the app listens). */
  setAppUrl(url: string) {
    this.o.appUrl = url;
  }

  /** In-band sync with the app; also reloads what an earlier sync stored. */
  async sync(): Promise<number> {
    const functions = await fetchAppConfig(this.o.appUrl, this.o.callTimeoutMs);
    await saveFunctions(this.db, this.o.appUrl, functions, this.clock.now());
    this.fns = await loadFunctions(this.db);
    return functions.length;
  }

  /** Keeps trying until the app answers (it may still be compiling its route). */
  async syncWhenReady(maxWaitMs = 120_000): Promise<number> {
    const until = Date.now() + maxWaitMs;
    for (;;) {
      try {
        return await this.sync();
      } catch (e) {
        if (Date.now() > until) throw e;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }

  /** The event API: ids are kept (duplicates dropped), or derived from the SDK's seed, or new. */
  async send(input: Partial<EventPayload>[], seed?: string | null): Promise<string[]> {
    const now = this.clock.now();
    const events = input.map((e, i) => ({
      id: e.id || (seed ? eventIdFromSeed(seed, i) : ulid(now.getTime())),
      name: String(e.name ?? ""),
      data: (e.data ?? {}) as Record<string, unknown>,
      ts: typeof e.ts === "number" ? e.ts : now.getTime(),
    }));
    for (const e of events) if (!e.name) throw new Error("every event needs a name");
    const ids = await this.inTx((ctx) => ingestEvents(ctx, events));
    this.wakeUp?.();
    return ids;
  }

  start() {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        let worked = 0;
        try {
          worked = await this.tick();
        } catch (e) {
          this.o.log(`tick failed: ${e instanceof Error ? e.stack : e}`);
        }
        // Idle: wait for the poll interval, or less when new work is signalled (an event, a result).
        if (!worked) await new Promise<void>((r) => {
          const t = setTimeout(r, this.o.pollMs);
          this.wakeUp = () => {
            clearTimeout(t);
            r();
          };
        });
        this.wakeUp = undefined;
      }
    })();
  }

  async stop() {
    this.running = false;
    await this.loop;
    await Promise.allSettled([...this.calls]);
  }

  /** One pass: crons, debounces, due timers, and as many due calls as there is room for. Returns how much it started. */
  async tick(): Promise<number> {
    let worked = await this.inTx(fireDueCrons);
    worked += await this.inTx(fireDueDebounces);
    const room = this.o.maxInFlight - this.calls.size;
    const claimed = await this.inTx((ctx) => this.claim(ctx, Math.max(room, 0)));
    for (const { job, run } of claimed) {
      const p = this.execute(job, run).catch((e) => this.o.log(`call for run ${run.id} failed: ${e instanceof Error ? e.stack : e}`));
      this.calls.add(p);
      void p.finally(() => this.calls.delete(p));
    }
    return worked + claimed.length;
  }

  private async claim(ctx: ExecCtx, room: number): Promise<{ job: Job; run: Run }[]> {
    const wallNow = new Date();
    const due = await ctx.tx
      .select({ job: inngestJobs, run: inngestRuns })
      .from(inngestJobs)
      .innerJoin(inngestRuns, eq(inngestRuns.id, inngestJobs.runId))
      .where(and(lte(inngestJobs.runAt, ctx.now), or(isNull(inngestJobs.leaseUntil), lt(inngestJobs.leaseUntil, wallNow))))
      .orderBy(asc(inngestJobs.runAt), asc(inngestJobs.id))
      .limit(Math.max(room, 1) * 4 + 16)
      .for("update", { of: inngestJobs, skipLocked: true });
    const claimed: { job: Job; run: Run }[] = [];
    const takenNow = new Map<string, number>();
    for (const { job, run } of due) {
      if (job.kind !== "call") {
        await fireTimer(ctx, job);
        continue;
      }
      if (claimed.length >= room) continue;
      const fn = this.fns.get(run.functionId);
      const limits = fn ? concurrencyLimits(fn) : [];
      let full = false;
      for (const limit of limits) {
        const key = limit.key ? run.concurrencyKey : null;
        const slot = `${run.functionId}\u0000${key}`;
        const busy = (await inFlight(ctx, run.functionId, key, wallNow)) + (takenNow.get(slot) ?? 0);
        if (busy >= limit.limit) full = true;
      }
      if (full) continue;
      for (const limit of limits) {
        const slot = `${run.functionId}\u0000${limit.key ? run.concurrencyKey : null}`;
        takenNow.set(slot, (takenNow.get(slot) ?? 0) + 1);
      }
      await ctx.tx.update(inngestJobs).set({ leaseUntil: new Date(wallNow.getTime() + this.o.leaseMs), leasedBy: this.workerId }).where(eq(inngestJobs.id, job.id));
      if (run.status === "queued") await ctx.tx.update(inngestRuns).set({ status: "running", startedAt: ctx.now }).where(eq(inngestRuns.id, run.id));
      claimed.push({ job, run });
    }
    return claimed;
  }

  private async execute(job: Job, run: Run): Promise<void> {
    const fn = this.fns.get(run.functionId);
    const { steps, stack } = await loadSteps(this.db, run.id);
    const outcome = fn
      ? await callApp({
          url: stepUrl(fn),
          stepId: job.stepId,
          timeoutMs: this.o.callTimeoutMs,
          now: this.clock.now(),
          body: {
            event: run.event,
            events: [run.event],
            steps,
            ctx: {
              run_id: run.id,
              attempt: job.stepId === "step" ? run.fnAttempt : (run.stepAttempts[job.stepId] ?? 0),
              max_attempts: maxAttempts(fn),
              disable_immediate_execution: run.die,
              use_api: false,
              stack: { stack, current: stack.length },
            },
            version: 2,
          },
        })
      : ({ kind: "error", retriable: false, error: { name: "Error", message: `function ${run.functionId} is not synced` } } as const);

    await this.inTx(async (ctx) => {
      // Only the worker still holding the lease may apply a result; a late one is dropped.
      const [mine] = await ctx.tx.delete(inngestJobs).where(and(eq(inngestJobs.id, job.id), eq(inngestJobs.leasedBy, this.workerId))).returning({ id: inngestJobs.id });
      if (!mine) return;
      const [current] = await ctx.tx.select().from(inngestRuns).where(eq(inngestRuns.id, run.id)).for("update");
      if (!current || current.status !== "running") return;
      const followUps = await applyOutcome(ctx, current, job.stepId, outcome);
      if (followUps.length) await ingestEvents(ctx, followUps);
    });
    this.wakeUp?.();
  }

  /** Marks a run failed from outside (used when a function disappears after a sync). */
  async failRun(runId: string, message: string) {
    await this.inTx(async (ctx) => {
      const [run] = await ctx.tx.select().from(inngestRuns).where(eq(inngestRuns.id, runId)).for("update");
      if (run && (run.status === "running" || run.status === "queued")) await ingestEvents(ctx, await finishRun(ctx, run, "failed", { error: { message } }));
    });
  }
}
