import { sql } from "drizzle-orm";
import type { Database } from "@/db/engine";

export type DatabaseHealth = { engine: Database["engine"]; ok: boolean; latencyMs: number; error?: string };

/** One round trip to the database; never throws. */
export async function checkDatabase(database: Database): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    await database.db.execute(sql`select 1`);
    return { engine: database.engine, ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (e) {
    return { engine: database.engine, ok: false, latencyMs: Math.round(performance.now() - started), error: e instanceof Error ? e.message : String(e) };
  }
}
