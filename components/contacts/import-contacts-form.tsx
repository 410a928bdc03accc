"use client";

import { CircleAlert, CircleCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { importContactsAction } from "@/app/(app)/w/[workspace]/contacts/actions";
import { FormError } from "@/components/common/form-error";
import { SubmitButton } from "@/components/common/submit-button";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { FileProblem, RowProblem } from "@/lib/consent/csv-contacts";
import type { ImportSummary } from "@/lib/consent/import-contacts";
import { MAX_IMPORT_BYTES } from "@/lib/consent/import-limits";

function FileProblemText({ problem, row }: { problem: FileProblem; row?: number }) {
  const t = useTranslations("consent");
  switch (problem) {
    case "empty":
      return t("import.fileProblems.empty");
    case "too_large":
      return t("import.fileProblems.too_large");
    case "too_many_rows":
      return t("import.fileProblems.too_many_rows");
    case "no_phone_column":
      return t("import.fileProblems.no_phone_column");
    case "unterminated_quote":
      return t("import.fileProblems.unterminated_quote", { row: row ?? 1 });
  }
}

function RowProblemText({ problem: p }: { problem: RowProblem }) {
  const t = useTranslations("consent");
  const value = p.value ?? "";
  switch (p.reason) {
    case "phone_missing":
      return t("import.reasons.phone_missing");
    case "phone_invalid":
      return t("import.reasons.phone_invalid", { value });
    case "duplicate_phone":
      return t("import.reasons.duplicate_phone", { value, otherRow: p.otherRow ?? 0 });
    case "consent_unrecognized":
      return t("import.reasons.consent_unrecognized", { value });
    case "consent_date_invalid":
      return t("import.reasons.consent_date_invalid", { value });
    case "consent_date_future":
      return t("import.reasons.consent_date_future", { value });
    case "name_too_long":
      return t("import.reasons.name_too_long");
    case "note_too_long":
      return t("import.reasons.note_too_long");
  }
}

function Summary({ summary: s }: { summary: ImportSummary }) {
  const t = useTranslations("consent");
  return (
    <Alert role="status">
      <CircleCheck />
      <AlertDescription className="grid gap-1">
        <p>{t("import.done", { rows: s.rows, created: s.contactsCreated, updated: s.contactsUpdated, recorded: s.consentsRecorded })}</p>
        {s.alreadyOptedIn ? <p>{t("import.alreadyOptedIn", { count: s.alreadyOptedIn })}</p> : null}
        {s.optedOutKept ? <p>{t("import.optedOutKept", { count: s.optedOutKept })}</p> : null}
      </AlertDescription>
    </Alert>
  );
}

/** Contacts → Import: a CSV checked whole; either everything is imported or the bad rows are listed. */
export function ImportContactsForm({ slug }: { slug: string }) {
  const t = useTranslations("consent");
  const [state, action] = useActionState(importContactsAction, null);
  const [tooLarge, setTooLarge] = useState(false);
  const result = state?.ok ? state.data : null;
  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle as="h2">{t("import.title")}</CardTitle>
        <CardDescription>
          {t("import.description")} {t("import.allOrNothing")}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form action={action} className="grid gap-3">
          <input type="hidden" name="workspace" value={slug} />
          <div className="grid gap-2">
            <Label htmlFor="contacts-file">{t("import.file")}</Label>
            <Input id="contacts-file" name="file" type="file" accept=".csv,text/csv,text/plain" required onChange={(e) => setTooLarge((e.currentTarget.files?.[0]?.size ?? 0) > MAX_IMPORT_BYTES)} />
            {tooLarge ? (
              <p className="text-sm text-destructive">
                <FileProblemText problem="too_large" />
              </p>
            ) : null}
            {state && !state.ok && state.fieldErrors?.file ? <p className="text-sm text-destructive">{t("import.fileMissing")}</p> : null}
          </div>
          {state && !state.ok && !state.fieldErrors?.file ? <FormError state={state} /> : null}
          <div>
            <SubmitButton>{t("import.submit")}</SubmitButton>
          </div>
          {result?.ok ? <Summary summary={result.summary} /> : null}
          {result && !result.ok ? (
            <Alert variant="destructive" role="alert">
              <CircleAlert />
              {result.fileProblem ? (
                <AlertDescription>
                  <FileProblemText problem={result.fileProblem} row={result.row} />
                </AlertDescription>
              ) : (
                <>
                  <AlertTitle>{t("import.problemsTitle")}</AlertTitle>
                  <AlertDescription>
                    <ul className="grid max-h-64 gap-1 overflow-y-auto">
                      {result.problems.map((p) => (
                        <li key={`${p.row}-${p.reason}`}>
                          <span className="font-medium tabular-nums">{t("import.row", { row: p.row })}</span>: <RowProblemText problem={p} />
                        </li>
                      ))}
                    </ul>
                    {result.problemCount > result.problems.length ? <p>{t("import.moreProblems", { count: result.problemCount - result.problems.length })}</p> : null}
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
