import { inject } from "vitest";
import { migrateDatabase, openDatabase, type Database, type Engine } from "../engine";

/** A migrated in-memory PGlite: each call is a fresh, empty database. */
export async function openPgliteTestDatabase(): Promise<Database> {
  const database = openDatabase({ pgliteDir: "memory://" });
  await migrateDatabase(database);
  return database;
}

/** The run's fresh PostgreSQL database (see global-setup.ts), or null when none answered. */
export function postgresTestUrl(): string | null {
  if (process.env.HILO_TEST_ENGINE === "pglite") return null;
  try {
    return inject("testEngine") === "postgres" ? inject("testDatabaseUrl") : null;
  } catch {
    return null; // a project without the global setup
  }
}

/** The database a suite runs against: this run's PostgreSQL if there is one, else PGlite. */
export async function openTestDatabase(): Promise<Database & { engine: Engine }> {
  const url = postgresTestUrl();
  return url ? openDatabase({ url, max: 4 }) : openPgliteTestDatabase();
}
