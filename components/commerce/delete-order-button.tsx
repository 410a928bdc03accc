"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteOrderAction } from "@/app/(app)/w/[workspace]/orders/actions";
import { ConfirmAction } from "@/components/common/confirm-action";
import { FormError } from "@/components/common/form-error";

/** Deletes an order after asking: the assistant stops knowing about it at once. */
export function DeleteOrderButton({ slug, orderId, number }: { slug: string; orderId: string; number: string }) {
  const t = useTranslations("operations.orders");
  const [state, action] = useActionState(deleteOrderAction, null);
  return (
    <div className="grid gap-2">
      <ConfirmAction trigger={t("delete")} title={t("deleteTitle", { number })} description={t("deleteBody")} confirmLabel={t("deleteConfirm")} action={action} fields={{ workspace: slug, id: orderId }} />
      <FormError state={state} />
    </div>
  );
}
