import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { simulatorTemplates } from "@/db/schema";
import { withTenant } from "@/lib/tenancy/with-tenant";
import type { NewTemplate } from "./template-validation";

/**
 * The simulator's copy of Meta's template store (`simulator_templates`), per workspace and WABA.
 * Names are not unique: one row per name and language, as Meta counts them.
 */

export type SimulatorTemplate = typeof simulatorTemplates.$inferSelect;

const isUniqueViolation = (e: unknown): boolean => {
  for (let c: unknown = e; c; c = (c as { cause?: unknown }).cause) if ((c as { code?: unknown }).code === "23505") return true;
  return false;
};

/** Stores a submitted template as PENDING; "duplicate" when that name and language already exist. */
export async function insertSimulatorTemplate(db: Db, tenantId: string, wabaId: string, t: NewTemplate): Promise<SimulatorTemplate | "duplicate"> {
  try {
    return await withTenant(
      tenantId,
      async (tx) => {
        const [existing] = await tx
          .select({ id: simulatorTemplates.id })
          .from(simulatorTemplates)
          .where(and(eq(simulatorTemplates.tenantId, tenantId), eq(simulatorTemplates.wabaId, wabaId), eq(simulatorTemplates.name, t.name), eq(simulatorTemplates.language, t.language)));
        if (existing) return "duplicate" as const;
        const [row] = await tx
          .insert(simulatorTemplates)
          .values({ tenantId, wabaId, name: t.name, language: t.language, category: t.category, parameterFormat: t.parameterFormat, components: t.components, status: "PENDING" })
          .returning();
        return row;
      },
      db,
    );
  } catch (e) {
    // A concurrent create of the same name and language (or the same WABA id in another workspace).
    if (isUniqueViolation(e)) return "duplicate";
    throw e;
  }
}

export function findSimulatorTemplate(db: Db, tenantId: string, id: string): Promise<SimulatorTemplate | undefined> {
  return withTenant(tenantId, async (tx) => (await tx.select().from(simulatorTemplates).where(and(eq(simulatorTemplates.tenantId, tenantId), eq(simulatorTemplates.id, id))))[0], db);
}

export function findTemplateByName(db: Db, tenantId: string, wabaId: string, name: string, language: string): Promise<SimulatorTemplate | undefined> {
  return withTenant(
    tenantId,
    async (tx) =>
      (
        await tx
          .select()
          .from(simulatorTemplates)
          .where(and(eq(simulatorTemplates.tenantId, tenantId), eq(simulatorTemplates.wabaId, wabaId), eq(simulatorTemplates.name, name), eq(simulatorTemplates.language, language)))
      )[0],
    db,
  );
}

/** Every template of the WABA, oldest first (the list endpoint pages over it). */
export function listSimulatorTemplates(db: Db, tenantId: string, wabaId: string): Promise<SimulatorTemplate[]> {
  return withTenant(
    tenantId,
    (tx) =>
      tx
        .select()
        .from(simulatorTemplates)
        .where(and(eq(simulatorTemplates.tenantId, tenantId), eq(simulatorTemplates.wabaId, wabaId)))
        .orderBy(asc(simulatorTemplates.createdAt), asc(simulatorTemplates.id)),
    db,
  );
}

/**
 * Moves a template to `status`. With `onlyFrom`, only a template still in that status moves (a
 * review never overrides a later manual change); returns the updated row, or null when none moved.
 */
export async function updateSimulatorTemplateStatus(db: Db, tenantId: string, id: string, status: string, reason: string | null, onlyFrom?: string): Promise<SimulatorTemplate | null> {
  const [row] = await withTenant(
    tenantId,
    (tx) =>
      tx
        .update(simulatorTemplates)
        .set({ status, reason })
        .where(and(eq(simulatorTemplates.tenantId, tenantId), eq(simulatorTemplates.id, id), ...(onlyFrom ? [eq(simulatorTemplates.status, onlyFrom)] : [])))
        .returning(),
    db,
  );
  return row ?? null;
}
