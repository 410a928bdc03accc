"use client";

import { Link2, Plus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { TEMPLATE_LIMITS, type TemplateProblem } from "@/lib/templates/definition";
import { variablesIn } from "@/lib/templates/variables";
import { FieldProblems } from "./template-problems";

export type UrlButton = { text: string; url: string; example: string };

/** Quick-reply buttons (up to 10) and, optionally, one button that opens a web page. */
export function ButtonsField({
  quickReplies,
  urlButton,
  problems,
  onQuickReplies,
  onUrlButton,
}: {
  quickReplies: string[];
  urlButton: UrlButton | null;
  problems: TemplateProblem[];
  onQuickReplies: (q: string[]) => void;
  onUrlButton: (b: UrlButton | null) => void;
}) {
  const t = useTranslations("templates.form");
  const max = urlButton ? TEMPLATE_LIMITS.quickReplies - 1 : TEMPLATE_LIMITS.quickReplies;
  const set = (i: number, v: string) => onQuickReplies(quickReplies.map((q, j) => (j === i ? v : q)));
  return (
    <div className="grid gap-6">
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">
          {t("quickReplies")} <span className="font-normal text-muted-foreground">({t("optional")})</span>
        </legend>
        <p className="text-sm text-muted-foreground">{t("quickRepliesHelp")}</p>
        {quickReplies.map((q, i) => (
          <div key={i} className="grid gap-1">
            <div className="flex gap-2">
              <Input value={q} onChange={(e) => set(i, e.target.value)} maxLength={TEMPLATE_LIMITS.buttonText + 10} aria-label={t("quickReplyLabel", { n: i + 1 })} placeholder={t("quickReplyPlaceholder")} />
              <Button type="button" variant="ghost" size="icon" onClick={() => onQuickReplies(quickReplies.filter((_, j) => j !== i))} aria-label={t("removeButton", { n: i + 1 })}>
                <X aria-hidden />
              </Button>
            </div>
            <FieldProblems problems={problems} field="quickReplies" index={i} />
          </div>
        ))}
        <FieldProblems problems={problems} field="quickReplies" />
        {quickReplies.length < max ? (
          <div>
            <Button type="button" variant="outline" size="sm" onClick={() => onQuickReplies([...quickReplies, ""])}>
              <Plus aria-hidden />
              {t("addQuickReply")}
            </Button>
          </div>
        ) : null}
      </fieldset>

      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">
          {t("urlButton")} <span className="font-normal text-muted-foreground">({t("optional")})</span>
        </legend>
        <p className="text-sm text-muted-foreground">{t("urlButtonHelp")}</p>
        {urlButton ? (
          <div className="grid gap-3 rounded-lg border p-4">
            <div className="grid gap-1.5">
              <Label htmlFor="urlButtonText">{t("urlButtonText")}</Label>
              <Input id="urlButtonText" value={urlButton.text} onChange={(e) => onUrlButton({ ...urlButton, text: e.target.value })} placeholder={t("urlButtonTextPlaceholder")} />
              <FieldProblems problems={problems} field="urlButtonText" />
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="urlButtonUrl">{t("urlButtonUrl")}</Label>
              <Input id="urlButtonUrl" type="url" inputMode="url" value={urlButton.url} onChange={(e) => onUrlButton({ ...urlButton, url: e.target.value })} placeholder="https://" />
              <FieldProblems problems={problems} field="urlButtonUrl" />
            </div>
            {variablesIn(urlButton.url).length ? (
              <div className="grid gap-1.5">
                <Label htmlFor="urlButtonExample">{t("urlButtonExample")}</Label>
                <Input id="urlButtonExample" value={urlButton.example} onChange={(e) => onUrlButton({ ...urlButton, example: e.target.value })} placeholder={t("examplePlaceholder")} />
                <FieldProblems problems={problems} field="urlButtonExample" />
              </div>
            ) : null}
            <div>
              <Button type="button" variant="ghost" size="sm" onClick={() => onUrlButton(null)}>
                <X aria-hidden />
                {t("removeUrlButton")}
              </Button>
            </div>
          </div>
        ) : (
          <div>
            <Button type="button" variant="outline" size="sm" onClick={() => onUrlButton({ text: "", url: "", example: "" })}>
              <Link2 aria-hidden />
              {t("addUrlButton")}
            </Button>
          </div>
        )}
      </fieldset>
    </div>
  );
}
