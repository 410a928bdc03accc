import { getLocale, getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/common/forbidden";
import { PageHeader } from "@/components/common/page-header";
import { OrderForm } from "@/components/commerce/order-form";
import { orderFormValues } from "@/lib/business/orders-form";
import { asLanguage } from "@/lib/business/scheduling-labels";
import { requireMember } from "@/lib/tenancy/require-member";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";

export default async function NewOrderPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { ctx, allowed } = await requireMember((await params).workspace, { roles: MANAGER_ROLES });
  if (!allowed) return <Forbidden role={ctx.role} />;
  const [t, locale] = await Promise.all([getTranslations("operations.orders.form"), getLocale()]);
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("description")} />
      <div className="max-w-3xl p-6">
        <OrderForm slug={ctx.tenant.slug} values={orderFormValues(null, asLanguage(locale))} />
      </div>
    </>
  );
}
