"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { connectChannelAction } from "@/app/(app)/w/[workspace]/settings/channels/actions";
import { FieldError, FormError } from "@/components/common/form-error";
import { echoed } from "@/components/common/form-values";
import { SubmitButton } from "@/components/common/submit-button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

const PROVIDERS = ["simulator", "meta", "dialog360", "twilio"] as const;
type Provider = (typeof PROVIDERS)[number];

// The fields each provider needs, in the order its dashboard shows them.
const FIELDS: Record<Provider, { name: string; secret?: boolean; optional?: boolean }[]> = {
  simulator: [],
  meta: [{ name: "name" }, { name: "phoneNumberId" }, { name: "wabaId" }, { name: "displayPhoneNumber", optional: true }, { name: "accessToken", secret: true }, { name: "appSecret", secret: true }],
  dialog360: [{ name: "name" }, { name: "displayPhoneNumber", optional: true }, { name: "accessToken", secret: true }, { name: "appSecret", secret: true, optional: true }],
  twilio: [{ name: "name" }, { name: "phoneNumberId" }, { name: "displayPhoneNumber" }, { name: "accessToken", secret: true }],
};

export function ConnectChannelForm({ slug }: { slug: string }) {
  const t = useTranslations("settings.channels");
  const [provider, setProvider] = useState<Provider>("simulator");
  const [state, action] = useActionState(connectChannelAction, null);
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t("connectTitle")}</CardTitle>
        <CardDescription>{t("connectDescription")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form action={action} className="grid gap-4">
          <input type="hidden" name="workspace" value={slug} />
          <FormError state={state} />
          <div className="grid gap-2">
            <Label htmlFor="provider">{t("provider")}</Label>
            <Select name="provider" value={provider} onValueChange={(v) => setProvider(v as Provider)}>
              <SelectTrigger id="provider" className="w-full sm:w-80">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {PROVIDERS.map((p) => (
                  <SelectItem key={p} value={p}>
                    {t(`providers.${p}`)}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            <p className="text-sm text-muted-foreground">{t(`providerHelp.${provider}`)}</p>
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            {FIELDS[provider].map((f) => (
              <div key={`${provider}-${f.name}`} className="grid gap-2">
                <Label htmlFor={f.name}>
                  {t(`fields.${provider === "twilio" ? `twilio_${f.name}` : f.name}`)}
                  {f.optional ? <span className="font-normal text-muted-foreground"> ({t("optional")})</span> : null}
                </Label>
                <Input id={f.name} name={f.name} type={f.secret ? "password" : "text"} autoComplete="off" required={!f.optional} defaultValue={f.secret ? undefined : echoed(state, f.name)} />
                <FieldError state={state} name={f.name} />
              </div>
            ))}
          </div>
          <div>
            <SubmitButton>{provider === "simulator" ? t("connectSimulator") : t("connect")}</SubmitButton>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
