"use client";

import { CheckCircle2, Loader2, PlugZap, XCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, useTransition, type RefObject } from "react";
import { testAssistantConnectionAction, type ConnectionTestResult } from "@/app/(app)/w/[workspace]/settings/assistant/actions";
import { FormError } from "@/components/common/form-error";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { AssistantFieldError } from "./field-error";

const modelName = (id: string) => id.replace(/^[a-z_]+:/, "");

/**
 * "Probar conexión": sends what the form holds (not saved) to a tiny model call. It does not
 * submit the form, so nothing typed is lost or reset.
 */
export function ConnectionTest({ formRef }: { formRef: RefObject<HTMLFormElement | null> }) {
  const t = useTranslations("assistant.test");
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState<ActionResult<ConnectionTestResult> | null>(null);
  const run = () => {
    if (!formRef.current) return;
    const data = new FormData(formRef.current);
    startTransition(async () => setState(await testAssistantConnectionAction(null, data)));
  };
  const result = state?.ok ? state.data : null;
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="outline" onClick={run} disabled={pending} aria-busy={pending}>
          {pending ? <Loader2 className="animate-spin" aria-hidden /> : <PlugZap aria-hidden />}
          {t("button")}
        </Button>
        <p className="text-sm text-muted-foreground">{t("help")}</p>
      </div>
      <div aria-live="polite" className="grid gap-2">
        {state && !state.ok && !state.fieldErrors ? <FormError state={state} /> : null}
        <AssistantFieldError state={state} name="baseUrl" />
        <AssistantFieldError state={state} name="model" />
        {result?.ok ? (
          <Alert variant="success" role="status">
            <CheckCircle2 />
            <AlertDescription>{t("ok", { model: modelName(result.model), ms: result.ms })}</AlertDescription>
          </Alert>
        ) : null}
        {result && !result.ok ? (
          <Alert variant="destructive">
            <XCircle />
            <AlertDescription>
              <p>{t(`reasons.${result.reason}`)}</p>
              {result.detail ? (
                <details className="mt-1 text-xs">
                  <summary className="cursor-pointer">{t("detail")}</summary>
                  <p className="mt-1 font-mono break-all">
                    {result.status ? `HTTP ${result.status} · ` : ""}
                    {result.detail}
                  </p>
                </details>
              ) : null}
            </AlertDescription>
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
