// npm run bench — the project's benchmarks. Prints a table; `npm run bench -- --json` prints one
// JSON object with an entry per benchmark. Measures only: nothing here fails on a time.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { migrateDatabase, openDatabase, type Database } from "../db/engine";
import { benchExecutor, type ExecutorFigures } from "./bench/executor";

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** Each engine we can reach: a fresh PostgreSQL database (dropped afterwards) and in-memory PGlite. */
async function engines(): Promise<{ open: () => Promise<Database>; cleanup: () => Promise<void> }[]> {
  const list: { open: () => Promise<Database>; cleanup: () => Promise<void> }[] = [];
  const admin = postgres(ADMIN_URL, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await admin`select 1`;
    const name = `hilo_bench_${randomBytes(4).toString("hex")}`;
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    list.push({
      open: async () => {
        await admin.unsafe(`create database ${name}`);
        const d = openDatabase({ url: url.toString(), max: 10 });
        await migrateDatabase(d);
        return d;
      },
      cleanup: async () => {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    });
  } catch {
    await admin.end().catch(() => {});
    console.error(`(no PostgreSQL at ${ADMIN_URL}: PGlite only)`);
  }
  list.push({
    open: async () => {
      const d = openDatabase({ pgliteDir: "memory://" });
      await migrateDatabase(d);
      return d;
    },
    cleanup: async () => {},
  });
  return list;
}

async function main() {
  const json = process.argv.includes("--json");
  const executor: ExecutorFigures[] = [];
  for (const engine of await engines()) {
    const database = await engine.open();
    try {
      executor.push(await benchExecutor(database));
    } finally {
      await database.close();
      await engine.cleanup();
    }
  }
  if (json) {
    console.log(JSON.stringify({ executor: Object.fromEntries(executor.map((e) => [e.engine, e])) }));
    return;
  }
  console.log("\nexecutor (offline Inngest executor, real SDK over loopback HTTP)");
  console.table(executor.map((e) => ({ engine: e.engine, runs: e.runs, "runs/s (3 steps)": e.runsPerSecond3Steps, "ms per run (3 steps)": e.msPerRun3Steps, "ms per extra step": e.msPerExtraStep })));
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
