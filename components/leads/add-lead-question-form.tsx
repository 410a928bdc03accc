"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addLeadQuestionAction } from "@/app/(app)/w/[workspace]/leads/actions";
import { FieldError, FormError } from "@/components/common/form-error";
import { SubmitButton } from "@/components/common/submit-button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

/** A new question, asked after the others of its language. */
export function AddLeadQuestionForm({ slug }: { slug: string }) {
  const t = useTranslations("operations.leads.questions");
  const [state, action] = useActionState(addLeadQuestionAction, null);
  return (
    <form action={action} className="grid gap-3 rounded-lg border p-3">
      <h3 className="text-sm font-semibold">{t("addTitle")}</h3>
      <input type="hidden" name="workspace" value={slug} />
      <div className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_6rem_8rem]">
        <div className="grid gap-1">
          <Label htmlFor="new-question">{t("question")}</Label>
          <Input id="new-question" name="question" required maxLength={300} placeholder={t("questionPlaceholder")} />
          <FieldError state={state} name="question" />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="new-question-field">{t("field")}</Label>
          <Input id="new-question-field" name="field" required maxLength={60} placeholder={t("fieldPlaceholder")} />
          <FieldError state={state} name="field" />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="new-question-weight">{t("weight")}</Label>
          <Input id="new-question-weight" name="weight" type="number" min={0} max={100} defaultValue={20} required />
          <FieldError state={state} name="weight" />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="new-question-language">{t("language")}</Label>
          <Select name="language" defaultValue="es">
            <SelectTrigger id="new-question-language">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="es">{t("languages.es")}</SelectItem>
              <SelectItem value="en">{t("languages.en")}</SelectItem>
              <SelectItem value="pt">{t("languages.pt")}</SelectItem>
            </SelectContent>
          </Select>
        </div>
      </div>
      <p className="text-xs text-muted-foreground">{t("help")}</p>
      <FormError state={state} />
      <div>
        <SubmitButton>{t("add")}</SubmitButton>
      </div>
    </form>
  );
}
