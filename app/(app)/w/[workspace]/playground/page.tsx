import { FlaskConical, Inbox } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { BusinessComposer } from "@/components/playground/business-composer";
import { BusinessView } from "@/components/playground/business-view";
import { LiveRefresh } from "@/components/playground/live-refresh";
import { PhoneComposer } from "@/components/playground/phone-composer";
import { PhoneThread } from "@/components/playground/phone-thread";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireMember } from "@/lib/tenancy/require-member";
import { hasRole, MANAGER_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { testCustomerOfUser } from "@/lib/whatsapp/simulator/test-customer";
import { listApprovedTemplates } from "@/lib/templates/queries";
import { listSimulatorChannels, loadTestPhoneThread } from "@/lib/whatsapp/simulator/test-phone";

export default async function PlaygroundPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { ctx } = await requireMember((await params).workspace);
  const [t, customer] = await Promise.all([getTranslations("playground"), testCustomerOfUser(ctx.userId)]);
  const { channel, thread, templates } = await withTenant(ctx.tenantId, async (tx) => {
    const [first] = await listSimulatorChannels(tx, ctx);
    if (!first) return { channel: undefined, thread: [], templates: [] };
    return { channel: first, thread: await loadTestPhoneThread(tx, ctx, first.id, customer.waId), templates: await listApprovedTemplates(tx, ctx, first.id) };
  });
  const slug = ctx.tenant.slug;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="p-6">
        {!channel ? (
          <EmptyState icon={<FlaskConical />} title={t("noSimulatorTitle")} description={hasRole(ctx.role, MANAGER_ROLES) ? t("noSimulatorBody") : t("noSimulatorAgent")}>
            {hasRole(ctx.role, MANAGER_ROLES) ? (
              <Button asChild>
                <Link href={`/w/${slug}/settings/channels`}>{t("connectSimulator")}</Link>
              </Button>
            ) : null}
          </EmptyState>
        ) : (
          <div className="grid gap-8 lg:grid-cols-[24rem_1fr]">
            {/* Replies, ticks and downloaded media arrive a moment later, from workflows: keep both ends live. */}
            <LiveRefresh />
            <section aria-label={t("phoneLabel")} className="mx-auto flex h-[38rem] w-full max-w-sm flex-col overflow-hidden rounded-[2.5rem] border-8 border-neutral-800 bg-[#efeae2] shadow-xl">
              <header className="flex items-center gap-3 bg-[#008069] px-4 py-3 text-white">
                <span className="flex size-9 items-center justify-center rounded-full bg-white/20 text-sm font-semibold">{ctx.tenant.name.slice(0, 1)}</span>
                <div className="grid leading-tight">
                  <span className="text-sm font-semibold">{ctx.tenant.name}</span>
                  <span className="text-xs text-white/80">{t("businessAccount")}</span>
                </div>
              </header>
              {/* column-reverse keeps the scroll anchored at the newest message, as on a phone */}
              <div className="flex flex-1 flex-col-reverse overflow-y-auto p-3">
                <PhoneThread messages={thread} timeZone={ctx.tenant.timeZone} slug={slug} channelId={channel.id} />
              </div>
              <footer className="bg-[#f0f2f5] p-2">
                <PhoneComposer slug={slug} channelId={channel.id} />
              </footer>
            </section>
            <div className="grid content-start gap-4">
              <h2 className="text-base font-semibold">{t("businessTitle")}</h2>
              <BusinessView messages={thread} timeZone={ctx.tenant.timeZone} />
              <BusinessComposer slug={slug} channelId={channel.id} templates={templates} />
              <h2 className="text-base font-semibold">{t("howTitle")}</h2>
              <p className="text-sm text-muted-foreground">{t("howBody", { name: customer.name, number: `+${customer.waId}` })}</p>
              <div>
                <Button asChild variant="outline">
                  <Link href={`/w/${slug}/inbox`}>
                    <Inbox aria-hidden />
                    {t("openInbox")}
                  </Link>
                </Button>
              </div>
            </div>
          </div>
        )}
      </div>
    </>
  );
}
