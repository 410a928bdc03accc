"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { revokeInvitationAction } from "@/app/(app)/w/[workspace]/settings/actions";
import { FormError } from "@/components/common/form-error";
import { SubmitButton } from "@/components/common/submit-button";

export function RevokeInvitationButton({ slug, invitationId }: { slug: string; invitationId: string }) {
  const t = useTranslations("settings.team");
  const [state, action] = useActionState(revokeInvitationAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="workspace" value={slug} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <SubmitButton variant="outline">{t("revoke")}</SubmitButton>
      <FormError state={state} />
    </form>
  );
}
