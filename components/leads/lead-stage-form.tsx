"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setLeadStageAction } from "@/app/(app)/w/[workspace]/leads/actions";
import { FormError } from "@/components/common/form-error";
import { SubmitButton } from "@/components/common/submit-button";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { LEAD_STAGES } from "@/lib/business/leads-stages";

/** A person moves a lead along: won or lost stays so, whatever the assistant learns later. */
export function LeadStageForm({ slug, leadId, stage }: { slug: string; leadId: string; stage: string }) {
  const t = useTranslations("operations.leads");
  const [state, action] = useActionState(setLeadStageAction, null);
  return (
    <form action={action} className="grid gap-1">
      <input type="hidden" name="workspace" value={slug} />
      <input type="hidden" name="id" value={leadId} />
      <div className="flex items-center gap-2">
        <Select name="stage" defaultValue={stage}>
          <SelectTrigger size="sm" aria-label={t("columns.stage")}>
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {LEAD_STAGES.map((s) => (
              <SelectItem key={s} value={s}>
                {t(`stages.${s}`)}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <SubmitButton variant="outline">{t("saveStage")}</SubmitButton>
      </div>
      <FormError state={state} />
    </form>
  );
}
