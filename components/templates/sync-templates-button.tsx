"use client";

import { RefreshCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { syncTemplatesAction } from "@/app/(app)/w/[workspace]/templates/actions";
import { SubmitButton } from "@/components/common/submit-button";

/** "Sincronizar con WhatsApp": fetches the number's templates and statuses from the provider. */
export function SyncTemplatesButton({ slug, channelId }: { slug: string; channelId: string }) {
  const t = useTranslations("templates");
  const [state, action] = useActionState(syncTemplatesAction, null);
  return (
    <form action={action} className="grid justify-items-end gap-1">
      <input type="hidden" name="workspace" value={slug} />
      <input type="hidden" name="channelId" value={channelId} />
      <SubmitButton variant="outline">
        <RefreshCw aria-hidden />
        {t("sync")}
      </SubmitButton>
      {state?.ok ? (
        <p role="status" className="text-xs text-muted-foreground">
          {t("syncDone", { created: state.data.created, updated: state.data.updated })}
        </p>
      ) : null}
      {state && !state.ok ? (
        <p role="alert" className="max-w-64 text-right text-xs text-destructive">
          {t("syncFailed")}
        </p>
      ) : null}
    </form>
  );
}
