"use client";

import { Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { sendRealTestMessageAction } from "@/app/(app)/w/[workspace]/settings/channels/actions";
import { FieldError, FormError } from "@/components/common/form-error";
import { echoed } from "@/components/common/form-values";
import { SubmitButton } from "@/components/common/submit-button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { TestTemplate } from "@/lib/whatsapp/test-message";
import { TestMessageOutcome } from "./test-message-outcome";

const TEXT = "text";

/**
 * A test message from a real number to a phone the manager types: an approved template when the
 * number has one (it always arrives), otherwise a text, which WhatsApp only delivers inside the
 * 24 hours after that phone last wrote.
 */
export function SendRealTestMessage({ slug, channelId, templates }: { slug: string; channelId: string; templates: TestTemplate[] }) {
  const t = useTranslations("channelHealth");
  const tc = useTranslations("settings.channels");
  const [state, action] = useActionState(sendRealTestMessageAction, null);
  const [choice, setChoice] = useState(templates[0]?.id ?? TEXT);
  const template = templates.find((x) => x.id === choice);
  const id = (name: string) => `${name}-${channelId}`;
  const phoneInvalid = state && !state.ok && state.fieldErrors?.phone;
  return (
    <form action={action} className="grid gap-4 rounded-lg border p-4">
      <input type="hidden" name="workspace" value={slug} />
      <input type="hidden" name="channelId" value={channelId} />
      <input type="hidden" name="templateId" value={template?.id ?? ""} />
      <p className="text-sm font-medium">{t("sendTestTitle")}</p>
      <div className="grid gap-2">
        <Label htmlFor={id("phone")}>{t("phone")}</Label>
        <Input id={id("phone")} name="phone" type="tel" inputMode="tel" autoComplete="off" required placeholder="+34 612 345 678" defaultValue={echoed(state, "phone")} aria-invalid={phoneInvalid ? true : undefined} aria-describedby={id("phone-help")} className="sm:w-80" />
        <p id={id("phone-help")} className={phoneInvalid ? "text-sm text-destructive" : "text-sm text-muted-foreground"}>
          {phoneInvalid ? t("phoneInvalid") : t("phoneHelp")}
        </p>
      </div>
      {templates.length ? (
        <div className="grid gap-2">
          <Label htmlFor={id("template")}>{t("template")}</Label>
          <Select value={choice} onValueChange={setChoice}>
            <SelectTrigger id={id("template")} className="w-full sm:w-80">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {templates.map((x) => (
                <SelectItem key={x.id} value={x.id}>
                  {x.name} ({x.language})
                </SelectItem>
              ))}
              <SelectItem value={TEXT}>{t("noTemplate")}</SelectItem>
            </SelectContent>
          </Select>
          <p className="text-sm text-muted-foreground">{t("templateHelp")}</p>
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">{t("textOnlyHelp")}</p>
      )}
      {template ? (
        <div className="grid gap-2">
          <p className="whitespace-pre-line rounded-md bg-muted p-3 text-sm">{template.preview}</p>
          {template.bodyVariables.map((name) => (
            <div key={`${template.id}-${name}`} className="grid gap-2">
              <Label htmlFor={id(`var-${name}`)}>{t("variable", { name })}</Label>
              <Input id={id(`var-${name}`)} name="variables" required maxLength={200} className="sm:w-80" />
            </div>
          ))}
          <FieldError state={state} name="variables" />
        </div>
      ) : (
        <div className="grid gap-2">
          <Label htmlFor={id("body")}>{t("message")}</Label>
          <Textarea id={id("body")} name="body" required maxLength={1000} defaultValue={echoed(state, "body", tc("testMessageBody"))} />
        </div>
      )}
      <div>
        <SubmitButton variant="outline">
          <Send aria-hidden />
          {t("sendTest")}
        </SubmitButton>
      </div>
      {state?.ok ? <TestMessageOutcome key={state.data.messageId} slug={slug} messageId={state.data.messageId} /> : null}
      <FormError state={state} />
    </form>
  );
}
