import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { requireMember } from "@/lib/tenancy/require-member";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";

// Chrome only; every settings page makes its own role check (layouts and pages render in parallel).
export default async function SettingsLayout({ children, params }: { children: React.ReactNode; params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { allowed } = await requireMember(workspace, { roles: MANAGER_ROLES });
  if (!allowed) return children;
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SettingsTabs slug={workspace} />
      <div className="max-w-4xl p-6">{children}</div>
    </>
  );
}
