"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { cancelAppointmentAction } from "@/app/(app)/w/[workspace]/appointments/actions";
import { ConfirmAction } from "@/components/common/confirm-action";
import { FormError } from "@/components/common/form-error";

/** Cancels an appointment after asking; the slot becomes free for the assistant to offer. */
export function CancelAppointmentButton({ slug, appointmentId, when }: { slug: string; appointmentId: string; when: string }) {
  const t = useTranslations("operations.appointments");
  const [state, action] = useActionState(cancelAppointmentAction, null);
  const refused = state?.ok && !state.data.cancelled ? state.data.reason : null;
  return (
    <div className="grid justify-items-end gap-1">
      <ConfirmAction trigger={t("cancel")} title={t("cancelTitle")} description={t("cancelBody", { when })} confirmLabel={t("cancelConfirm")} action={action} fields={{ workspace: slug, id: appointmentId }} />
      {refused ? (
        <p role="alert" className="text-xs text-destructive">
          {refused === "past" ? t("cancelPast") : t("cancelGone")}
        </p>
      ) : null}
      <FormError state={state} />
    </div>
  );
}
