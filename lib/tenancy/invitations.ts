import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { auditLog, invitations, memberships, tenants, users } from "@/db/schema";
import { createAccountInTx, isUniqueViolation, type accountSchema } from "@/lib/auth/sign-up";
import { AppError } from "@/lib/errors/app-error";
import type { z } from "zod";
import type { TenantContext } from "./context";
import type { INVITABLE_ROLES } from "./roles";
import { actAsTenant } from "./with-tenant";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates an invitation link; the token is returned once and only its hash is stored. */
export async function createInvitation(tx: Tx, ctx: TenantContext, input: { role: (typeof INVITABLE_ROLES)[number]; email?: string | null }, now = new Date()) {
  const token = randomBytes(24).toString("base64url");
  const [row] = await tx
    .insert(invitations)
    .values({
      tenantId: ctx.tenantId,
      role: input.role,
      email: input.email?.trim().toLowerCase() || null,
      tokenHash: hashToken(token),
      invitedBy: ctx.userId,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
    })
    .returning();
  await tx.insert(auditLog).values({ tenantId: ctx.tenantId, actorUserId: ctx.userId, action: "invitation.created", targetType: "invitation", targetId: row.id, data: { role: input.role } });
  return { invitation: row, token };
}

/** Invitations not yet accepted, revoked or expired. */
export function listPendingInvitations(tx: Tx, ctx: TenantContext, now = new Date()) {
  return tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.tenantId, ctx.tenantId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)))
    .orderBy(desc(invitations.createdAt));
}

export async function revokeInvitation(tx: Tx, ctx: TenantContext, invitationId: string) {
  const updated = await tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.tenantId, ctx.tenantId), eq(invitations.id, invitationId), isNull(invitations.acceptedAt)))
    .returning({ id: invitations.id });
  if (!updated.length) throw new AppError("not_found:invitation");
  await tx.insert(auditLog).values({ tenantId: ctx.tenantId, actorUserId: ctx.userId, action: "invitation.revoked", targetType: "invitation", targetId: invitationId });
}

export type InvitationState = "valid" | "expired" | "revoked" | "accepted";

function stateOf(inv: typeof invitations.$inferSelect, now: Date): InvitationState {
  if (inv.revokedAt) return "revoked";
  if (inv.acceptedAt) return "accepted";
  if (inv.expiresAt <= now) return "expired";
  return "valid";
}

/**
 * Looks an invitation up by its token before any tenant is known. Runs as the tables' owner:
 * what authorizes it is possession of the token (only its hash is stored).
 */
export async function unsafeFindInvitationByToken(token: string, db: Db = getDb(), now = new Date()) {
  const [row] = await db
    .select({ invitation: invitations, workspaceName: tenants.name, workspaceSlug: tenants.slug, inviterName: users.name })
    .from(invitations)
    .innerJoin(tenants, eq(tenants.id, invitations.tenantId))
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(eq(invitations.tokenHash, hashToken(token)))
    .limit(1);
  if (!row) return null;
  return { ...row, state: stateOf(row.invitation, now) };
}

export type Joiner = { userId: string } | { newAccount: z.input<typeof accountSchema> };

/**
 * Accepts an invitation for a signed-in user or for a new account, in one transaction: an expired,
 * revoked or used link, or a duplicate email, leaves nothing created. Safe against double clicks:
 * the invitation row is locked and can be used once.
 */
export async function acceptInvitationOrThrow(token: string, joiner: Joiner, db: Db = getDb(), now = new Date()) {
  try {
    return await db.transaction(async (tx) => {
      // As owner: the tenant is not known until the token is (see unsafeFindInvitationByToken).
      const [inv] = await tx.select().from(invitations).where(eq(invitations.tokenHash, hashToken(token))).for("update").limit(1);
      if (!inv) throw new AppError("not_found:invitation");
      const state = stateOf(inv, now);
      if (state === "expired") throw new AppError("expired:invitation");
      if (state !== "valid") throw new AppError("not_found:invitation", { message: `invitation ${state}` });

      const userId = "userId" in joiner ? joiner.userId : (await createAccountInTx(tx, joiner.newAccount)).id;
      await actAsTenant(tx, inv.tenantId);
      const existing = await tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.tenantId, inv.tenantId), eq(memberships.userId, userId)));
      if (existing.length) throw new AppError("conflict:already_member");
      await tx.insert(memberships).values({ tenantId: inv.tenantId, userId, role: inv.role });
      await tx.update(invitations).set({ acceptedAt: now, acceptedBy: userId }).where(and(eq(invitations.tenantId, inv.tenantId), eq(invitations.id, inv.id)));
      await tx.insert(auditLog).values({ tenantId: inv.tenantId, actorUserId: userId, action: "invitation.accepted", targetType: "invitation", targetId: inv.id, data: { role: inv.role } });
      const [tenant] = await tx.select({ slug: tenants.slug }).from(tenants).where(eq(tenants.id, inv.tenantId));
      return { userId, tenantId: inv.tenantId, slug: tenant.slug, role: inv.role };
    });
  } catch (e) {
    if (isUniqueViolation(e, "users_email")) throw new AppError("conflict:email", { cause: e });
    throw e;
  }
}
