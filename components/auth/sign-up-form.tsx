"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { signUpAction } from "@/app/(auth)/actions";
import { FieldError, FormError } from "@/components/common/form-error";
import { SubmitButton } from "@/components/common/submit-button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { echoed } from "@/components/common/form-values";
import { AccountFields } from "./account-fields";
import { TimeZoneSelect } from "./time-zone-select";

export function SignUpForm() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const [state, action] = useActionState(signUpAction, null);
  return (
    <form action={action} className="grid gap-4">
      <FormError state={state} />
      <input type="hidden" name="locale" value={locale} />
      <AccountFields state={state} />
      <div className="grid gap-2">
        <Label htmlFor="workspaceName">{t("workspaceName")}</Label>
        <Input id="workspaceName" name="workspaceName" required minLength={2} maxLength={80} placeholder={t("workspaceNamePlaceholder")} defaultValue={echoed(state, "workspaceName")} />
        <FieldError state={state} name="workspaceName" />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="timeZone">{t("timeZone")}</Label>
        <TimeZoneSelect key={echoed(state, "timeZone")} id="timeZone" name="timeZone" defaultValue={echoed(state, "timeZone")} />
      </div>
      <SubmitButton className="w-full">{t("createWorkspace")}</SubmitButton>
      <p className="text-center text-sm text-muted-foreground">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="font-medium text-primary underline-offset-4 hover:underline">
          {t("signIn")}
        </Link>
      </p>
    </form>
  );
}
