"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";
import { AssistantFieldError, fieldFailed } from "./field-error";
import { DISCLOSURE_LANGUAGES, SENSITIVE_TOPICS } from "./options";
import type { AssistantSettingsView } from "./view";

type Props = { view: AssistantSettingsView; state: ActionResult | null };

/** The notice that an automated assistant is writing, per language; empty uses the default shown. */
export function DisclosureSection({ view, state }: Props) {
  const t = useTranslations("assistant.disclosure");
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {DISCLOSURE_LANGUAGES.map((l) => (
          <div key={l} className="grid gap-2">
            <Label htmlFor={`disclosure_${l}`}>{t(`languages.${l}`)}</Label>
            <Textarea id={`disclosure_${l}`} name={`disclosure_${l}`} rows={2} maxLength={500} defaultValue={view.disclosure[l] ?? ""} placeholder={view.disclosureDefaults[l]} readOnly={!view.canEdit} aria-invalid={fieldFailed(state, "disclosure") || undefined} />
          </div>
        ))}
        <AssistantFieldError state={state} name="disclosure" />
      </CardContent>
    </Card>
  );
}

/** Topics that always go to people. */
export function TopicsSection({ view }: Props) {
  const t = useTranslations("assistant.topics");
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <fieldset className="grid gap-3">
          <legend className="sr-only">{t("title")}</legend>
          {SENSITIVE_TOPICS.map((topic) => (
            <label key={topic} className="flex items-center gap-3 text-sm">
              <input type="checkbox" name="sensitiveTopics" value={topic} defaultChecked={view.sensitiveTopics.includes(topic)} disabled={!view.canEdit} className="size-4 accent-primary" />
              {t(`names.${topic}`)}
            </label>
          ))}
        </fieldset>
      </CardContent>
    </Card>
  );
}

/** Per-customer hourly limit, monthly budget and what was spent so far. */
export function LimitsSection({ view, state }: Props) {
  const t = useTranslations("assistant.limits");
  const format = useFormatter();
  const money = (micros: number) => format.number(micros / 1_000_000, { style: "currency", currency: "USD" });
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5 sm:grid-cols-2">
        <div className="grid content-start gap-2">
          <Label htmlFor="perCustomerHourlyLimit">{t("hourlyLimit")}</Label>
          <Input id="perCustomerHourlyLimit" name="perCustomerHourlyLimit" type="number" inputMode="numeric" min={1} max={1000} step={1} required defaultValue={view.perCustomerHourlyLimit} readOnly={!view.canEdit} className="sm:max-w-40" aria-invalid={fieldFailed(state, "perCustomerHourlyLimit") || undefined} aria-describedby="perCustomerHourlyLimit-help" />
          <p id="perCustomerHourlyLimit-help" className="text-sm text-muted-foreground">
            {t("hourlyHelp")}
          </p>
          <AssistantFieldError state={state} name="perCustomerHourlyLimit" />
        </div>
        <div className="grid content-start gap-2">
          <Label htmlFor="monthlyBudget">{t("budget")}</Label>
          <Input
            id="monthlyBudget"
            name="monthlyBudget"
            type="number"
            inputMode="decimal"
            min={0}
            step={0.01}
            defaultValue={view.monthlyBudgetMicros === null ? "" : view.monthlyBudgetMicros / 1_000_000}
            readOnly={!view.canEdit}
            className="sm:max-w-40"
            aria-invalid={fieldFailed(state, "monthlyBudget") || undefined}
            aria-describedby="monthlyBudget-help"
          />
          <p id="monthlyBudget-help" className="text-sm text-muted-foreground">
            {t("budgetHelp")}
          </p>
          <p className="text-sm font-medium">{view.monthlyBudgetMicros === null ? t("spent", { spent: money(view.monthSpendMicros) }) : t("spentOf", { spent: money(view.monthSpendMicros), budget: money(view.monthlyBudgetMicros) })}</p>
          <AssistantFieldError state={state} name="monthlyBudget" />
        </div>
      </CardContent>
    </Card>
  );
}
