"use client";

import { Lightbulb } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { INTENTS } from "@/lib/ai/types";
import { AUTOMATION_LEVELS } from "./options";
import type { AssistantSettingsView } from "./view";

/** Per intent: automatic, review or off, beside how often people approved its drafts. */
export function AutomationSection({ view }: { view: AssistantSettingsView }) {
  const t = useTranslations("assistant.automation");
  const format = useFormatter();
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <ul className="divide-y">
          {INTENTS.map((intent) => {
            const rate = view.rates[intent];
            const level = view.automation[intent];
            const counts = rate ? { approved: rate.approved + rate.edited, total: rate.total, percent: format.number(rate.rate, { style: "percent" }) } : null;
            return (
              <li key={intent} className="grid gap-2 py-3 sm:grid-cols-[1fr_11rem] sm:items-center">
                <div className="grid gap-1">
                  <label htmlFor={`automation_${intent}`} className="text-sm font-medium">
                    {t(`intents.${intent}`)}
                  </label>
                  {counts && rate?.suggestAuto && level !== "auto" ? (
                    <p className="flex items-center gap-1.5 text-sm text-success">
                      <Lightbulb className="size-4 shrink-0" aria-hidden />
                      {t("suggest", counts)}
                    </p>
                  ) : (
                    <p className="text-sm text-muted-foreground">{counts ? t("rate", counts) : t("noDrafts")}</p>
                  )}
                </div>
                <Select name={`automation_${intent}`} defaultValue={level} disabled={!view.canEdit}>
                  <SelectTrigger id={`automation_${intent}`} className="w-full">
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    {AUTOMATION_LEVELS.map((l) => (
                      <SelectItem key={l} value={l}>
                        {t(`levels.${l}`)}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              </li>
            );
          })}
        </ul>
      </CardContent>
    </Card>
  );
}
