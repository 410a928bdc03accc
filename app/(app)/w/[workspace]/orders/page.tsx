import { Package, Plus } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { ImportOrdersForm } from "@/components/commerce/import-orders-form";
import { OrdersTable } from "@/components/commerce/orders-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { listOrders } from "@/lib/business/orders";
import { requireMember } from "@/lib/tenancy/require-member";
import { hasRole, MANAGER_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/with-tenant";

export default async function OrdersPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { ctx } = await requireMember((await params).workspace);
  const t = await getTranslations("operations.orders");
  const canEdit = hasRole(ctx.role, MANAGER_ROLES);
  const orders = await withTenant(ctx.tenantId, (tx) => listOrders(tx, ctx.tenantId));
  const slug = ctx.tenant.slug;
  const newOrder = canEdit ? (
    <Button asChild>
      <Link href={`/w/${slug}/orders/new`}>
        <Plus aria-hidden />
        {t("new")}
      </Link>
    </Button>
  ) : null;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={newOrder} />
      <div className="grid gap-6 p-6">
        {orders.length ? (
          <div className="rounded-xl border bg-card">
            <OrdersTable orders={orders} slug={slug} canEdit={canEdit} timeZone={ctx.tenant.timeZone} />
          </div>
        ) : (
          <EmptyState icon={<Package />} title={t("emptyTitle")} description={canEdit ? t("emptyBody") : t("emptyAgent")} />
        )}
        {canEdit ? <ImportOrdersForm slug={slug} /> : <p className="text-sm text-muted-foreground">{t("readOnly")}</p>}
      </div>
    </>
  );
}
