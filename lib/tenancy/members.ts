import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { auditLog, memberships, users } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import type { TenantContext } from "./context";
import type { Role } from "./roles";

export function listMembers(tx: Tx, ctx: TenantContext) {
  return tx
    .select({ id: memberships.id, userId: users.id, name: users.name, email: users.email, role: memberships.role, since: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, ctx.tenantId))
    .orderBy(asc(memberships.createdAt));
}

async function loadMemberOrThrow(tx: Tx, ctx: TenantContext, membershipId: string) {
  const [m] = await tx.select().from(memberships).where(and(eq(memberships.tenantId, ctx.tenantId), eq(memberships.id, membershipId))).for("update");
  if (!m) throw new AppError("not_found:member");
  return m;
}

async function assertNotLastOwner(tx: Tx, ctx: TenantContext, target: { role: Role }) {
  if (target.role !== "owner") return;
  const owners = await tx.select({ id: memberships.id }).from(memberships).where(and(eq(memberships.tenantId, ctx.tenantId), eq(memberships.role, "owner")));
  if (owners.length <= 1) throw new AppError("forbidden:last_owner");
}

/** Only an owner may touch an owner or make one; a workspace always keeps one owner. */
export async function changeMemberRole(tx: Tx, ctx: TenantContext, membershipId: string, role: Role) {
  const m = await loadMemberOrThrow(tx, ctx, membershipId);
  if ((m.role === "owner" || role === "owner") && ctx.role !== "owner") throw new AppError("forbidden:role");
  if (role !== "owner") await assertNotLastOwner(tx, ctx, m);
  await tx.update(memberships).set({ role }).where(and(eq(memberships.tenantId, ctx.tenantId), eq(memberships.id, membershipId)));
  await tx.insert(auditLog).values({ tenantId: ctx.tenantId, actorUserId: ctx.userId, action: "member.role_changed", targetType: "membership", targetId: membershipId, data: { from: m.role, to: role } });
}

export async function removeMember(tx: Tx, ctx: TenantContext, membershipId: string) {
  const m = await loadMemberOrThrow(tx, ctx, membershipId);
  if (m.role === "owner" && ctx.role !== "owner") throw new AppError("forbidden:role");
  await assertNotLastOwner(tx, ctx, m);
  await tx.delete(memberships).where(and(eq(memberships.tenantId, ctx.tenantId), eq(memberships.id, membershipId)));
  await tx.insert(auditLog).values({ tenantId: ctx.tenantId, actorUserId: ctx.userId, action: "member.removed", targetType: "membership", targetId: membershipId, data: { role: m.role } });
}
