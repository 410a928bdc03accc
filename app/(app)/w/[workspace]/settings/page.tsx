import { Forbidden } from "@/components/common/forbidden";
import { WorkspaceForm } from "@/components/settings/workspace-form";
import { requireMember } from "@/lib/tenancy/require-member";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";

export default async function GeneralSettingsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { ctx, allowed } = await requireMember((await params).workspace, { roles: MANAGER_ROLES });
  if (!allowed) return <Forbidden role={ctx.role} />;
  const { tenant } = ctx;
  return <WorkspaceForm slug={tenant.slug} name={tenant.name} timeZone={tenant.timeZone} defaultLocale={tenant.defaultLocale} />;
}
