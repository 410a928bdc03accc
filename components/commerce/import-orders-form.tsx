"use client";

import { CircleAlert, CircleCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { importOrdersAction } from "@/app/(app)/w/[workspace]/orders/actions";
import { FormError } from "@/components/common/form-error";
import { SubmitButton } from "@/components/common/submit-button";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { OrderRowProblem, OrdersFileProblem } from "@/lib/business/orders-csv";
import { MAX_IMPORT_BYTES } from "@/lib/consent/import-limits";

const EXAMPLE = "number;phone;name;status;total;currency;carrier;tracking;eta;options;lines\n8842;612345678;Carmen López;enviado;89,90;EUR;SEUR;SEUR-0718842;27/11/2026;Entrega el sábado por la mañana|Recogida en la clínica;1x Cepillo eléctrico";

function FileProblemText({ problem, row }: { problem: OrdersFileProblem; row?: number }) {
  const tf = useTranslations("operations.orders.import.fileProblems");
  return tf.has(problem) ? tf(problem, { row: row ?? 1 }) : tf("empty");
}

function RowProblemText({ problem: p }: { problem: OrderRowProblem }) {
  const tr = useTranslations("operations.orders.import.reasons");
  return tr.has(p.reason) ? tr(p.reason, { value: p.value ?? "", otherRow: p.otherRow ?? 0 }) : p.reason;
}

/** Orders → Import: a CSV (for instance a shop's export) checked whole; all of it is imported, or the bad rows are listed. */
export function ImportOrdersForm({ slug }: { slug: string }) {
  const t = useTranslations("operations.orders.import");
  const [state, action] = useActionState(importOrdersAction, null);
  const [tooLarge, setTooLarge] = useState(false);
  const result = state?.ok ? state.data : null;
  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle as="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        <details className="text-sm">
          <summary className="cursor-pointer text-muted-foreground">{t("exampleTitle")}</summary>
          <pre className="mt-2 overflow-x-auto rounded-md bg-muted p-3 text-xs">{EXAMPLE}</pre>
          <p className="mt-2 text-xs text-muted-foreground">{t("exampleHelp")}</p>
        </details>
        <form action={action} className="grid gap-3">
          <input type="hidden" name="workspace" value={slug} />
          <div className="grid gap-2">
            <Label htmlFor="orders-file">{t("file")}</Label>
            <Input id="orders-file" name="file" type="file" accept=".csv,text/csv,text/plain" required onChange={(e) => setTooLarge((e.currentTarget.files?.[0]?.size ?? 0) > MAX_IMPORT_BYTES)} />
            {tooLarge ? (
              <p className="text-sm text-destructive">
                <FileProblemText problem="too_large" />
              </p>
            ) : null}
          </div>
          {state && !state.ok ? <FormError state={state} /> : null}
          <div>
            <SubmitButton>{t("submit")}</SubmitButton>
          </div>
          {result?.ok ? (
            <Alert role="status">
              <CircleCheck />
              <AlertDescription>{t("done", { created: result.created, updated: result.updated })}</AlertDescription>
            </Alert>
          ) : null}
          {result && !result.ok ? (
            <Alert variant="destructive" role="alert">
              <CircleAlert />
              {result.fileProblem ? (
                <AlertDescription>
                  <FileProblemText problem={result.fileProblem} row={result.row} />
                </AlertDescription>
              ) : (
                <>
                  <AlertTitle>{t("problemsTitle")}</AlertTitle>
                  <AlertDescription>
                    <ul className="grid max-h-64 gap-1 overflow-y-auto">
                      {result.problems.map((p) => (
                        <li key={`${p.row}-${p.reason}`}>
                          <span className="font-medium tabular-nums">{t("row", { row: p.row })}</span>: <RowProblemText problem={p} />
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
