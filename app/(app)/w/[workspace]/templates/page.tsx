import { LayoutTemplate } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AutoRefresh } from "@/components/common/auto-refresh";
import { PageHeader } from "@/components/common/page-header";
import { ChannelTemplates } from "@/components/templates/channel-templates";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { listTemplates } from "@/lib/templates/queries";
import { requireMember } from "@/lib/tenancy/require-member";
import { hasRole, MANAGER_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { listChannels } from "@/lib/whatsapp/channel-queries";

export default async function TemplatesPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { ctx } = await requireMember((await params).workspace);
  const t = await getTranslations("templates");
  const canManage = hasRole(ctx.role, MANAGER_ROLES);
  const { channels, templates } = await withTenant(ctx.tenantId, async (tx) => ({ channels: await listChannels(tx, ctx), templates: await listTemplates(tx, ctx) }));
  const slug = ctx.tenant.slug;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid max-w-5xl gap-6 p-6">
        {/* WhatsApp's verdict arrives by webhook: refresh while any template is still in review. */}
        <AutoRefresh active={templates.some((x) => x.status === "PENDING")} everyMs={2000} />
        {!channels.length ? (
          <EmptyState icon={<LayoutTemplate />} title={t("noChannelTitle")} description={canManage ? t("noChannelBody") : t("noChannelAgent")}>
            {canManage ? (
              <Button asChild>
                <Link href={`/w/${slug}/settings/channels`}>{t("goToChannels")}</Link>
              </Button>
            ) : null}
          </EmptyState>
        ) : (
          channels.map((c) => <ChannelTemplates key={c.id} channel={c} templates={templates.filter((x) => x.channelId === c.id)} slug={slug} canManage={canManage} />)
        )}
        {channels.length && !canManage ? <p className="text-sm text-muted-foreground">{t("readOnly")}</p> : null}
      </div>
    </>
  );
}
