"use client";

import { KeyRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { replaceChannelTokenAction } from "@/app/(app)/w/[workspace]/settings/channels/actions";
import { FieldError, FormError } from "@/components/common/form-error";
import { SubmitButton } from "@/components/common/submit-button";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type RealProvider = "meta" | "dialog360" | "twilio";

/**
 * Pastes a new access token (Meta), API key (360dialog) or auth token (Twilio) for a number; it is
 * stored encrypted and checked at once, and the card shows what the check found.
 */
export function ReplaceTokenForm({ slug, channelId, provider, openInitially }: { slug: string; channelId: string; provider: RealProvider; openInitially: boolean }) {
  const t = useTranslations("channelHealth");
  const [open, setOpen] = useState(openInitially);
  const [state, action] = useActionState(replaceChannelTokenAction, null);
  const fieldId = `new-token-${channelId}`;
  if (!open) {
    return (
      <div>
        <Button type="button" variant="outline" onClick={() => setOpen(true)}>
          <KeyRound aria-hidden />
          {t("replaceToken")}
        </Button>
      </div>
    );
  }
  return (
    <form action={action} className="grid gap-2 rounded-lg border p-4">
      <input type="hidden" name="workspace" value={slug} />
      <input type="hidden" name="channelId" value={channelId} />
      <p className="text-sm font-medium">{t("replaceTokenTitle")}</p>
      <Label htmlFor={fieldId}>{provider === "dialog360" ? t("tokenLabelDialog360") : provider === "twilio" ? t("tokenLabelTwilio") : t("tokenLabelMeta")}</Label>
      <Input id={fieldId} name="accessToken" type="password" autoComplete="off" required maxLength={1000} aria-describedby={`${fieldId}-help`} />
      <p id={`${fieldId}-help`} className="text-sm text-muted-foreground">
        {provider === "dialog360" ? t("tokenHelpDialog360") : provider === "twilio" ? t("tokenHelpTwilio") : t("tokenHelpMeta")}
      </p>
      <FieldError state={state} name="accessToken" />
      <div>
        <SubmitButton>{t("saveAndCheck")}</SubmitButton>
      </div>
      {state?.ok ? (
        <p role="status" className="text-sm text-muted-foreground">
          {t("tokenSaved")}
        </p>
      ) : null}
      <FormError state={state} />
    </form>
  );
}
