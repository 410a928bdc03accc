"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { TIME_ZONES } from "@/lib/tenancy/time-zones";
import { createInvitation, revokeInvitation } from "@/lib/tenancy/invitations";
import { changeMemberRole, removeMember } from "@/lib/tenancy/members";
import { INVITABLE_ROLES, MANAGER_ROLES, ROLES } from "@/lib/tenancy/roles";
import { workspaceAction } from "@/lib/tenancy/workspace-action";
import { updateWorkspace } from "@/lib/tenancy/workspaces";
import { appOrigin } from "@/lib/http/app-origin";

const managers = { roles: MANAGER_ROLES };

export const updateWorkspaceAction = workspaceAction(
  { ...managers, schema: z.object({ name: z.string().trim().min(2).max(80), timeZone: z.enum(TIME_ZONES), defaultLocale: z.enum(["es", "en"]) }) },
  async (input, ctx, tx) => {
    await updateWorkspace(tx, ctx.tenantId, ctx.userId, input);
    revalidatePath(`/w/${ctx.tenant.slug}`, "layout");
  },
);

/** Returns the link once: only the token's hash is stored. */
export const createInvitationAction = workspaceAction(
  { ...managers, schema: z.object({ role: z.enum(INVITABLE_ROLES), email: z.union([z.email(), z.literal("")]).optional() }) },
  async (input, ctx, tx) => {
    const { token, invitation } = await createInvitation(tx, ctx, { role: input.role, email: input.email || null });
    revalidatePath(`/w/${ctx.tenant.slug}/settings/team`);
    return { url: `${await appOrigin()}/invite/${token}`, expiresAt: invitation.expiresAt.toISOString(), role: invitation.role };
  },
);

export const revokeInvitationAction = workspaceAction({ ...managers, schema: z.object({ invitationId: z.uuid() }) }, async ({ invitationId }, ctx, tx) => {
  await revokeInvitation(tx, ctx, invitationId);
  revalidatePath(`/w/${ctx.tenant.slug}/settings/team`);
});

export const changeRoleAction = workspaceAction({ ...managers, schema: z.object({ membershipId: z.uuid(), role: z.enum(ROLES) }) }, async ({ membershipId, role }, ctx, tx) => {
  await changeMemberRole(tx, ctx, membershipId, role);
  revalidatePath(`/w/${ctx.tenant.slug}/settings/team`);
});

export const removeMemberAction = workspaceAction({ ...managers, schema: z.object({ membershipId: z.uuid() }) }, async ({ membershipId }, ctx, tx) => {
  await removeMember(tx, ctx, membershipId);
  revalidatePath(`/w/${ctx.tenant.slug}/settings/team`);
});
