"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { updateWorkspaceAction } from "@/app/(app)/w/[workspace]/settings/actions";
import { TimeZoneSelect } from "@/components/auth/time-zone-select";
import { FieldError, FormError } from "@/components/common/form-error";
import { SubmitButton } from "@/components/common/submit-button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { echoed } from "@/components/common/form-values";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { LOCALES } from "@/lib/i18n/locales";

export function WorkspaceForm({ slug, name, timeZone, defaultLocale }: { slug: string; name: string; timeZone: string; defaultLocale: string }) {
  const t = useTranslations("settings.general");
  const tc = useTranslations("common");
  const [state, action] = useActionState(updateWorkspaceAction, null);
  useEffect(() => {
    if (state?.ok) toast.success(t("saved"));
  }, [state, t]);
  return (
    <form action={action}>
      <input type="hidden" name="workspace" value={slug} />
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <FormError state={state} />
          <div className="grid gap-2">
            <Label htmlFor="name">{t("name")}</Label>
            <Input id="name" name="name" defaultValue={echoed(state, "name", name)} required minLength={2} maxLength={80} />
            <FieldError state={state} name="name" />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="grid gap-2">
              <Label htmlFor="timeZone">{t("timeZone")}</Label>
              <TimeZoneSelect id="timeZone" name="timeZone" defaultValue={timeZone} />
            </div>
            <div className="grid gap-2">
              <Label htmlFor="defaultLocale">{t("defaultLocale")}</Label>
              <Select name="defaultLocale" defaultValue={defaultLocale}>
                <SelectTrigger id="defaultLocale" className="w-full">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {LOCALES.map((l) => (
                    <SelectItem key={l} value={l}>
                      {tc(`locales.${l}`)}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </div>
          </div>
          <p className="text-sm text-muted-foreground">{t("address", { slug })}</p>
        </CardContent>
        <CardFooter className="justify-end border-t pt-6">
          <SubmitButton>{t("save")}</SubmitButton>
        </CardFooter>
      </Card>
    </form>
  );
}
