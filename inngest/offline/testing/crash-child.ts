// A disposable process for the crash test: serves a 5-step function and runs the executor on the
// database named by DATABASE_URL or PGLITE_DIR. The test kills it with SIGKILL mid-run and starts
// another one on the same database.
import { appendFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest } from "inngest";
import { serve } from "inngest/node";
import { migrateDatabase, openDatabase } from "../../../db/engine";
import { OfflineExecutor } from "../executor";
import { createExecutorServer } from "../server";

const log = process.env.CRASH_LOG!;
const listen = (s: ReturnType<typeof createServer>) => new Promise<number>((r) => s.listen(0, "127.0.0.1", () => r((s.address() as AddressInfo).port)));

async function main() {
  const database = openDatabase({ url: process.env.DATABASE_URL || undefined, pgliteDir: process.env.PGLITE_DIR });
  await migrateDatabase(database);
  const executor = new OfflineExecutor({ db: database.db, appUrl: "", pollMs: 20, leaseMs: Number(process.env.LEASE_MS ?? 1500), retryBaseMs: 200, log: () => {} });
  const executorServer = createExecutorServer(executor);
  const executorPort = await listen(executorServer);
  const inngest = new Inngest({ id: "crash", isDev: true, baseUrl: `http://127.0.0.1:${executorPort}` });
  const fn = inngest.createFunction({ id: "five-steps", triggers: [{ event: "crash/go" }] }, async ({ step }) => {
    let total = 0;
    for (let i = 1; i <= 5; i++) {
      total += await step.run(`step-${i}`, async () => {
        appendFileSync(log, `start:${i}\n`);
        await new Promise((r) => setTimeout(r, 150));
        appendFileSync(log, `done:${i}\n`);
        return i * 10;
      });
    }
    return total;
  });
  const app = createServer(serve({ client: inngest, functions: [fn] }));
  const appPort = await listen(app);
  executor.setAppUrl(`http://127.0.0.1:${appPort}/api/inngest`);
  await executor.sync();
  executor.start();
  if (process.env.SEND_EVENT) await inngest.send({ name: "crash/go", data: {}, id: "crash-event-1" });
  console.log(JSON.stringify({ ready: true, executor: `http://127.0.0.1:${executorPort}` }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
