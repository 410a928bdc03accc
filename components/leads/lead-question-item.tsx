"use client";

import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteLeadQuestionAction, moveLeadQuestionAction, updateLeadQuestionAction } from "@/app/(app)/w/[workspace]/leads/actions";
import { FieldError, FormError } from "@/components/common/form-error";
import { SubmitButton } from "@/components/common/submit-button";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Question = { id: string; field: string; question: string; language: string; weight: number };

/** One question: its wording, the field its answer fills and its weight; managers edit, reorder or delete it. */
export function LeadQuestionItem({ slug, question: q, first, last, canEdit }: { slug: string; question: Question; first: boolean; last: boolean; canEdit: boolean }) {
  const t = useTranslations("operations.leads.questions");
  const [saveState, save] = useActionState(updateLeadQuestionAction, null);
  const [moveState, move] = useActionState(moveLeadQuestionAction, null);
  const [deleteState, remove] = useActionState(deleteLeadQuestionAction, null);
  if (!canEdit)
    return (
      <li className="flex flex-wrap items-baseline justify-between gap-2 p-3">
        <span>{q.question}</span>
        <span className="text-xs text-muted-foreground">{t("fieldAndWeight", { field: q.field, weight: q.weight })}</span>
      </li>
    );
  const p = `question-${q.id}`;
  return (
    <li className="grid gap-2 p-3">
      <form action={save} className="grid gap-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_6rem_auto] sm:items-end">
        <input type="hidden" name="workspace" value={slug} />
        <input type="hidden" name="id" value={q.id} />
        <input type="hidden" name="language" value={q.language} />
        <div className="grid gap-1">
          <Label htmlFor={`${p}-question`} className="text-xs">
            {t("question")}
          </Label>
          <Input id={`${p}-question`} name="question" defaultValue={q.question} required maxLength={300} />
        </div>
        <div className="grid gap-1">
          <Label htmlFor={`${p}-field`} className="text-xs">
            {t("field")}
          </Label>
          <Input id={`${p}-field`} name="field" defaultValue={q.field} required maxLength={60} />
        </div>
        <div className="grid gap-1">
          <Label htmlFor={`${p}-weight`} className="text-xs">
            {t("weight")}
          </Label>
          <Input id={`${p}-weight`} name="weight" type="number" min={0} max={100} defaultValue={q.weight} required />
        </div>
        <SubmitButton variant="outline">{t("save")}</SubmitButton>
      </form>
      <FieldError state={saveState} name="field" />
      <div className="flex gap-1">
        {(["up", "down"] as const).map((direction) => (
          <form key={direction} action={move}>
            <input type="hidden" name="workspace" value={slug} />
            <input type="hidden" name="id" value={q.id} />
            <input type="hidden" name="direction" value={direction} />
            <Button type="submit" size="icon" variant="ghost" disabled={direction === "up" ? first : last} aria-label={direction === "up" ? t("moveUp") : t("moveDown")}>
              {direction === "up" ? <ArrowUp aria-hidden /> : <ArrowDown aria-hidden />}
            </Button>
          </form>
        ))}
        <form action={remove}>
          <input type="hidden" name="workspace" value={slug} />
          <input type="hidden" name="id" value={q.id} />
          <Button type="submit" size="icon" variant="ghost" className="text-destructive hover:text-destructive" aria-label={t("delete")}>
            <Trash2 aria-hidden />
          </Button>
        </form>
      </div>
      <FormError state={saveState} />
      <FormError state={moveState} />
      <FormError state={deleteState} />
    </li>
  );
}
