import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { auditLog, memberships, tenants } from "@/db/schema";
import { actAsTenant } from "./with-tenant";
import type { Role } from "./roles";
import { RESERVED_SLUGS, slugify, withSuffix } from "./slug";

export type WorkspaceInput = { name: string; timeZone?: string; defaultLocale?: string };

/** Picks a free slug for `name` (queries run as the table owner: slugs are global and unique). */
export async function freeSlugFor(tx: Tx, name: string): Promise<string> {
  const base = slugify(name);
  const taken = await tx
    .select({ slug: tenants.slug })
    .from(tenants)
    .where(inArray(tenants.slug, Array.from({ length: 20 }, (_, i) => withSuffix(base, i + 1))));
  const used = new Set(taken.map((t) => t.slug));
  for (let n = 1; n <= 20; n++) {
    const s = withSuffix(base, n);
    if (!used.has(s) && !RESERVED_SLUGS.has(s)) return s;
  }
  return `${base}-${crypto.randomUUID().slice(0, 8)}`;
}

/**
 * Creates a workspace with `ownerId` as its owner, inside the caller's transaction (so a failure
 * later in the same transaction leaves no workspace behind). Switches the transaction to the new tenant.
 */
export async function createWorkspaceInTx(tx: Tx, ownerId: string, input: WorkspaceInput) {
  const slug = await freeSlugFor(tx, input.name);
  const tenantId = crypto.randomUUID();
  await actAsTenant(tx, tenantId);
  const [tenant] = await tx
    .insert(tenants)
    .values({ id: tenantId, name: input.name.trim(), slug, timeZone: input.timeZone ?? "Europe/Madrid", defaultLocale: input.defaultLocale ?? "es" })
    .returning();
  await tx.insert(memberships).values({ tenantId, userId: ownerId, role: "owner" });
  await tx.insert(auditLog).values({ tenantId, actorUserId: ownerId, action: "workspace.created", targetType: "tenant", targetId: tenantId, data: { slug } });
  return tenant;
}

export type WorkspaceSummary = { id: string; name: string; slug: string; role: Role };

/** The workspaces a user belongs to (run inside `withUser`). */
export async function listUserWorkspaces(tx: Tx, userId: string): Promise<WorkspaceSummary[]> {
  return tx
    .select({ id: tenants.id, name: tenants.name, slug: tenants.slug, role: memberships.role })
    .from(memberships)
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(tenants.name));
}

/** The user's membership in the workspace with this slug, or null (run inside `withUser`). */
export async function findMembershipBySlug(tx: Tx, userId: string, slug: string) {
  const [row] = await tx
    .select({ tenant: tenants, role: memberships.role })
    .from(memberships)
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .where(and(eq(memberships.userId, userId), eq(tenants.slug, slug)))
    .limit(1);
  return row ?? null;
}

export async function updateWorkspace(tx: Tx, tenantId: string, actorId: string, input: Required<WorkspaceInput>) {
  await tx.update(tenants).set({ name: input.name.trim(), timeZone: input.timeZone, defaultLocale: input.defaultLocale }).where(eq(tenants.id, tenantId));
  await tx.insert(auditLog).values({ tenantId, actorUserId: actorId, action: "workspace.updated", targetType: "tenant", targetId: tenantId, data: input });
}

/** A signed-in user creates another workspace and becomes its owner. */
export function createWorkspace(db: Db, ownerId: string, input: WorkspaceInput) {
  return db.transaction((tx) => createWorkspaceInTx(tx, ownerId, input));
}
