"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteServiceAction } from "@/app/(app)/w/[workspace]/settings/services/actions";
import { ConfirmAction } from "@/components/common/confirm-action";
import { FormError } from "@/components/common/form-error";

/** Deletes a service after asking; appointments that had it keep their times. */
export function ServiceDeleteButton({ slug, id, name }: { slug: string; id: string; name: string }) {
  const t = useTranslations("business.services");
  const [state, action] = useActionState(deleteServiceAction, null);
  return (
    <div className="grid gap-2">
      <ConfirmAction trigger={t("delete")} title={t("deleteTitle", { name })} description={t("deleteBody")} confirmLabel={t("deleteConfirm")} action={action} fields={{ workspace: slug, id }} />
      <FormError state={state} />
    </div>
  );
}
