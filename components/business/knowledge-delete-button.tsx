"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteEntryAction } from "@/app/(app)/w/[workspace]/settings/knowledge/actions";
import { ConfirmAction } from "@/components/common/confirm-action";
import { FormError } from "@/components/common/form-error";

/** Deletes a FAQ after asking: the assistant stops using its answer at once. */
export function KnowledgeDeleteButton({ slug, id }: { slug: string; id: string }) {
  const t = useTranslations("business.knowledge");
  const [state, action] = useActionState(deleteEntryAction, null);
  return (
    <div className="grid gap-2">
      <ConfirmAction trigger={t("delete")} title={t("deleteTitle")} description={t("deleteBody")} confirmLabel={t("deleteConfirm")} action={action} fields={{ workspace: slug, id }} />
      <FormError state={state} />
    </div>
  );
}
