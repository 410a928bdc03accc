"use client";

import { useTranslations } from "next-intl";
import type { TemplateField, TemplateProblem } from "@/lib/templates/definition";

/** The problems of one field; with `index`, only those of that item (an example, a button). */
export const problemsFor = (problems: TemplateProblem[], field: TemplateField, index?: number) =>
  problems.filter((p) => p.field === field && (index === undefined ? p.index === undefined : p.index === index));

/** What is wrong with a field, in words, under it. `id` ties it to the input's aria-describedby. */
export function FieldProblems({ problems, field, index, id }: { problems: TemplateProblem[]; field: TemplateField; index?: number; id?: string }) {
  const t = useTranslations("templates.problems");
  const mine = problemsFor(problems, field, index);
  if (!mine.length) return null;
  const text = (p: TemplateProblem) => {
    switch (p.code) {
      case "too_long":
        // Without an index on the buttons list, the list itself is too long.
        return p.field === "quickReplies" && p.index === undefined ? t("too_many_buttons", { max: p.max ?? 0 }) : t("too_long", { max: p.max ?? 0 });
      case "variables_out_of_order":
        return t("variables_out_of_order", { example: "{{1}}, {{2}}, {{3}}" });
      case "variable_malformed":
        return t("variable_malformed", { example: "{{1}}" });
      case "url_variable_at_end":
        return t("url_variable_at_end", { example: "https://tu-web.com/pedidos/{{1}}" });
      default:
        return t.has(p.code) ? t(p.code) : t("invalid");
    }
  };
  return (
    <p id={id} className="text-sm text-destructive">
      {mine.map(text).join(" ")}
    </p>
  );
}
