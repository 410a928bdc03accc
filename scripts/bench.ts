// npm run bench — the project's benchmarks. Prints tables; `npm run bench -- --json` prints one JSON
// object with an entry per benchmark; `-- --only executor` (or webhook) runs one. Measures only:
// nothing here fails on a time. Everything runs on loopback and stops by itself.
import "./server-only-shim";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { migrateDatabase, openDatabase } from "../db/engine";
import { benchExecutor, type ExecutorFigures } from "./bench/executor";
import { benchWebhook, type WebhookFigures } from "./bench/webhook";

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
// Bench-only secrets for the app the webhook bench starts (and for encrypting its channel here).
process.env.APP_ENCRYPTION_KEY ||= randomBytes(32).toString("base64");
process.env.AUTH_SECRET ||= randomBytes(33).toString("base64url");

/** A fresh PostgreSQL database for one benchmark (dropped by `drop`), or null when none answers. */
async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const admin = postgres(ADMIN_URL, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await admin`select 1`;
  } catch {
    await admin.end().catch(() => {});
    return null;
  }
  const name = `hilo_bench_${randomBytes(4).toString("hex")}`;
  await admin.unsafe(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

async function executorBench(): Promise<ExecutorFigures[]> {
  const figures: ExecutorFigures[] = [];
  const pg = await freshPostgres();
  if (pg) {
    const d = openDatabase({ url: pg.url, max: 10 });
    await migrateDatabase(d);
    try {
      figures.push(await benchExecutor(d));
    } finally {
      await d.close();
      await pg.drop();
    }
  } else console.error(`(no PostgreSQL at ${ADMIN_URL}: executor on PGlite only)`);
  const lite = openDatabase({ pgliteDir: "memory://" });
  await migrateDatabase(lite);
  try {
    figures.push(await benchExecutor(lite));
  } finally {
    await lite.close();
  }
  return figures;
}

async function webhookBench(): Promise<WebhookFigures> {
  const pg = await freshPostgres();
  try {
    return await benchWebhook(pg ? { url: pg.url, engine: "postgres" } : { engine: "pglite" });
  } finally {
    await pg?.drop();
  }
}

async function main() {
  const json = process.argv.includes("--json");
  const only = process.argv[process.argv.indexOf("--only") + 1];
  const want = (name: string) => !process.argv.includes("--only") || only === name;
  const result: Record<string, unknown> = {};
  if (want("executor")) result.executor = Object.fromEntries((await executorBench()).map((e) => [e.engine, e]));
  if (want("webhook")) result.webhook = await webhookBench();
  if (json) return console.log(JSON.stringify(result));
  if (result.executor) {
    console.log("\nexecutor (offline Inngest executor, real SDK over loopback HTTP)");
    console.table(Object.values(result.executor as Record<string, ExecutorFigures>).map((e) => ({ engine: e.engine, runs: e.runs, "runs/s (3 steps)": e.runsPerSecond3Steps, "ms per run (3 steps)": e.msPerRun3Steps, "ms per extra step": e.msPerExtraStep })));
  }
  if (result.webhook) {
    const w = result.webhook as WebhookFigures;
    console.log(`\nwebhook (next start, ${w.engine}, ${w.concurrency} concurrent clients; half inbound messages, half statuses)`);
    console.table([
      { route: "GET /api/health/live (empty)", "req/s": w.emptyRoute.perSecond, "p50 ms": w.emptyRoute.p50Ms, "p99 ms": w.emptyRoute.p99Ms, errors: w.emptyRoute.errors },
      { route: "POST /api/webhooks/whatsapp/:id", "req/s": w.webhook.perSecond, "p50 ms": w.webhook.p50Ms, "p99 ms": w.webhook.p99Ms, errors: w.webhook.errors },
    ]);
  }
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
