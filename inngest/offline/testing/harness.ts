import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest, type InngestFunction } from "inngest";
import { serve } from "inngest/node";
import type { Database } from "@/db/engine";
import { ManualClock } from "../clock";
import { OfflineExecutor } from "../executor";
import { getRun } from "../inspector";
import { executorRequestHandler } from "../server";

const listen = (server: Server) =>
  new Promise<string>((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

/** A test app served over real HTTP by the real SDK, and the executor driving it with a movable clock. */
export async function startHarness(database: Database, appId: string, define: (inngest: Inngest) => InngestFunction.Any[], opts: { clock?: ManualClock } = {}) {
  const clock = opts.clock ?? new ManualClock(new Date("2026-11-25T09:00:00Z"));
  // The executor's port must be known before the client is made: reserve it first.
  const executorServer = createServer();
  const executorUrl = await listen(executorServer);
  const inngest = new Inngest({ id: appId, isDev: true, baseUrl: executorUrl });
  const functions = define(inngest);
  const appServer = createServer(serve({ client: inngest, functions }));
  const appUrl = `${await listen(appServer)}/api/inngest`;
  const executor = new OfflineExecutor({ db: database.db, appUrl, clock, pollMs: 10, retryBaseMs: 1000, log: () => {} });
  executorServer.on("request", executorRequestHandler(executor, clock));
  await executor.sync();
  executor.start();

  const run = (id: string) => getRun(database.db, id);
  /** Polls until `check` passes, moving the clock by `advanceMs` each time (0 = real time only). */
  async function until<T>(check: () => Promise<T | null | undefined | false>, { advanceMs = 0, timeoutMs = 15_000 } = {}): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = await check();
      if (v) return v;
      if (Date.now() > deadline) throw new Error("condition not reached in time");
      if (advanceMs) clock.advance(advanceMs);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  const runsOf = async (fnId: string) => (await import("../inspector")).listRuns(database.db, { functionId: `${appId}-${fnId}`, limit: 100 });
  const settled = (id: string, advanceMs = 0) => until(async () => {
    const r = await run(id);
    return r && ["completed", "failed", "cancelled"].includes(r.status) ? r : null;
  }, { advanceMs });

  return {
    inngest,
    executor,
    clock,
    executorUrl,
    run,
    runsOf,
    until,
    settled,
    async stop() {
      await executor.stop();
      await Promise.all([new Promise((r) => appServer.close(r)), new Promise((r) => executorServer.close(r))]);
    },
  };
}
