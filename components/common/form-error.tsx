"use client";

import { AlertCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/actions/result";
import { errorMessageKey } from "@/lib/errors/app-error";

/** Shows a failed action's message from the catalog (`errors.<kind>_<subject>`). */
export function FormError({ state }: { state: ActionResult | null }) {
  const t = useTranslations("errors");
  if (!state || state.ok) return null;
  const key = errorMessageKey(state.error);
  return (
    <Alert variant="destructive" role="alert">
      <AlertCircle />
      <AlertDescription>{t.has(key) ? t(key) : t("internal_unexpected")}</AlertDescription>
    </Alert>
  );
}

/** The first problem with one field, in words. */
export function FieldError({ state, name }: { state: ActionResult | null; name: string }) {
  const t = useTranslations("fieldErrors");
  const code = state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined;
  if (!code) return null;
  const key = `${name}_${code}`;
  return (
    <p className="text-sm text-destructive" id={`${name}-error`}>
      {t.has(key) ? t(key) : t.has(code) ? t(code) : t("invalid")}
    </p>
  );
}
