import { NonRetriableError, RetryAfterError, type Inngest } from "inngest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { openTestDatabase } from "@/db/testing/test-database";
import { eq } from "drizzle-orm";
import { inngestRuns } from "@/db/schema";
import { applyOutcome } from "./apply";
import { hashStepId } from "./ids";
import { startHarness } from "./testing/harness";

// Drives each supported feature through the real SDK, over real HTTP, against the executor.
const calls: Record<string, number> = {};
const count = (k: string) => (calls[k] = (calls[k] ?? 0) + 1);
const intervals: { start: number; end: number }[] = [];

function define(inngest: Inngest) {
  const child = inngest.createFunction({ id: "child", triggers: [{ event: "t/child" }] }, async ({ event, step }) => step.run("double", () => Number(event.data.n) * 2));
  return [
    inngest.createFunction({ id: "seq", triggers: [{ event: "t/seq" }] }, async ({ step }) => {
      const a = await step.run("a", () => 1);
      const b = await step.run("b", () => a + 1);
      return step.run("c", () => a + b + 3);
    }),
    inngest.createFunction({ id: "sleepy", triggers: [{ event: "t/sleep" }] }, async ({ event, step }) => {
      await step.run("before", () => "x");
      if (event.data.until) await step.sleepUntil("until", new Date(String(event.data.until)));
      else await step.sleep("nap", "1h");
      return step.run("after", () => "woke");
    }),
    inngest.createFunction({ id: "waiter", triggers: [{ event: "t/wait" }] }, async ({ step }) => {
      const ack = await step.waitForEvent("ack", { event: "t/ack", match: "data.id", timeout: "2h" });
      return ack ? `acked:${ack.data.who}` : "timed-out";
    }),
    inngest.createFunction({ id: "flaky", triggers: [{ event: "t/flaky" }], retries: 3 }, async ({ event, step }) =>
      step.run("work", () => {
        if (count(`flaky:${event.data.id}`) < 3) throw new Error("not yet");
        return "ok on attempt 3";
      }),
    ),
    inngest.createFunction(
      { id: "doomed", triggers: [{ event: "t/doomed" }], retries: 2, onFailure: async ({ event }) => { count(`onFailure:${event.data.event.data.id}`); } },
      async ({ event, step }) => step.run("work", () => { count(`doomed:${event.data.id}`); throw new Error("always"); }),
    ),
    inngest.createFunction({ id: "fatal", triggers: [{ event: "t/fatal" }], retries: 4 }, async ({ event, step }) =>
      step.run("work", () => { count(`fatal:${event.data.id}`); throw new NonRetriableError("no point retrying"); }),
    ),
    inngest.createFunction({ id: "cancellable", triggers: [{ event: "t/cancellable" }], cancelOn: [{ event: "t/cancel", match: "data.id" }] }, async ({ step }) => {
      await step.sleep("long", "1d");
      return step.run("after", () => "not cancelled");
    }),
    inngest.createFunction({ id: "serial", triggers: [{ event: "t/serial" }], concurrency: [{ key: "event.data.k", limit: 1 }] }, async ({ step }) =>
      step.run("slow", async () => {
        const start = Date.now();
        await new Promise((r) => setTimeout(r, 300));
        intervals.push({ start, end: Date.now() });
        return "done";
      }),
    ),
    inngest.createFunction({ id: "debounced", triggers: [{ event: "t/burst" }], debounce: { key: "event.data.k", period: "10s" } }, async ({ event }) => event.data.n),
    inngest.createFunction({ id: "throttled", triggers: [{ event: "t/throttle" }], throttle: { limit: 1, period: "1m" } }, async ({ event }) => event.data.n),
    inngest.createFunction({ id: "nightly", triggers: [{ cron: "TZ=Europe/Madrid 0 3 * * *" }] }, async ({ event }) => event.name),
    inngest.createFunction({ id: "later", triggers: [{ event: "t/later" }], retries: 2 }, async ({ event, step }) =>
      step.run("busy-api", () => {
        if (count(`later:${event.data.id}`) === 1) throw new RetryAfterError("the API asked us to wait", "30m");
        return "served";
      }),
    ),
    inngest.createFunction({ id: "rate-limited", triggers: [{ event: "t/rate" }], rateLimit: { limit: 1, period: "1m" } }, async () => "ran"),
    inngest.createFunction({ id: "parallel", triggers: [{ event: "t/parallel" }] }, async ({ step }) => {
      const [x, y] = await Promise.all([step.run("x", () => 1), step.run("y", () => 2)]);
      return step.run("sum", () => x + y);
    }),
    child,
    inngest.createFunction({ id: "parent", triggers: [{ event: "t/parent" }] }, async ({ step }) => {
      const doubled = await step.invoke("call-child", { function: child, data: { n: 21 } });
      await step.sendEvent("notify", { name: "t/seq", data: { from: "parent" } });
      return doubled;
    }),
  ];
}

let database: Database;
let h: Awaited<ReturnType<typeof startHarness>>;
beforeAll(async () => {
  database = await openTestDatabase();
  h = await startHarness(database, "conf", define);
});
afterAll(async () => {
  await h?.stop();
  await database?.close();
});

