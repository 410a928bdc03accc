import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { AppointmentsAgenda } from "@/components/scheduling/appointments-agenda";
import { ResourcesCard } from "@/components/scheduling/resources-card";
import { listAppointments } from "@/lib/business/appointments";
import { asLanguage } from "@/lib/business/scheduling-labels";
import { listBookableServices, listResources } from "@/lib/business/scheduling-resources";
import { requireMember } from "@/lib/tenancy/require-member";
import { hasRole, MANAGER_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/with-tenant";

/** How far ahead the agenda shows. */
const AGENDA_DAYS = 30;

export default async function AppointmentsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { ctx } = await requireMember((await params).workspace);
  const [t, locale] = await Promise.all([getTranslations("operations.appointments"), getLocale()]);
  const canEdit = hasRole(ctx.role, MANAGER_ROLES);
  const now = new Date();
  const { appointments, resources, services } = await withTenant(ctx.tenantId, async (tx) => ({
    // From an hour ago, so an appointment under way still shows.
    appointments: await listAppointments(tx, ctx.tenantId, { from: new Date(now.getTime() - 3_600_000), to: new Date(now.getTime() + AGENDA_DAYS * 86_400_000) }),
    resources: await listResources(tx, ctx.tenantId),
    services: await listBookableServices(tx, ctx.tenantId),
  }));
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { days: AGENDA_DAYS })} />
      <div className="grid items-start gap-6 p-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <AppointmentsAgenda appointments={appointments} timeZone={ctx.tenant.timeZone} language={asLanguage(locale)} slug={ctx.tenant.slug} canEdit={canEdit} />
        <ResourcesCard resources={resources} services={services} slug={ctx.tenant.slug} canEdit={canEdit} />
      </div>
    </>
  );
}
