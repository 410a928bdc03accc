// npm run dev — development secrets, migrations, demo data, then `next dev`.
import { spawn } from "node:child_process";
import { DEMO_PASSWORD, DEMO_TENANT, DEMO_USERS } from "../db/seed-data";
import { getEnv } from "../lib/env";
import { migrateFromEnv } from "./db-migrate";
import { printCredentials, seedFromEnv } from "./db-seed";
import { ensureDevSecrets, loadEnvFiles } from "./env-files";

async function main() {
  const added = ensureDevSecrets();
  if (added.length) console.log(`• generated ${added.join(" and ")} into .env.local (development only)`);
  loadEnvFiles();
  const env = getEnv(); // explains what is missing or wrong, before anything starts
  const started = Date.now();
  const engine = await migrateFromEnv();
  console.log(`• database: ${engine === "pglite" ? `embedded PGlite in ${env.PGLITE_DIR}` : "PostgreSQL (DATABASE_URL)"}, migrations applied`);
  if (env.SEED_DEMO === "true") {
    const seeded = await seedFromEnv({ onlyIfMissing: true });
    console.log(seeded ? "• demo workspace created" : "• demo workspace already there (npm run db:seed re-seeds it)");
    printCredentials(seeded ?? { slug: DEMO_TENANT.slug, password: DEMO_PASSWORD, users: DEMO_USERS }, env.PORT);
  }
  console.log(`• ready to start Next.js after ${Date.now() - started} ms`);

  // Workflows: unless pointed at a real Inngest, run the offline executor inside the app.
  const workflowEnv: Record<string, string> = {};
  if (!process.env.INNGEST_DEV && !process.env.INNGEST_BASE_URL && !process.env.INNGEST_SIGNING_KEY) {
    workflowEnv.HILO_EXECUTOR = "embedded";
    workflowEnv.INNGEST_DEV = `http://127.0.0.1:${env.HILO_EXECUTOR_PORT}`;
    console.log(`• workflows: offline executor inside the app (events on ${workflowEnv.INNGEST_DEV}, runs at ${workflowEnv.INNGEST_DEV}/runs)`);
  }

  const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "dev", "--port", String(env.PORT)], { stdio: "inherit", env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, ...workflowEnv } });
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
