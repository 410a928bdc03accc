import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/common/forbidden";
import { PageHeader } from "@/components/common/page-header";
import { NewTemplateForm } from "@/components/templates/new-template-form";
import { languageName, TEMPLATE_LANGUAGES } from "@/lib/templates/languages";
import { requireMember } from "@/lib/tenancy/require-member";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { listChannels } from "@/lib/whatsapp/channel-queries";

export default async function NewTemplatePage({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: Promise<{ channel?: string }> }) {
  const { ctx, allowed } = await requireMember((await params).workspace, { roles: MANAGER_ROLES });
  if (!allowed) return <Forbidden role={ctx.role} />;
  const [t, locale, channels, { channel }] = await Promise.all([getTranslations("templates.form"), getLocale(), withTenant(ctx.tenantId, (tx) => listChannels(tx, ctx)), searchParams]);
  if (!channels.length) redirect(`/w/${ctx.tenant.slug}/templates`);
  const options = channels.map((c) => ({ id: c.id, name: c.name, displayPhoneNumber: c.displayPhoneNumber }));
  const languages = TEMPLATE_LANGUAGES.map((code) => ({ code, label: languageName(code, locale) }));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="max-w-6xl p-6">
        <NewTemplateForm slug={ctx.tenant.slug} channels={options} languages={languages} defaultChannelId={options.find((c) => c.id === channel)?.id ?? options[0].id} businessName={ctx.tenant.name} />
      </div>
    </>
  );
}
