"use client";

import { CircleAlert, CircleCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { importFaqsAction } from "@/app/(app)/w/[workspace]/settings/knowledge/actions";
import { importServicesAction } from "@/app/(app)/w/[workspace]/settings/services/actions";
import { FormError } from "@/components/common/form-error";
import { SubmitButton } from "@/components/common/submit-button";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ActionResult } from "@/lib/actions/result";
import type { FaqImportResult, ServiceImportResult } from "@/lib/business/business-csv";
import { MAX_IMPORT_BYTES } from "@/lib/consent/import-limits";
import { CsvFileProblemText, CsvRowProblemText } from "./csv-problem-text";

type ImportState = ActionResult<FaqImportResult | ServiceImportResult> | null;

function CsvImportCard({ slug, kind, state, action }: { slug: string; kind: "faqs" | "services"; state: ImportState; action: (formData: FormData) => void }) {
  const t = useTranslations("business.import");
  const [tooLarge, setTooLarge] = useState(false);
  const result = state?.ok ? state.data : null;
  const id = `import-${kind}`;
  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle as="h2">{kind === "faqs" ? t("faqsTitle") : t("servicesTitle")}</CardTitle>
        <CardDescription>
          {kind === "faqs" ? t("faqsDescription") : t("servicesDescription")} {t("allOrNothing")}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form action={action} className="grid gap-3">
          <input type="hidden" name="workspace" value={slug} />
          <div className="grid gap-2">
            <Label htmlFor={id}>{t("file")}</Label>
            <Input id={id} name="file" type="file" accept=".csv,text/csv,text/plain" required onChange={(e) => setTooLarge((e.currentTarget.files?.[0]?.size ?? 0) > MAX_IMPORT_BYTES)} />
            {tooLarge ? (
              <p className="text-sm text-destructive">
                <CsvFileProblemText problem="too_large" />
              </p>
            ) : null}
            {state && !state.ok && state.fieldErrors?.file ? <p className="text-sm text-destructive">{t("fileMissing")}</p> : null}
          </div>
          {state && !state.ok && !state.fieldErrors?.file ? <FormError state={state} /> : null}
          <div>
            <SubmitButton variant="outline">{t("submit")}</SubmitButton>
          </div>
          {result?.ok ? (
            <Alert role="status">
              <CircleCheck />
              <AlertDescription>{t("done", { rows: result.summary.rows, created: result.summary.created, updated: result.summary.updated })}</AlertDescription>
            </Alert>
          ) : null}
          {result && !result.ok ? (
            <Alert variant="destructive" role="alert">
              <CircleAlert />
              {result.fileProblem ? (
                <AlertDescription>
                  <CsvFileProblemText problem={result.fileProblem} row={result.row} missing={result.missing} />
                </AlertDescription>
              ) : (
                <>
                  <AlertTitle>{t("problemsTitle")}</AlertTitle>
                  <AlertDescription>
                    <ul className="grid max-h-64 gap-1 overflow-y-auto">
                      {result.problems.map((p) => (
                        <li key={`${p.row}-${p.reason}`}>
                          <span className="font-medium tabular-nums">{t("row", { row: p.row })}</span>: <CsvRowProblemText problem={p} />
                        </li>
                      ))}
                    </ul>
                    {result.problemCount > result.problems.length ? <p>{t("moreProblems", { count: result.problemCount - result.problems.length })}</p> : null}
                  </AlertDescription>
                </>
              )}
            </Alert>
          ) : null}
        </form>
      </CardContent>
    </Card>
  );
}

/**
 * FAQs or services from a CSV: the file is checked whole; either every row is imported (new ones
 * added, existing ones updated) or the bad rows are listed by number and nothing changes.
 */
export function FaqImportForm({ slug }: { slug: string }) {
  const [state, action] = useActionState(importFaqsAction, null);
  return <CsvImportCard slug={slug} kind="faqs" state={state} action={action} />;
}

export function ServiceImportForm({ slug }: { slug: string }) {
  const [state, action] = useActionState(importServicesAction, null);
  return <CsvImportCard slug={slug} kind="services" state={state} action={action} />;
}