const send = async (name: string, data: Record<string, unknown> = {}, id?: string) => {
  const { ids } = await h.inngest.send({ name, data, ...(id ? { id } : {}) });
  return ids[0];
};
const firstRun = (fn: string) => h.until(async () => (await h.runsOf(fn))[0]);
const runFor = (fn: string, eventId: string) => h.until(async () => (await h.runsOf(fn)).find((r) => (r.event as { id: string }).id === eventId));

describe.sequential("offline executor conformance", () => {
  it("sequential steps memoize and return", async () => {
    const run = await runFor("seq", await send("t/seq", { k: 1 }, "seq-1"));
    const done = await h.settled(run.id);
    expect(done).toMatchObject({ status: "completed", output: 6 });
    expect(done.steps.map((s) => s.id)).toEqual(["a", "b", "c"].map(hashStepId));
  });

  it("sleep waits for the clock, then continues", async () => {
    const run = await runFor("sleepy", await send("t/sleep", {}, "sleep-1"));
    await h.until(async () => (await h.run(run.id))?.jobs.some((j) => j.kind === "sleep"));
    expect((await h.run(run.id))?.status).toBe("running");
    // Through the executor's test-mode HTTP control, as an e2e test would move time.
    const moved = await fetch(`${h.executorUrl}/control/advance`, { method: "POST", body: JSON.stringify({ ms: 60 * 60 * 1000 }) });
    expect(moved.status).toBe(200);
    expect(await h.settled(run.id)).toMatchObject({ status: "completed", output: "woke" });
  });

  it("sleepUntil fires at its date", async () => {
    const until = new Date(h.clock.now().getTime() + 3 * 86_400_000).toISOString();
    const run = await runFor("sleepy", await send("t/sleep", { until }, "sleep-2"));
    const job = await h.until(async () => (await h.run(run.id))?.jobs.find((j) => j.kind === "sleep"));
    expect(job.runAt.toISOString()).toBe(until);
    h.clock.set(new Date(until));
    expect(await h.settled(run.id)).toMatchObject({ status: "completed" });
  });

  it("waitForEvent: a matching event resumes, another is ignored, and silence times out", async () => {
    const a = await runFor("waiter", await send("t/wait", { id: "u1" }, "wait-1"));
    const b = await runFor("waiter", await send("t/wait", { id: "u2" }, "wait-2"));
    await h.until(async () => (await h.run(a.id))?.pauses.length && (await h.run(b.id))?.pauses.length);
    await send("t/ack", { id: "someone-else", who: "eve" });
    await send("t/ack", { id: "u1", who: "alice" });
    expect(await h.settled(a.id)).toMatchObject({ status: "completed", output: "acked:alice" });
    expect((await h.run(b.id))?.status).toBe("running");
    h.clock.advance(2 * 60 * 60 * 1000 + 1);
    expect(await h.settled(b.id)).toMatchObject({ status: "completed", output: "timed-out" });
  });

  it("retries a failing step with backoff, then succeeds", async () => {
    const run = await runFor("flaky", await send("t/flaky", { id: "f1" }, "flaky-1"));
    expect(await h.settled(run.id, 5_000)).toMatchObject({ status: "completed", output: "ok on attempt 3" });
    expect(calls["flaky:f1"]).toBe(3);
  });

  it("Retry-After from the app sets when the step is tried again", async () => {
    const run = await runFor("later", await send("t/later", { id: "l1" }, "later-1"));
    const retry = await h.until(async () => (await h.run(run.id))?.jobs.find((j) => j.stepId === hashStepId("busy-api")));
    expect(retry.runAt.getTime() - h.clock.now().getTime()).toBe(30 * 60 * 1000);
    h.clock.advance(30 * 60 * 1000);
    expect(await h.settled(run.id)).toMatchObject({ status: "completed", output: "served" });
  });

  it("exhausted retries fail the run and run onFailure", async () => {
    const run = await runFor("doomed", await send("t/doomed", { id: "d1" }, "doomed-1"));
    const failed = await h.settled(run.id, 10_000);
    expect(failed.status).toBe("failed");
    expect(calls["doomed:d1"]).toBe(3);
    await h.until(async () => calls["onFailure:d1"] === 1, { advanceMs: 1000 });
  });

  it("NonRetriableError fails at once", async () => {
    const run = await runFor("fatal", await send("t/fatal", { id: "n1" }, "fatal-1"));
    expect((await h.settled(run.id, 5_000)).status).toBe("failed");
    expect(calls["fatal:n1"]).toBe(1);
  });

  it("cancelOn stops a matching run only", async () => {
    const a = await runFor("cancellable", await send("t/cancellable", { id: "c1" }, "cancel-1"));
    const b = await runFor("cancellable", await send("t/cancellable", { id: "c2" }, "cancel-2"));
    await h.until(async () => (await h.run(a.id))?.jobs.some((j) => j.kind === "sleep") && (await h.run(b.id))?.jobs.some((j) => j.kind === "sleep"));
    await send("t/cancel", { id: "c1" });
    expect((await h.settled(a.id)).status).toBe("cancelled");
    h.clock.advance(86_400_000);
    expect(await h.settled(b.id)).toMatchObject({ status: "completed", output: "not cancelled" });
  });

  it("a concurrency key of 1 serialises two runs", async () => {
    intervals.length = 0;
    await h.inngest.send([{ name: "t/serial", data: { k: "same" } }, { name: "t/serial", data: { k: "same" } }]);
    await h.until(async () => (await h.runsOf("serial")).filter((r) => r.status === "completed").length === 2);
    expect(intervals).toHaveLength(2);
    const [first, second] = intervals.sort((x, y) => x.start - y.start);
    expect(second.start).toBeGreaterThanOrEqual(first.end);
  });

  it("debounce collapses a burst into one run with the last event", async () => {
    for (const n of [1, 2, 3]) {
      await send("t/burst", { k: "b", n });
      h.clock.advance(2_000);
    }
    expect(await h.runsOf("debounced")).toHaveLength(0);
    h.clock.advance(10_000);
    const run = await firstRun("debounced");
    expect(await h.settled(run.id)).toMatchObject({ status: "completed", output: 3 });
    expect(await h.runsOf("debounced")).toHaveLength(1);
  });

  it("throttle spaces runs out", async () => {
    await h.inngest.send([1, 2, 3].map((n) => ({ name: "t/throttle", data: { n } })));
    const runs = await h.until(async () => {
      const r = await h.runsOf("throttled");
      return r.length === 3 ? r : null;
    });
    const starts = (await Promise.all(runs.map((r) => h.run(r.id)))).map((r) => r!.scheduledAt.getTime()).sort();
    expect(starts[1] - starts[0]).toBe(60_000);
    expect(starts[2] - starts[1]).toBe(60_000);
    await h.until(async () => (await h.runsOf("throttled")).every((r) => r.status === "completed"), { advanceMs: 30_000 });
  });

  it("cron fires when the clock passes its time", async () => {
    // Earlier tests moved the clock past 03:00 already: count from here.
    const before = (await h.runsOf("nightly")).length;
    h.clock.advance(24 * 60 * 60 * 1000);
    const runs = await h.until(async () => {
      const r = await h.runsOf("nightly");
      return r.length === before + 1 ? r : null;
    });
    expect(await h.settled(runs[0].id)).toMatchObject({ status: "completed", output: "inngest/scheduled.timer" });
    await new Promise((r) => setTimeout(r, 200));
    expect(await h.runsOf("nightly")).toHaveLength(before + 1);
  });

  it("parallel steps both run before the function goes on", async () => {
    const run = await runFor("parallel", await send("t/parallel", {}, "par-1"));
    const done = await h.settled(run.id);
    expect(done).toMatchObject({ status: "completed", output: 3 });
    expect(done.steps.map((s) => s.id).slice(0, 2).sort()).toEqual([hashStepId("x"), hashStepId("y")].sort());
  });

  it("invoke returns the child's result; sendEvent triggers another function", async () => {
    const run = await runFor("parent", await send("t/parent", {}, "parent-1"));
    expect(await h.settled(run.id)).toMatchObject({ status: "completed", output: 42 });
    await h.until(async () => (await h.runsOf("seq")).find((r) => (r.event as { data: { from?: string } }).data.from === "parent"));
  });

  it("a config the executor does not support fails the run with a clear error, never hangs", async () => {
    const run = await runFor("rate-limited", await send("t/rate", {}, "rate-1"));
    const failed = await h.settled(run.id);
    expect(failed.status).toBe("failed");
    expect((failed.error as { message: string }).message).toMatch(/uses "rateLimit", which the offline executor does not support/);
  });

  it("an op code it does not know fails the run loudly", async () => {
    const run = await runFor("seq", await send("t/seq", { k: "op" }, "op-1"));
    await h.settled(run.id);
    const outcome = await database.db.transaction(async (tx) => {
      const ctx = { tx, now: h.clock.now(), fns: h.executor.fns, retryBaseMs: 1000 };
      const [row] = await tx.select().from(inngestRuns).where(eq(inngestRuns.id, run.id));
      await tx.update(inngestRuns).set({ status: "running" }).where(eq(inngestRuns.id, run.id));
      await applyOutcome(ctx, { ...row, status: "running" }, "step", { kind: "ops", ops: [{ id: "abc", op: "WaitForSignal", displayName: "signal" }] });
      return (await tx.select().from(inngestRuns).where(eq(inngestRuns.id, run.id)))[0];
    });
    expect(outcome.status).toBe("failed");
    expect((outcome.error as { message: string }).message).toMatch(/does not support the op code "WaitForSignal"/);
  });

  it("a duplicate event id starts one run", async () => {
    await send("t/seq", { k: "dup" }, "dup-1");
    await send("t/seq", { k: "dup" }, "dup-1");
    await h.until(async () => (await h.runsOf("seq")).some((r) => (r.event as { id: string }).id === "dup-1"));
    expect((await h.runsOf("seq")).filter((r) => (r.event as { id: string }).id === "dup-1")).toHaveLength(1);
  });
});
