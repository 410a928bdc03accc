"use client";

import { Play } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { startSelfTestAction } from "@/app/(app)/w/[workspace]/settings/workflows/actions";
import { FormError } from "@/components/common/form-error";
import { SubmitButton } from "@/components/common/submit-button";

export function SelfTestButton({ slug }: { slug: string }) {
  const t = useTranslations("settings.workflows");
  const [state, action] = useActionState(startSelfTestAction, null);
  return (
    <form action={action} className="grid gap-3">
      <input type="hidden" name="workspace" value={slug} />
      <SubmitButton variant="outline">
        <Play aria-hidden />
        {t("runTest")}
      </SubmitButton>
      <FormError state={state} />
    </form>
  );
}
