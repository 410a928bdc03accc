"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ActionResult } from "@/lib/actions/result";
import { AssistantFieldError } from "./field-error";

/** The confidence below which a draft goes to a person, as a slider explained in words. */
export function ConfidenceSection({ initial, canEdit, state }: { initial: number; canEdit: boolean; state: ActionResult | null }) {
  const t = useTranslations("assistant.confidence");
  const format = useFormatter();
  const [value, setValue] = useState(initial);
  const percent = format.number(value, { style: "percent" });
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        <label htmlFor="confidenceThreshold" className="text-sm font-medium">
          {t("label")}: <output htmlFor="confidenceThreshold">{format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</output>
        </label>
        <input
          id="confidenceThreshold"
          name="confidenceThreshold"
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={value}
          disabled={!canEdit}
          onChange={(e) => setValue(Number(e.target.value))}
          aria-valuetext={percent}
          aria-describedby="confidenceThreshold-explain"
          className="w-full accent-primary sm:max-w-md"
        />
        <div className="flex justify-between text-xs text-muted-foreground sm:max-w-md" aria-hidden>
          <span>{t("low")}</span>
          <span>{t("high")}</span>
        </div>
        <p id="confidenceThreshold-explain" className="text-sm" aria-live="polite">
          {t("explain", { percent })}
        </p>
        <AssistantFieldError state={state} name="confidenceThreshold" />
      </CardContent>
    </Card>
  );
}
