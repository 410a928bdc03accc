// The offline executor's throughput: runs per second of a 3-step function, and the cost of one
// more step (from a 1-step and an 8-step function), on the engine given.
import type { Inngest } from "inngest";
import type { Database } from "../../db/engine";
import { listRuns } from "../../inngest/offline/inspector";
import { startHarness } from "../../inngest/offline/testing/harness";

function define(inngest: Inngest) {
  const stepsFn = (id: string, n: number) =>
    inngest.createFunction({ id, triggers: [{ event: `bench/${id}` }] }, async ({ step }) => {
      let total = 0;
      for (let i = 0; i < n; i++) total += await step.run(`s${i}`, () => i);
      return total;
    });
  return [stepsFn("one", 1), stepsFn("three", 3), stepsFn("eight", 8)];
}

async function timeRuns(h: Awaited<ReturnType<typeof startHarness>>, db: Database, fn: string, runs: number): Promise<number> {
  const started = performance.now();
  await h.inngest.send(Array.from({ length: runs }, (_, i) => ({ name: `bench/${fn}`, data: { i } })));
  for (;;) {
    const done = (await listRuns(db.db, { functionId: `bench-${fn}`, status: "completed", limit: 500 })).length;
    if (done >= runs) break;
    if (performance.now() - started > 300_000) throw new Error(`bench ${fn}: only ${done}/${runs} runs completed`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return performance.now() - started;
}

export type ExecutorFigures = { engine: string; runs: number; runsPerSecond3Steps: number; msPerExtraStep: number; msPerRun3Steps: number };

export async function benchExecutor(database: Database, runs = 60): Promise<ExecutorFigures> {
  const h = await startHarness(database, "bench", define);
  try {
    await timeRuns(h, database, "one", 5); // warm up the app and the connection
    const three = await timeRuns(h, database, "three", runs);
    const one = await timeRuns(h, database, "one", runs);
    const eight = await timeRuns(h, database, "eight", runs);
    return {
      engine: database.engine,
      runs,
      runsPerSecond3Steps: Math.round((runs / three) * 1000 * 10) / 10,
      msPerRun3Steps: Math.round((three / runs) * 100) / 100,
      msPerExtraStep: Math.round(((eight - one) / (runs * 7)) * 100) / 100,
    };
  } finally {
    await h.stop();
  }
}
