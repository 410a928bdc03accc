import { Tags } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { BusinessPageFrame } from "@/components/business/business-page-frame";
import { ServiceImportForm } from "@/components/business/csv-import-form";
import { ServiceDialog } from "@/components/business/service-dialog";
import { ServicesTable } from "@/components/business/services-table";
import { EmptyState } from "@/components/ui/empty-state";
import { listServices } from "@/lib/business/services";
import { requireMember } from "@/lib/tenancy/require-member";
import { hasRole, MANAGER_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/with-tenant";

// Settings → Services: what the business offers, with the prices the assistant may quote. Managers edit; agents read.
export default async function ServicesSettingsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { ctx } = await requireMember((await params).workspace);
  const canManage = hasRole(ctx.role, MANAGER_ROLES);
  const [services, t, locale] = await Promise.all([withTenant(ctx.tenantId, (tx) => listServices(tx, ctx.tenantId)), getTranslations("business"), getLocale()]);
  const language = locale === "en" ? "en" : "es";
  const slug = ctx.tenant.slug;
  return (
    <BusinessPageFrame canManage={canManage} title={t("page.servicesTitle")} description={t("page.servicesDescription")}>
      {services.length === 0 ? (
        <EmptyState icon={<Tags />} title={t("services.emptyTitle")} description={t("services.emptyBody")}>
          {canManage ? <ServiceDialog slug={slug} language={language} /> : null}
        </EmptyState>
      ) : (
        <section className="grid gap-4" aria-label={t("page.servicesTitle")}>
          {canManage ? (
            <div className="flex justify-end">
              <ServiceDialog slug={slug} language={language} />
            </div>
          ) : null}
          <ServicesTable slug={slug} services={services} canManage={canManage} language={language} />
        </section>
      )}
      {canManage ? <ServiceImportForm slug={slug} /> : null}
    </BusinessPageFrame>
  );
}
