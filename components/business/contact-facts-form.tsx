"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { saveContactFactsAction } from "@/app/(app)/w/[workspace]/settings/business/actions";
import { FormError } from "@/components/common/form-error";
import { echoed } from "@/components/common/form-values";
import { SubmitButton } from "@/components/common/submit-button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ActionResult } from "@/lib/actions/result";

export type ContactFactsValues = { address: string; phone: string; website: string; email: string };

function Problem({ state, name, children }: { state: ActionResult | null; name: string; children: React.ReactNode }) {
  if (!state || state.ok || !state.fieldErrors?.[name]) return null;
  return (
    <p className="text-sm text-destructive" id={`${name}-error`}>
      {children}
    </p>
  );
}

/** Address, phone, website and email as the assistant will quote them; read-only for agents. */
export function ContactFactsForm({ slug, values, canManage }: { slug: string; values: ContactFactsValues; canManage: boolean }) {
  const t = useTranslations("business");
  const [state, action] = useActionState(saveContactFactsAction, null);
  useEffect(() => {
    if (state?.ok) toast.success(t("saved"));
  }, [state, t]);
  const invalid = (name: string) => (state && !state.ok && state.fieldErrors?.[name] ? true : undefined);

  if (!canManage)
    return (
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("contact.title")}</CardTitle>
          <CardDescription>{t("contact.description")}</CardDescription>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-3 text-sm sm:grid-cols-[8rem_1fr]">
            <dt className="text-muted-foreground">{t("contact.address")}</dt>
            <dd>{values.address || t("contact.notSet")}</dd>
            <dt className="text-muted-foreground">{t("contact.phone")}</dt>
            <dd>{values.phone || t("contact.notSet")}</dd>
            <dt className="text-muted-foreground">{t("contact.website")}</dt>
            <dd>{values.website || t("contact.notSet")}</dd>
            <dt className="text-muted-foreground">{t("contact.email")}</dt>
            <dd>{values.email || t("contact.notSet")}</dd>
          </dl>
        </CardContent>
      </Card>
    );

  return (
    <form action={action}>
      <input type="hidden" name="workspace" value={slug} />
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("contact.title")}</CardTitle>
          <CardDescription>{t("contact.description")}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <FormError state={state} />
          <div className="grid gap-2">
            <Label htmlFor="fact-address">{t("contact.address")}</Label>
            <Input id="fact-address" name="address" maxLength={300} placeholder={t("contact.addressPlaceholder")} defaultValue={echoed(state, "address", values.address)} />
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <div className="grid gap-2">
              <Label htmlFor="fact-phone">{t("contact.phone")}</Label>
              <Input id="fact-phone" name="phone" type="tel" maxLength={40} defaultValue={echoed(state, "phone", values.phone)} aria-invalid={invalid("phone")} aria-describedby="phone-error" />
              <Problem state={state} name="phone">
                {t("contact.phoneInvalid")}
              </Problem>
            </div>
            <div className="grid gap-2">
              <Label htmlFor="fact-website">{t("contact.website")}</Label>
              <Input id="fact-website" name="website" maxLength={200} defaultValue={echoed(state, "website", values.website)} aria-invalid={invalid("website")} aria-describedby="website-error" />
              <Problem state={state} name="website">
                {t("contact.websiteInvalid")}
              </Problem>
            </div>
            <div className="grid gap-2">
              <Label htmlFor="fact-email">{t("contact.email")}</Label>
              <Input id="fact-email" name="email" type="email" maxLength={200} defaultValue={echoed(state, "email", values.email)} aria-invalid={invalid("email")} aria-describedby="email-error" />
              <Problem state={state} name="email">
                {t("contact.emailInvalid")}
              </Problem>
            </div>
          </div>
        </CardContent>
        <CardFooter className="justify-end border-t pt-6">
          <SubmitButton>{t("contact.save")}</SubmitButton>
        </CardFooter>
      </Card>
    </form>
  );
}
