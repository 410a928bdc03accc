import { jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";

/**
 * Bookkeeping of system jobs (retention purges and the like). Deliberately not tenant-owned: a
 * run spans every workspace, so it has no tenant_id and no row-level-security policy.
 */
export const maintenanceRuns = pgTable("maintenance_runs", {
  id: id(),
  task: text().notNull(),
  ranAt: createdAt(),
  details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
});
