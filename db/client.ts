import "server-only";
import { getEnv } from "@/lib/env";
import { openDatabase, type Database } from "./engine";

/**
 * The app's one database handle. Cached on globalThis so hot reload in development does not
 * open a second pool (or a second PGlite on the same directory, which would corrupt it).
 */
const globalForDb = globalThis as unknown as { __hiloDb?: Database };

export function getDatabase(): Database {
  if (!globalForDb.__hiloDb) {
    const env = getEnv();
    globalForDb.__hiloDb = openDatabase({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  }
  return globalForDb.__hiloDb;
}

export const getDb = () => getDatabase().db;
export type { Db, Tx } from "./engine";
