"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { createWorkspaceAction } from "@/app/workspaces/new/actions";
import { FieldError, FormError } from "@/components/common/form-error";
import { SubmitButton } from "@/components/common/submit-button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { echoed } from "@/components/common/form-values";
import { TimeZoneSelect } from "./time-zone-select";

export function NewWorkspaceForm() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const [state, action] = useActionState(createWorkspaceAction, null);
  return (
    <form action={action} className="grid gap-4">
      <FormError state={state} />
      <input type="hidden" name="locale" value={locale} />
      <div className="grid gap-2">
        <Label htmlFor="workspaceName">{t("workspaceName")}</Label>
        <Input id="workspaceName" name="workspaceName" required minLength={2} maxLength={80} placeholder={t("workspaceNamePlaceholder")} autoFocus defaultValue={echoed(state, "workspaceName")} />
        <FieldError state={state} name="workspaceName" />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="timeZone">{t("timeZone")}</Label>
        <TimeZoneSelect id="timeZone" name="timeZone" />
      </div>
      <SubmitButton className="w-full">{t("createWorkspace")}</SubmitButton>
    </form>
  );
}
