"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

export type AssistantField = "provider" | "apiSecret" | "baseUrl" | "model" | "confidenceThreshold" | "perCustomerHourlyLimit" | "monthlyBudget" | "disclosure";

/** Whether the last save or test failed on `name` (disclosure_es/en/pt all count as `disclosure`). */
export function fieldFailed(state: ActionResult | null, name: AssistantField): boolean {
  if (!state || state.ok || !state.fieldErrors) return false;
  return Object.keys(state.fieldErrors).some((k) => k === name || k.startsWith(`${name}_`));
}

/** This page's own words for a field the action refused. */
export function AssistantFieldError({ state, name }: { state: ActionResult | null; name: AssistantField }) {
  const t = useTranslations("assistant.fieldErrors");
  if (!fieldFailed(state, name)) return null;
  return (
    <p className="text-sm text-destructive" id={`${name}-error`}>
      {t(name)}
    </p>
  );
}
