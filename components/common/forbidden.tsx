import { ShieldX } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import type { Role } from "@/lib/tenancy/roles";

/** What a member sees on a page their role does not allow. */
export async function Forbidden({ role }: { role: Role }) {
  const t = await getTranslations("forbidden");
  const tr = await getTranslations("roles");
  return (
    <div className="p-6">
      <EmptyState icon={<ShieldX />} title={t("title")} titleAs="h1" description={t("body", { role: tr(role) })} role="alert" />
    </div>
  );
}
