"use client";

import { useTranslations } from "next-intl";
import { FieldError } from "@/components/common/form-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { echoed } from "@/components/common/form-values";
import type { ActionResult } from "@/lib/actions/result";

/** Name, email and password: shared by sign-up and "join by invitation". */
export function AccountFields({ state, defaultEmail }: { state: ActionResult | null; defaultEmail?: string }) {
  const t = useTranslations("auth");
  return (
    <>
      <div className="grid gap-2">
        <Label htmlFor="name">{t("name")}</Label>
        <Input id="name" name="name" autoComplete="name" required autoFocus defaultValue={echoed(state, "name")} />
        <FieldError state={state} name="name" />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="email">{t("email")}</Label>
        <Input id="email" name="email" type="email" autoComplete="email" required defaultValue={echoed(state, "email", defaultEmail)} />
        <FieldError state={state} name="email" />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="password">{t("password")}</Label>
        <Input id="password" name="password" type="password" autoComplete="new-password" minLength={8} required aria-describedby="password-hint" />
        <p id="password-hint" className="text-xs text-muted-foreground">
          {t("passwordHint")}
        </p>
        <FieldError state={state} name="password" />
      </div>
    </>
  );
}
