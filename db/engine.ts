import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "./schema";

/**
 * Opens the database: PostgreSQL through postgres.js when a URL is given, otherwise the embedded
 * PGlite (a directory, or `memory://` for tests). Both give the same drizzle API, so the rest of
 * the code has one path. `db/client.ts` keeps one per process for the app; scripts and tests call this.
 */
export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Engine = "postgres" | "pglite";

export type Database = { db: Db; engine: Engine; close: () => Promise<void> };

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

export function openDatabase(opts: { url?: string; pgliteDir?: string; max?: number }): Database {
  if (opts.url) {
    const client = postgres(opts.url, { max: opts.max ?? 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema, casing: "snake_case" }) as unknown as Db;
    return { db, engine: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  const dir = opts.pgliteDir ?? ".data/pglite";
  if (!dir.startsWith("memory://")) mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir);
  const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Db;
  return { db, engine: "pglite", close: () => client.close() };
}

/** Applies every committed migration in `db/migrations` (safe to repeat: applied ones are skipped). */
export async function migrateDatabase(database: Database): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (database.engine === "postgres") {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await migratePostgres(database.db as any, config);
  } else {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await migratePglite(database.db as any, config);
  }
}
