"use client";

import { Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { sendTestMessageAction } from "@/app/(app)/w/[workspace]/settings/channels/actions";
import { FormError } from "@/components/common/form-error";
import { SubmitButton } from "@/components/common/submit-button";

export function SendTestMessage({ slug, channelId }: { slug: string; channelId: string }) {
  const t = useTranslations("settings.channels");
  const [state, action] = useActionState(sendTestMessageAction, null);
  return (
    <form action={action} className="grid gap-2">
      <input type="hidden" name="workspace" value={slug} />
      <input type="hidden" name="channelId" value={channelId} />
      <div>
        <SubmitButton variant="outline">
          <Send aria-hidden />
          {t("sendTest")}
        </SubmitButton>
      </div>
      {state?.ok ? <p role="status" className="text-sm text-muted-foreground">{t("testQueued")}</p> : null}
      <FormError state={state} />
    </form>
  );
}
