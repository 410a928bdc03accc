import { getLocale, getTranslations } from "next-intl/server";
import { BusinessPageFrame } from "@/components/business/business-page-frame";
import { ContactFactsForm } from "@/components/business/contact-facts-form";
import { HolidaysCard } from "@/components/business/holidays-card";
import { HoursEditor } from "@/components/business/hours-editor";
import { HoursSummary } from "@/components/business/hours-summary";
import { factValues } from "@/lib/business/facts";
import { listHolidays, listOpeningHours } from "@/lib/business/hours";
import { addDays, localParts } from "@/lib/business/schedule-time";
import { requireMember } from "@/lib/tenancy/require-member";
import { hasRole, MANAGER_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/with-tenant";

// Settings → Business: contact facts, weekly hours and holidays. Managers edit; agents read.
export default async function BusinessSettingsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { ctx } = await requireMember((await params).workspace);
  const canManage = hasRole(ctx.role, MANAGER_ROLES);
  const { timeZone, slug } = ctx.tenant;
  const yesterday = addDays(localParts(new Date(), timeZone).date, -1);
  const [{ facts, hours, holidays }, t, locale] = await Promise.all([
    withTenant(ctx.tenantId, async (tx) => ({
      facts: await factValues(tx, ctx.tenantId, "es"),
      hours: await listOpeningHours(tx, ctx.tenantId),
      holidays: await listHolidays(tx, ctx.tenantId, { from: yesterday }),
    })),
    getTranslations("business"),
    getLocale(),
  ]);
  const contact = { address: facts.address ?? "", phone: facts.phone ?? "", website: facts.website ?? "", email: facts.email ?? "" };
  return (
    <BusinessPageFrame canManage={canManage} title={t("page.businessTitle")} description={t("page.businessDescription")}>
      <ContactFactsForm slug={slug} values={contact} canManage={canManage} />
      {canManage ? <HoursEditor slug={slug} hours={hours} timeZone={timeZone} /> : <HoursSummary hours={hours} timeZone={timeZone} language={locale === "en" ? "en" : "es"} />}
      <HolidaysCard slug={slug} holidays={holidays.map(({ id, date, name, specialHours }) => ({ id, date, name, specialHours }))} canManage={canManage} />
    </BusinessPageFrame>
  );
}
