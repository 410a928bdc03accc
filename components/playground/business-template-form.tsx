"use client";

import { Info } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { replyAsBusinessAction } from "@/app/(app)/w/[workspace]/playground/actions";
import { FormError } from "@/components/common/form-error";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { variablesIn } from "@/lib/templates/variables";
import type { ApprovedTemplate } from "@/lib/templates/queries";
import { type ComposerTarget, TargetFields } from "./target-fields";
import { usePlaygroundAction } from "./use-playground-action";

/** The names to ask for: the template's own ("1", "first_name"…), or positions when the text is not at hand. */
const namesFor = (text: string | null, count: number) => {
  const names = variablesIn(text);
  return names.length === count ? names : Array.from({ length: count }, (_, i) => String(i + 1));
};

/**
 * An approved template of this number, with its variables filled in: the only kind of message
 * WhatsApp delivers once the 24-hour window is closed. Marketing ones also need the customer's opt-in.
 */
export function BusinessTemplateForm({ templates, ...target }: ComposerTarget & { templates: ApprovedTemplate[] }) {
  const t = useTranslations("sending.composer");
  const id = useId();
  const [choice, setChoice] = useState(templates[0]?.id ?? "");
  const [state, action, pending] = usePlaygroundAction(replyAsBusinessAction);
  const template = templates.find((x) => x.id === choice);

  if (!templates.length)
    return (
      <div className="grid gap-2 text-sm">
        <p className="text-muted-foreground">{t("noTemplates")}</p>
        <Button asChild variant="outline" size="sm" className="justify-self-start">
          <Link href={`/w/${target.slug}/templates`}>{t("goToTemplates")}</Link>
        </Button>
      </div>
    );

  const category = template?.category.toUpperCase();
  const categoryLabel = category === "MARKETING" ? t("categoryMarketing") : category === "AUTHENTICATION" ? t("categoryAuthentication") : t("categoryUtility");
  const header = namesFor(null, template?.variableCounts.header ?? 0);
  const body = namesFor(template?.body ?? null, template?.variableCounts.body ?? 0);

  return (
    <form action={action} className="grid gap-3">
      <TargetFields {...target} kind="template" />
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-template`}>{t("template")}</Label>
        <Select name="templateId" value={choice} onValueChange={setChoice}>
          <SelectTrigger id={`${id}-template`} className="w-full max-w-md">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {templates.map((x) => (
              <SelectItem key={x.id} value={x.id}>
                {x.name} ({x.language})
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      {template ? (
        <div key={template.id} className="grid gap-3">
          <div className="flex items-center gap-2 text-sm">
            <span className="text-muted-foreground">{t("category")}</span>
            <Badge variant={category === "MARKETING" ? "warning" : "secondary"}>{categoryLabel}</Badge>
          </div>
          {category === "MARKETING" ? (
            <Alert role="note">
              <Info aria-hidden />
              <AlertDescription>{t("marketingNotice")}</AlertDescription>
            </Alert>
          ) : null}
          <blockquote className="whitespace-pre-wrap rounded-md bg-muted px-3 py-2 text-sm" aria-label={t("preview")}>
            {template.body}
          </blockquote>
          {header.map((name) => (
            <div key={`h${name}`} className="grid gap-1.5">
              <Label htmlFor={`${id}-h${name}`}>{t("headerVariable", { name })}</Label>
              <Input id={`${id}-h${name}`} name="headerVar" required maxLength={60} autoComplete="off" />
            </div>
          ))}
          {body.map((name) => (
            <div key={`b${name}`} className="grid gap-1.5">
              <Label htmlFor={`${id}-b${name}`}>{t("bodyVariable", { name })}</Label>
              <Input id={`${id}-b${name}`} name="bodyVar" required maxLength={1024} autoComplete="off" />
            </div>
          ))}
          {Object.entries(template.variableCounts.buttons ?? {}).flatMap(([index, count]) =>
            Array.from({ length: count }, (_, j) => (
              <div key={`x${index}-${j}`} className="grid gap-1.5">
                <input type="hidden" name="buttonVarIndex" value={index} />
                <Label htmlFor={`${id}-x${index}-${j}`}>{t("buttonVariable", { n: Number(index) + 1 })}</Label>
                <Input id={`${id}-x${index}-${j}`} name="buttonVar" required maxLength={2000} autoComplete="off" />
              </div>
            )),
          )}
        </div>
      ) : null}
      <FormError state={state} />
      <Button type="submit" disabled={pending || !template} className="justify-self-start">
        {t("send")}
      </Button>
    </form>
  );
}
