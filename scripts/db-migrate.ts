// npm run db:migrate — applies db/migrations to PostgreSQL (DATABASE_URL) or the embedded PGlite.
import { migrateDatabase, openDatabase } from "../db/engine";
import { getDatabaseEnv } from "../lib/env";
import { loadEnvFiles } from "./env-files";

export async function migrateFromEnv() {
  const database = openDatabase(getDatabaseEnv());
  try {
    await migrateDatabase(database);
    return database.engine;
  } finally {
    await database.close();
  }
}

if (process.argv[1]?.endsWith("db-migrate.ts")) {
  loadEnvFiles();
  migrateFromEnv()
    .then((engine) => console.log(`✓ migrations applied (${engine})`))
    .catch((e) => {
      console.error("✗ migration failed:", e);
      process.exit(1);
    });
}
