import { getFormatter, getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/common/forbidden";
import { InviteForm } from "@/components/settings/invite-form";
import { MemberRow } from "@/components/settings/member-row";
import { RevokeInvitationButton } from "@/components/settings/revoke-invitation-button";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { listPendingInvitations } from "@/lib/tenancy/invitations";
import { listMembers } from "@/lib/tenancy/members";
import { requireMember } from "@/lib/tenancy/require-member";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/with-tenant";

export default async function TeamPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { ctx, allowed } = await requireMember((await params).workspace, { roles: MANAGER_ROLES });
  if (!allowed) return <Forbidden role={ctx.role} />;
  const [{ members, invitations }, t, tr, format] = await Promise.all([
    withTenant(ctx.tenantId, async (tx) => ({ members: await listMembers(tx, ctx), invitations: await listPendingInvitations(tx, ctx) })),
    getTranslations("settings.team"),
    getTranslations("roles"),
    getFormatter(),
  ]);
  const slug = ctx.tenant.slug;
  return (
    <div className="grid gap-6">
      <InviteForm slug={slug} />
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("membersTitle")}</CardTitle>
          <CardDescription>{t("membersDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          <ul className="divide-y" aria-label={t("membersTitle")}>
            {members.map((m) => (
              <MemberRow key={m.id} slug={slug} member={m} isSelf={m.userId === ctx.userId} canManageOwners={ctx.role === "owner"} />
            ))}
          </ul>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("pendingTitle")}</CardTitle>
          <CardDescription>{t("pendingDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          {invitations.length ? (
            <ul className="divide-y" aria-label={t("pendingTitle")}>
              {invitations.map((inv) => (
                <li key={inv.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <div className="grid gap-0.5">
                    <span className="text-sm font-medium">{inv.email ?? t("anyoneWithLink")}</span>
                    <span className="text-xs text-muted-foreground">{t("expires", { date: format.dateTime(inv.expiresAt, { dateStyle: "medium", timeStyle: "short", timeZone: ctx.tenant.timeZone }) })}</span>
                  </div>
                  <div className="flex items-center gap-2">
                    <Badge variant="secondary">{tr(inv.role)}</Badge>
                    <RevokeInvitationButton slug={slug} invitationId={inv.id} />
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted-foreground">{t("noPending")}</p>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
