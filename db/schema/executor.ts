import { bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The offline Inngest executor's state (inngest/offline). Infrastructure, not tenant data: the
 * tenant travels inside each event's `data.tenantId`. Times come from the executor's clock, so
 * tests can move it.
 */
const at = () => timestamp({ withTimezone: true, mode: "date" });

export const inngestFunctions = pgTable("inngest_functions", {
  id: text().primaryKey(),
  appUrl: text().notNull(),
  config: jsonb().$type<Record<string, unknown>>().notNull(),
  syncedAt: at().notNull(),
});

export const inngestEvents = pgTable(
  "inngest_events",
  {
    id: text().primaryKey(),
    name: text().notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull(),
    ts: at().notNull(),
    receivedAt: at().notNull(),
  },
  (t) => [index("inngest_events_name_idx").on(t.name, t.receivedAt)],
);

export const inngestRuns = pgTable(
  "inngest_runs",
  {
    id: text().primaryKey(),
    functionId: text().notNull(),
    event: jsonb().$type<Record<string, unknown>>().notNull(),
    /** queued | running | completed | failed | cancelled */
    status: text().notNull(),
    output: jsonb(),
    error: jsonb(),
    /** disable_immediate_execution: once a run has gone parallel, every step is planned first. */
    die: boolean().notNull().default(false),
    fnAttempt: integer().notNull().default(0),
    stepAttempts: jsonb().$type<Record<string, number>>().notNull().default({}),
    /** Planned or waiting ops whose results have not come back yet (the parallel barrier). */
    pending: jsonb().$type<string[]>().notNull().default([]),
    concurrencyKey: text(),
    throttleKey: text(),
    parentRunId: text(),
    parentStepId: text(),
    scheduledAt: at().notNull(),
    startedAt: at(),
    endedAt: at(),
    createdAt: at().notNull(),
  },
  (t) => [index("inngest_runs_fn_status_idx").on(t.functionId, t.status, t.createdAt), index("inngest_runs_throttle_idx").on(t.functionId, t.throttleKey, t.scheduledAt)],
);

/** Memoized step results: what the SDK gets back as `steps`, in `seq` order as its stack. */
export const inngestSteps = pgTable(
  "inngest_steps",
  {
    runId: text().notNull(),
    stepId: text().notNull(),
    seq: bigserial({ mode: "number" }).notNull(),
    name: text(),
    value: jsonb(),
    createdAt: at().notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.stepId] })],
);

/** Work that is due at `runAt`: calls to the app, sleeps, wait timeouts. Claimed with a lease. */
export const inngestJobs = pgTable(
  "inngest_jobs",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    runId: text().notNull(),
    /** call | sleep | wait_timeout */
    kind: text().notNull(),
    /** "step" (discovery) or a hashed step id */
    stepId: text().notNull(),
    runAt: at().notNull(),
    leaseUntil: at(),
    leasedBy: text(),
    createdAt: at().notNull(),
  },
  (t) => [index("inngest_jobs_due_idx").on(t.runAt), index("inngest_jobs_run_idx").on(t.runId)],
);

/** A run waiting for an event (waitForEvent) or cancellable by one (cancelOn). */
export const inngestPauses = pgTable(
  "inngest_pauses",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    runId: text().notNull(),
    stepId: text(),
    /** wait | cancel */
    kind: text().notNull(),
    eventName: text().notNull(),
    expr: text(),
    expiresAt: at(),
    createdAt: at().notNull(),
  },
  (t) => [index("inngest_pauses_event_idx").on(t.eventName), index("inngest_pauses_run_idx").on(t.runId)],
);

/** A debounced function's latest event per key, started when `runAt` passes. */
export const inngestDebounces = pgTable(
  "inngest_debounces",
  {
    functionId: text().notNull(),
    key: text().notNull(),
    event: jsonb().$type<Record<string, unknown>>().notNull(),
    runAt: at().notNull(),
    firstAt: at().notNull(),
  },
  (t) => [primaryKey({ columns: [t.functionId, t.key] })],
);

export const inngestCrons = pgTable(
  "inngest_crons",
  {
    functionId: text().notNull(),
    cron: text().notNull(),
    nextAt: at().notNull(),
  },
  (t) => [primaryKey({ columns: [t.functionId, t.cron] })],
);
