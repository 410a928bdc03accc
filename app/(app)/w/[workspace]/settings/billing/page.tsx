import { CreditCard } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/common/forbidden";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireMember } from "@/lib/tenancy/require-member";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";

export default async function BillingPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { ctx, allowed } = await requireMember((await params).workspace, { roles: MANAGER_ROLES });
  if (!allowed) return <Forbidden role={ctx.role} />;
  const t = await getTranslations("settings.billing");
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle as="h2" className="flex items-center gap-2">
            {t("currentPlan")} <Badge variant="secondary">{t(`plans.${ctx.tenant.plan === "free" ? "free" : "other"}`)}</Badge>
          </CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </CardHeader>
        <CardContent>
          <EmptyState icon={<CreditCard />} title={t("emptyTitle")} description={t("emptyBody")} />
        </CardContent>
      </Card>
    </div>
  );
}
