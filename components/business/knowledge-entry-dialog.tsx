"use client";

import { Pencil, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { toast } from "sonner";
import { createEntryAction, updateEntryAction } from "@/app/(app)/w/[workspace]/settings/knowledge/actions";
import { FormError } from "@/components/common/form-error";
import { echoed } from "@/components/common/form-values";
import { SubmitButton } from "@/components/common/submit-button";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";

export type EditableEntry = { id: string; question: string; variants: string[]; answer: string; tags: string[]; language: string; active: boolean };

function LanguageOptions() {
  const tl = useTranslations("business.knowledge.languages");
  return (
    <>
      <SelectItem value="es">{tl("es")}</SelectItem>
      <SelectItem value="en">{tl("en")}</SelectItem>
      <SelectItem value="pt">{tl("pt")}</SelectItem>
    </>
  );
}

const failed = (state: ActionResult | null, name: string) => Boolean(state && !state.ok && state.fieldErrors?.[name]);

function EntryFields({ state, entry, defaultLanguage }: { state: ActionResult | null; entry?: EditableEntry; defaultLanguage: string }) {
  const t = useTranslations("business.knowledge");
  const id = entry?.id ?? "new";
  return (
    <div className="grid gap-4">
      <div className="grid gap-2">
        <Label htmlFor={`faq-question-${id}`}>{t("question")}</Label>
        <Input id={`faq-question-${id}`} name="question" required maxLength={500} placeholder={t("questionPlaceholder")} defaultValue={echoed(state, "question", entry?.question)} aria-invalid={failed(state, "question") || undefined} />
        {failed(state, "question") ? <p className="text-sm text-destructive">{t("questionMissing")}</p> : null}
      </div>
      <div className="grid gap-2">
        <Label htmlFor={`faq-variants-${id}`}>{t("variants")}</Label>
        <Textarea id={`faq-variants-${id}`} name="variants" rows={3} defaultValue={echoed(state, "variants", entry?.variants.join("\n"))} aria-describedby={`faq-variants-help-${id}`} />
        <p id={`faq-variants-help-${id}`} className="text-sm text-muted-foreground">
          {t("variantsHelp")}
        </p>
      </div>
      <div className="grid gap-2">
        <Label htmlFor={`faq-answer-${id}`}>{t("answer")}</Label>
        <Textarea id={`faq-answer-${id}`} name="answer" required rows={5} maxLength={4000} defaultValue={echoed(state, "answer", entry?.answer)} aria-describedby={`faq-answer-help-${id}`} aria-invalid={failed(state, "answer") || undefined} />
        <p id={`faq-answer-help-${id}`} className="text-sm text-muted-foreground">
          {t("answerHelp")}
        </p>
        {failed(state, "answer") ? <p className="text-sm text-destructive">{t("answerMissing")}</p> : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
        <div className="grid gap-2">
          <Label htmlFor={`faq-tags-${id}`}>{t("tags")}</Label>
          <Input id={`faq-tags-${id}`} name="tags" maxLength={1000} placeholder={t("tagsHelp")} defaultValue={echoed(state, "tags", entry?.tags.join(", "))} />
        </div>
        <div className="grid gap-2">
          <Label htmlFor={`faq-language-${id}`}>{t("language")}</Label>
          <Select name="language" defaultValue={echoed(state, "language", entry?.language ?? defaultLanguage)}>
            <SelectTrigger id={`faq-language-${id}`} className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <LanguageOptions />
            </SelectContent>
          </Select>
        </div>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="active" defaultChecked={entry?.active ?? true} className="size-4" />
        {t("active")}
      </label>
    </div>
  );
}

/** Add a FAQ, or edit one (`entry` given), in a dialog that closes once saved. */
export function KnowledgeEntryDialog({ slug, entry, defaultLanguage = "es" }: { slug: string; entry?: EditableEntry; defaultLanguage?: string }) {
  const t = useTranslations("business");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  const save = entry ? updateEntryAction : createEntryAction;
  // Closing from the action, not from an effect: the dialog closes when the save succeeds.
  const [state, action] = useActionState(async (prev: Awaited<ReturnType<typeof save>> | null, formData: FormData) => {
    const result = await save(prev, formData);
    if (result.ok) {
      setOpen(false);
      toast.success(t("saved"));
    }
    return result;
  }, null);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {entry ? (
          <Button variant="outline" size="sm">
            <Pencil aria-hidden />
            {t("knowledge.edit")}
          </Button>
        ) : (
          <Button>
            <Plus aria-hidden />
            {t("knowledge.add")}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent closeLabel={tc("close")} className="sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{entry ? t("knowledge.editTitle") : t("knowledge.addTitle")}</DialogTitle>
        </DialogHeader>
        <form action={action} className="grid gap-4">
          <input type="hidden" name="workspace" value={slug} />
          {entry ? <input type="hidden" name="id" value={entry.id} /> : null}
          <FormError state={state} />
          <EntryFields state={state} entry={entry} defaultLanguage={defaultLanguage} />
          <div className="flex justify-end">
            <SubmitButton>{t("knowledge.save")}</SubmitButton>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
