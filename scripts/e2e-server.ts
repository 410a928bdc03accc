// Starts the built app for Playwright: a fresh embedded database, migrated and seeded, then `next start`.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { migrateFromEnv } from "./db-migrate";
import { seedFromEnv } from "./db-seed";

async function main() {
  const dir = process.env.PGLITE_DIR;
  if (!dir || !dir.includes("e2e")) throw new Error("PGLITE_DIR must point at a throwaway e2e directory");
  if (process.env.DATABASE_URL) throw new Error("The e2e server runs on the embedded database only");
  rmSync(dir, { recursive: true, force: true });
  await migrateFromEnv();
  await seedFromEnv();
  const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "--port", process.env.PORT ?? "3100"], { stdio: "inherit" });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
