"use client";

import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { TemplateField, TemplateProblem } from "@/lib/templates/definition";
import { FieldProblems, problemsFor } from "./template-problems";

/** A one-line field of the template form: label, input, help with a character count, problems. */
export function TextField({
  field,
  label,
  optionalLabel,
  help,
  value,
  max,
  placeholder,
  problems,
  onChange,
}: {
  field: TemplateField;
  label: string;
  /** Shown after the label, e.g. "opcional". */
  optionalLabel?: string;
  help?: React.ReactNode;
  value: string;
  /** Shows "n/max" when set. */
  max?: number;
  placeholder?: string;
  problems: TemplateProblem[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="grid gap-2">
      <Label htmlFor={field}>
        {label}
        {optionalLabel ? <span className="font-normal text-muted-foreground"> ({optionalLabel})</span> : null}
      </Label>
      <Input id={field} value={value} onChange={(e) => onChange(e.target.value)} placeholder={placeholder} aria-invalid={problemsFor(problems, field).length > 0} aria-describedby={`${field}-help ${field}-problems`} />
      {help || max ? (
        <p id={`${field}-help`} className="flex justify-between gap-4 text-sm text-muted-foreground">
          <span>{help}</span>
          {max ? (
            <span className="shrink-0 tabular-nums">
              {[...value].length}/{max}
            </span>
          ) : null}
        </p>
      ) : null}
      <FieldProblems problems={problems} field={field} id={`${field}-problems`} />
    </div>
  );
}
