"use client";

import { useTranslations } from "next-intl";
import { TEMPLATE_CATEGORIES, type TemplateCategory } from "@/lib/templates/definition";
import { cn } from "@/lib/utils";

/** The three kinds of template as choice cards, each with what it is for and what it costs. */
export function CategoryField({ value, onChange }: { value: TemplateCategory; onChange: (c: TemplateCategory) => void }) {
  const t = useTranslations("templates");
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-2 text-sm font-medium">{t("form.category")}</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {TEMPLATE_CATEGORIES.map((c) => (
          <label
            key={c}
            className={cn(
              "flex cursor-pointer flex-col gap-1 rounded-lg border p-3 text-sm transition-colors has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50",
              value === c ? "border-primary bg-primary/5" : "hover:bg-muted/50",
            )}
          >
            <span className="flex items-center gap-2 font-medium">
              <input type="radio" name="category" value={c} checked={value === c} onChange={() => onChange(c)} className="accent-primary" />
              {t(`categories.${c}`)}
            </span>
            <span className="text-muted-foreground">{t(`categoryHelp.${c}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
