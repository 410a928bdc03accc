import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { LeadQuestionRow } from "@/lib/business/leads";
import { AddLeadQuestionForm } from "./add-lead-question-form";
import { LeadQuestionItem } from "./lead-question-item";

const LANGUAGES = ["es", "en", "pt"] as const;

/** The questions the assistant asks an interested customer, in order, per language, with what each answer is worth. */
export async function LeadQuestionsEditor({ questions, slug, canEdit }: { questions: LeadQuestionRow[]; slug: string; canEdit: boolean }) {
  const t = await getTranslations("operations.leads.questions");
  const languages = LANGUAGES.filter((l) => questions.some((q) => q.language === l));
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        {!questions.length ? <p className="text-sm text-muted-foreground">{t("none")}</p> : null}
        {languages.map((language) => {
          const list = questions.filter((q) => q.language === language);
          return (
            <section key={language} aria-labelledby={`questions-${language}`} className="grid gap-2">
              <h3 id={`questions-${language}`} className="text-sm font-semibold">
                {t(`languages.${language}`)}
              </h3>
              <ol className="divide-y rounded-lg border">
                {list.map((q, i) => (
                  <LeadQuestionItem key={q.id} slug={slug} question={{ id: q.id, field: q.field, question: q.question, language: q.language, weight: q.weight }} first={i === 0} last={i === list.length - 1} canEdit={canEdit} />
                ))}
              </ol>
            </section>
          );
        })}
        {canEdit ? <AddLeadQuestionForm slug={slug} /> : <p className="text-sm text-muted-foreground">{t("readOnly")}</p>}
      </CardContent>
    </Card>
  );
}
