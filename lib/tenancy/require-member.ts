import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireUser } from "@/lib/auth/session";
import type { TenantContext } from "./context";
import { hasRole, type Role } from "./roles";
import { withUser } from "./with-tenant";
import { findMembershipBySlug } from "./workspaces";

export type MemberAccess = { ctx: TenantContext; allowed: boolean };

// One lookup per request, however many layouts and pages ask.
const loadMembership = cache(async (slug: string): Promise<TenantContext> => {
  const user = await requireUser(`/w/${slug}`);
  const m = await withUser(user.id, (tx) => findMembershipBySlug(tx, user.id, slug));
  // Not a member and no such workspace look the same from outside.
  if (!m) notFound();
  return { tenantId: m.tenant.id, userId: user.id, role: m.role, tenant: m.tenant };
});

/**
 * The one membership-and-role check for every page and action under /w/[workspace].
 * Signed out → sign-in; not a member → 404; otherwise the context and whether `roles` allow
 * this member (pages render a "not allowed" notice, actions refuse).
 */
export async function requireMember(slug: string, opts: { roles?: readonly Role[] } = {}): Promise<MemberAccess> {
  const ctx = await loadMembership(slug);
  return { ctx, allowed: hasRole(ctx.role, opts.roles) };
}
