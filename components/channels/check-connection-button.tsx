"use client";

import { RefreshCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { checkChannelHealthAction } from "@/app/(app)/w/[workspace]/settings/channels/actions";
import { FormError } from "@/components/common/form-error";
import { SubmitButton } from "@/components/common/submit-button";

/** Asks the provider now; the card around it re-renders with what the check found. */
export function CheckConnectionButton({ slug, channelId }: { slug: string; channelId: string }) {
  const t = useTranslations("channelHealth");
  const [state, action] = useActionState(checkChannelHealthAction, null);
  return (
    <form action={action} className="grid gap-2">
      <input type="hidden" name="workspace" value={slug} />
      <input type="hidden" name="channelId" value={channelId} />
      <div>
        <SubmitButton variant="outline">
          <RefreshCw aria-hidden />
          {t("checkConnection")}
        </SubmitButton>
      </div>
      <FormError state={state} />
    </form>
  );
}
