import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { LeadQuestionsEditor } from "@/components/leads/lead-questions-editor";
import { LeadsTable } from "@/components/leads/leads-table";
import { listLeadQuestions, listLeads, QUALIFIED_SCORE } from "@/lib/business/leads";
import { requireMember } from "@/lib/tenancy/require-member";
import { hasRole, MANAGER_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/with-tenant";

export default async function LeadsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { ctx } = await requireMember((await params).workspace);
  const t = await getTranslations("operations.leads");
  const canEdit = hasRole(ctx.role, MANAGER_ROLES);
  const { leads, questions } = await withTenant(ctx.tenantId, async (tx) => ({ leads: await listLeads(tx, ctx.tenantId), questions: await listLeadQuestions(tx, ctx.tenantId) }));
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { score: QUALIFIED_SCORE })} />
      <div className="grid gap-6 p-6">
        <LeadsTable leads={leads} questions={questions} slug={ctx.tenant.slug} canEdit={canEdit} timeZone={ctx.tenant.timeZone} />
        <LeadQuestionsEditor questions={questions} slug={ctx.tenant.slug} canEdit={canEdit} />
      </div>
    </>
  );
}
