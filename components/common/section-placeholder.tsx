import type { LucideIcon } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { EmptyState } from "@/components/ui/empty-state";

/**
 * A section whose feature arrives in a later release: says what will be there and what to do
 * meanwhile. Text comes from the `sections.<key>` catalog entries.
 */
export async function SectionPlaceholder({ section, icon: Icon, children }: { section: string; icon: LucideIcon; children?: React.ReactNode }) {
  const t = await getTranslations(`sections.${section}`);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="p-6">
        <EmptyState icon={<Icon />} title={t("emptyTitle")} description={t("emptyBody")}>
          {children}
        </EmptyState>
      </div>
    </>
  );
}
