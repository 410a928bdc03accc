import type { Server } from "node:http";
import { getDatabase } from "@/db/client";
import { getEnv } from "@/lib/env";
import { OfflineExecutor } from "@/inngest/offline/executor";
import { createExecutorServer } from "@/inngest/offline/server";

/**
 * The offline executor running inside the app's own process (npm run dev, e2e, single-machine
 * installs): it shares the app's database handle, which the embedded PGlite requires, and listens
 * on HILO_EXECUTOR_PORT where the SDK sends events (INNGEST_DEV points there).
 */
type Embedded = { executor: OfflineExecutor; server: Server; synced: boolean; error?: string };
const g = globalThis as unknown as { __hiloExecutor?: Embedded };

export function embeddedExecutor(): Embedded | undefined {
  return g.__hiloExecutor;
}

export function startEmbeddedExecutor(): Embedded {
  if (g.__hiloExecutor) return g.__hiloExecutor;
  const env = getEnv();
  const appUrl = `http://127.0.0.1:${env.PORT}/api/inngest`;
  // A slower idle poll than in tests: events and results wake the loop at once anyway.
  const executor = new OfflineExecutor({ db: getDatabase().db, appUrl, pollMs: 200 });
  const server = createExecutorServer(executor);
  const state: Embedded = { executor, server, synced: false };
  g.__hiloExecutor = state;
  server.listen(env.HILO_EXECUTOR_PORT, "127.0.0.1");
  server.on("error", (e) => {
    state.error = `executor port ${env.HILO_EXECUTOR_PORT}: ${e.message}`;
    console.error(`[executor] ${state.error}`);
  });
  executor.start();
  // The app answers once Next has compiled /api/inngest: keep trying in the background.
  void executor
    .syncWhenReady()
    .then((n) => {
      state.synced = true;
      console.log(`[executor] synced ${n} functions from ${appUrl}; events on http://127.0.0.1:${env.HILO_EXECUTOR_PORT}`);
    })
    .catch((e) => {
      state.error = `sync failed: ${e instanceof Error ? e.message : e}`;
      console.error(`[executor] ${state.error}`);
    });
  return state;
}
