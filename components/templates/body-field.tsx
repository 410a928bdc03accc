"use client";

import { Braces } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { insertVariable } from "@/lib/templates/compose";
import { TEMPLATE_LIMITS, type TemplateProblem } from "@/lib/templates/definition";
import { variablesIn } from "@/lib/templates/variables";
import { FieldProblems, problemsFor } from "./template-problems";

/**
 * The message text, an "Añadir variable" button that inserts {{n}} at the cursor (renumbering the
 * others), and one example input per variable, appearing as variables are typed.
 */
export function BodyField({
  body,
  examples,
  problems,
  onBody,
  onExample,
}: {
  body: string;
  examples: Record<string, string>;
  problems: TemplateProblem[];
  /** `renames` when "Añadir variable" renumbered the variables, so their examples can follow. */
  onBody: (body: string, renames?: Record<string, string>) => void;
  onExample: (name: string, value: string) => void;
}) {
  const t = useTranslations("templates.form");
  const ref = useRef<HTMLTextAreaElement>(null);
  const variables = variablesIn(body);

  const addVariable = () => {
    const el = ref.current;
    const r = insertVariable(body, el?.selectionStart ?? body.length, el?.selectionEnd ?? body.length);
    onBody(r.text, r.renames);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(r.cursor, r.cursor);
    });
  };

  return (
    <div className="grid gap-4">
      <div className="grid gap-2">
        <div className="flex items-end justify-between gap-2">
          <Label htmlFor="body">{t("body")}</Label>
          <Button type="button" variant="outline" size="sm" onClick={addVariable}>
            <Braces aria-hidden />
            {t("addVariable")}
          </Button>
        </div>
        <Textarea
          id="body"
          ref={ref}
          value={body}
          onChange={(e) => onBody(e.target.value)}
          rows={6}
          placeholder={t("bodyPlaceholder")}
          aria-invalid={problemsFor(problems, "body").length > 0}
          aria-describedby="body-help body-problems"
        />
        <p id="body-help" className="flex justify-between gap-4 text-sm text-muted-foreground">
          <span>{t("bodyHelp")}</span>
          <span className="shrink-0 tabular-nums">
            {[...body].length}/{TEMPLATE_LIMITS.body}
          </span>
        </p>
        <FieldProblems problems={problems} field="body" id="body-problems" />
      </div>
      {variables.length ? (
        <fieldset className="grid gap-3 rounded-lg border bg-muted/30 p-4">
          <legend className="px-1 text-sm font-medium">{t("examples")}</legend>
          <p className="text-sm text-muted-foreground">{t("examplesHelp")}</p>
          {variables.map((name, i) => (
            <div key={name} className="grid gap-1.5 sm:grid-cols-[8rem_1fr] sm:items-center">
              <Label htmlFor={`example-${name}`} className="font-mono">{`{{${name}}}`}</Label>
              <Input
                id={`example-${name}`}
                value={examples[name] ?? ""}
                onChange={(e) => onExample(name, e.target.value)}
                placeholder={t("examplePlaceholder")}
                aria-invalid={problemsFor(problems, "bodyExamples", i).length > 0}
              />
              <div className="sm:col-start-2">
                <FieldProblems problems={problems} field="bodyExamples" index={i} />
              </div>
            </div>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
