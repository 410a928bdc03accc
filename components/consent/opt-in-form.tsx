"use client";

import { CheckCircle2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { webOptInAction } from "@/app/optin/[workspace]/actions";
import { FormError } from "@/components/common/form-error";
import { echoed } from "@/components/common/form-values";
import { SubmitButton } from "@/components/common/submit-button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/**
 * The public opt-in form: number, name, and the workspace's exact consent sentence as the label
 * of a box that must be ticked. The sentence travels with the form so the server can check the
 * person agreed to the current one.
 */
export function OptInForm({ slug, businessName, wording, countryName }: { slug: string; businessName: string; wording: string; countryName: string }) {
  const t = useTranslations("consent");
  const [state, action] = useActionState(webOptInAction, null);
  if (state?.ok) {
    return (
      <div role="status" className="grid justify-items-center gap-3 py-4 text-center">
        <CheckCircle2 className="size-10 text-success" aria-hidden />
        <h2 className="text-lg font-semibold">{t("optin.thanksTitle")}</h2>
        <p className="text-sm text-muted-foreground">{t("optin.thanksBody", { business: businessName })}</p>
      </div>
    );
  }
  const fieldProblem = (name: string) => (state && !state.ok ? state.fieldErrors?.[name]?.length : 0);
  // The banner for failures the fields below do not explain.
  const showBanner = state && !state.ok && !fieldProblem("phone") && !fieldProblem("accept");
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="workspace" value={slug} />
      <input type="hidden" name="wording" value={wording} />
      {showBanner ? <FormError state={state} /> : null}
      <div className="grid gap-2">
        <Label htmlFor="phone">{t("optin.phone")}</Label>
        <Input id="phone" name="phone" type="tel" inputMode="tel" autoComplete="tel" required defaultValue={echoed(state, "phone")} aria-invalid={fieldProblem("phone") ? true : undefined} aria-describedby="phone-help" />
        {fieldProblem("phone") ? (
          <p id="phone-help" className="text-sm text-destructive">
            {t("optin.phoneInvalid")}
          </p>
        ) : (
          <p id="phone-help" className="text-sm text-muted-foreground">
            {t("optin.phoneHelp", { country: countryName })}
          </p>
        )}
      </div>
      <div className="grid gap-2">
        <Label htmlFor="name">
          {t("optin.name")} <span className="font-normal text-muted-foreground">({t("optin.optional")})</span>
        </Label>
        <Input id="name" name="name" autoComplete="name" maxLength={120} defaultValue={echoed(state, "name")} />
      </div>
      <div className="grid gap-2">
        <label className="flex items-start gap-3 rounded-md border p-3 text-sm leading-relaxed">
          <input type="checkbox" name="accept" required className="mt-1 size-4 shrink-0 accent-primary" aria-invalid={fieldProblem("accept") ? true : undefined} />
          <span>{wording}</span>
        </label>
        {fieldProblem("accept") ? <p className="text-sm text-destructive">{t("optin.acceptRequired")}</p> : null}
      </div>
      <SubmitButton className="w-full">{t("optin.submit")}</SubmitButton>
      <p className="text-xs text-muted-foreground">{t("optin.evidenceNote")}</p>
    </form>
  );
}
