import { Smartphone } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/common/forbidden";
import { EmptyState } from "@/components/ui/empty-state";
import { requireMember } from "@/lib/tenancy/require-member";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";

export default async function ChannelsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { ctx, allowed } = await requireMember((await params).workspace, { roles: MANAGER_ROLES });
  if (!allowed) return <Forbidden role={ctx.role} />;
  const t = await getTranslations("settings.channels");
  return <EmptyState icon={<Smartphone />} title={t("emptyTitle")} description={t("emptyBody")} />;
}
