import { sql } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";

/**
 * Switches the current transaction to the role `hilo_app` with `app.tenant_id` set, for this
 * transaction only. Row-level security then hides every other workspace's rows even from a
 * query that forgets its `where tenant_id = …` (queries still say it: RLS is the backstop).
 * Being transaction-local, the settings never follow a pooled connection into another request.
 */
export async function actAsTenant(tx: Tx, tenantId: string): Promise<void> {
  await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true), set_config('role', 'hilo_app', true)`);
}

/** `fn` in one transaction scoped to one workspace (see `actAsTenant`). */
export function withTenant<T>(tenantId: string, fn: (tx: Tx) => Promise<T>, db: Db = getDb()): Promise<T> {
  return db.transaction(async (tx) => {
    await actAsTenant(tx, tenantId);
    return fn(tx);
  });
}

/**
 * For a signed-in user before a workspace is chosen: as `hilo_app`, with `app.user_id` set,
 * RLS shows the user's own memberships and the workspaces they belong to, nothing else.
 */
export function withUser<T>(userId: string, fn: (tx: Tx) => Promise<T>, db: Db = getDb()): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.user_id', ${userId}, true), set_config('role', 'hilo_app', true)`);
    return fn(tx);
  });
}
