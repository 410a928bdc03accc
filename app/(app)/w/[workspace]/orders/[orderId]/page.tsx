import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Forbidden } from "@/components/common/forbidden";
import { PageHeader } from "@/components/common/page-header";
import { DeleteOrderButton } from "@/components/commerce/delete-order-button";
import { OrderForm } from "@/components/commerce/order-form";
import { getOrder } from "@/lib/business/orders";
import { orderFormValues } from "@/lib/business/orders-form";
import type { OrderStatus } from "@/lib/business/orders-status";
import { asLanguage } from "@/lib/business/scheduling-labels";
import { requireMember } from "@/lib/tenancy/require-member";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/with-tenant";

export default async function EditOrderPage({ params }: { params: Promise<{ workspace: string; orderId: string }> }) {
  const { workspace, orderId } = await params;
  const { ctx, allowed } = await requireMember(workspace, { roles: MANAGER_ROLES });
  if (!allowed) return <Forbidden role={ctx.role} />;
  if (!z.uuid().safeParse(orderId).success) notFound();
  const order = await withTenant(ctx.tenantId, (tx) => getOrder(tx, ctx.tenantId, orderId));
  if (!order) notFound();
  const [t, locale] = await Promise.all([getTranslations("operations.orders.form"), getLocale()]);
  return (
    <>
      <PageHeader title={t("editTitle", { number: order.number })} description={order.deliveryChange ? t("changeChosen", { option: order.deliveryChange }) : t("description")} actions={<DeleteOrderButton slug={ctx.tenant.slug} orderId={order.id} number={order.number} />} />
      <div className="max-w-3xl p-6">
        <OrderForm slug={ctx.tenant.slug} orderId={order.id} values={orderFormValues({ ...order, status: order.status as OrderStatus }, asLanguage(locale))} />
      </div>
    </>
  );
}
