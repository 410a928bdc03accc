"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { acceptInvitationAction, joinWithNewAccountAction } from "@/app/invite/[token]/actions";
import { FormError } from "@/components/common/form-error";
import { SubmitButton } from "@/components/common/submit-button";
import { AccountFields } from "./account-fields";

export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useTranslations("invite");
  const [state, action] = useActionState(acceptInvitationAction, null);
  return (
    <form action={action} className="grid gap-4">
      <FormError state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton className="w-full">{t("accept")}</SubmitButton>
    </form>
  );
}

export function JoinWithNewAccountForm({ token, email }: { token: string; email?: string }) {
  const t = useTranslations("invite");
  const locale = useLocale();
  const [state, action] = useActionState(joinWithNewAccountAction, null);
  return (
    <form action={action} className="grid gap-4">
      <FormError state={state} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <AccountFields state={state} defaultEmail={email} />
      <SubmitButton className="w-full">{t("createAndJoin")}</SubmitButton>
    </form>
  );
}
