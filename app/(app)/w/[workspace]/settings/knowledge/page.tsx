import { MessageCircleQuestion } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { BusinessPageFrame } from "@/components/business/business-page-frame";
import { FaqImportForm } from "@/components/business/csv-import-form";
import { KnowledgeEntryDialog } from "@/components/business/knowledge-entry-dialog";
import { KnowledgeList, type ListedEntry } from "@/components/business/knowledge-list";
import { KnowledgeSearchBox } from "@/components/business/knowledge-search-box";
import { EmptyState } from "@/components/ui/empty-state";
import { listKnowledgeEntries, searchKnowledge } from "@/lib/business/knowledge";
import { requireMember } from "@/lib/tenancy/require-member";
import { hasRole, MANAGER_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/with-tenant";

// Settings → FAQs: the answers the assistant may give, searched as it searches them. Managers edit; agents read.
export default async function KnowledgeSettingsPage({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: Promise<{ q?: string | string[] }> }) {
  const [{ workspace }, search] = await Promise.all([params, searchParams]);
  const { ctx } = await requireMember(workspace);
  const canManage = hasRole(ctx.role, MANAGER_ROLES);
  const query = (Array.isArray(search.q) ? search.q[0] : (search.q ?? "")).trim().slice(0, 500);
  const t = await getTranslations("business");
  const { entries, total } = await withTenant(ctx.tenantId, async (tx) => {
    const all = await listKnowledgeEntries(tx, ctx.tenantId);
    if (!query) return { entries: all as ListedEntry[], total: all.length };
    const hits = await searchKnowledge(tx, ctx.tenantId, query, { limit: 20 });
    const byId = new Map(all.map((e) => [e.id, e]));
    return { entries: hits.flatMap((h) => (byId.has(h.id) ? [{ ...byId.get(h.id)!, score: h.score }] : [])), total: all.length };
  });
  const slug = ctx.tenant.slug;
  const defaultLanguage = ctx.tenant.defaultLocale === "en" ? "en" : "es";
  return (
    <BusinessPageFrame canManage={canManage} title={t("page.knowledgeTitle")} description={t("page.knowledgeDescription")}>
      {total === 0 ? (
        <EmptyState icon={<MessageCircleQuestion />} title={t("knowledge.emptyTitle")} description={t("knowledge.emptyBody")}>
          {canManage ? <KnowledgeEntryDialog slug={slug} defaultLanguage={defaultLanguage} /> : null}
        </EmptyState>
      ) : (
        <section className="grid gap-4" aria-label={t("page.knowledgeTitle")}>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-muted-foreground">{t("knowledge.count", { count: total })}</p>
            {canManage ? <KnowledgeEntryDialog slug={slug} defaultLanguage={defaultLanguage} /> : null}
          </div>
          <KnowledgeSearchBox slug={slug} query={query} />
          {query ? (
            <p className="text-sm" role="status">
              {t("knowledge.results", { count: entries.length, query })}
            </p>
          ) : null}
          <KnowledgeList slug={slug} entries={entries} canManage={canManage} />
        </section>
      )}
      {canManage ? <FaqImportForm slug={slug} /> : null}
    </BusinessPageFrame>
  );
}
