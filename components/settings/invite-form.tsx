"use client";

import { Check, Copy, Link2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { createInvitationAction } from "@/app/(app)/w/[workspace]/settings/actions";
import { FieldError, FormError } from "@/components/common/form-error";
import { SubmitButton } from "@/components/common/submit-button";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { echoed } from "@/components/common/form-values";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { INVITABLE_ROLES } from "@/lib/tenancy/roles";

export function InviteForm({ slug }: { slug: string }) {
  const t = useTranslations("settings.team");
  const tr = useTranslations("roles");
  const [state, action] = useActionState(createInvitationAction, null);
  const [copied, setCopied] = useState(false);
  const link = state?.ok ? state.data.url : null;
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t("inviteTitle")}</CardTitle>
        <CardDescription>{t("inviteDescription")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <form action={action} className="grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-end" onSubmit={() => setCopied(false)}>
          <input type="hidden" name="workspace" value={slug} />
          <div className="grid gap-2">
            <Label htmlFor="invite-email">{t("emailOptional")}</Label>
            <Input id="invite-email" name="email" type="email" placeholder={t("emailPlaceholder")} defaultValue={echoed(state, "email")} />
            <FieldError state={state} name="email" />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="invite-role">{t("role")}</Label>
            <Select name="role" defaultValue="agent">
              <SelectTrigger id="invite-role" className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {INVITABLE_ROLES.map((r) => (
                  <SelectItem key={r} value={r}>
                    {tr(r)}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <SubmitButton>
            <Link2 aria-hidden />
            {t("createLink")}
          </SubmitButton>
        </form>
        <FormError state={state} />
        {link ? (
          <Alert variant="success" role="status">
            <AlertTitle>{t("linkReady", { role: tr(state?.ok ? state.data.role : "agent") })}</AlertTitle>
            <AlertDescription className="grid gap-2">
              <span>{t("linkHelp")}</span>
              <div className="flex w-full gap-2">
                <Input readOnly className="flex-1" value={link} aria-label={t("invitationLink")} data-testid="invitation-link" onFocus={(e) => e.currentTarget.select()} />
                <Button
                  type="button"
                  variant="outline"
                  onClick={async () => {
                    await navigator.clipboard?.writeText(link).catch(() => {});
                    setCopied(true);
                  }}
                >
                  {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
                  {copied ? t("copied") : t("copy")}
                </Button>
              </div>
            </AlertDescription>
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
}
