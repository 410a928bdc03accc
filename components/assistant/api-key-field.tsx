"use client";

import { KeyRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ActionResult } from "@/lib/actions/result";
import { AssistantFieldError, fieldFailed } from "./field-error";

/**
 * The API key: never shown back. A stored key appears as "•••• guardada" with Replace and Remove;
 * typing one sends `apiSecret`, removing sends `removeApiKey=1`, and neither keeps the stored key.
 */
export function ApiKeyField({ stored, optional, canEdit, state }: { stored: boolean; optional: boolean; canEdit: boolean; state: ActionResult | null }) {
  const t = useTranslations("assistant.model");
  const [mode, setMode] = useState<"keep" | "replace" | "remove">("keep");
  const label = optional ? t("apiKeyOptional") : t("apiKey");
  if (stored && mode === "keep") {
    return (
      <div className="grid gap-2">
        <span className="text-sm font-medium">{label}</span>
        <div className="flex flex-wrap items-center gap-2">
          <span className="inline-flex items-center gap-2 rounded-md border px-3 py-1.5 text-sm">
            <KeyRound className="size-4" aria-hidden />
            {t("keyStored")}
          </span>
          {canEdit ? (
            <>
              <Button type="button" variant="outline" size="sm" onClick={() => setMode("replace")}>
                {t("replaceKey")}
              </Button>
              <Button type="button" variant="ghost" size="sm" onClick={() => setMode("remove")}>
                {t("removeKey")}
              </Button>
            </>
          ) : null}
        </div>
      </div>
    );
  }
  if (!canEdit) {
    return (
      <div className="grid gap-2">
        <span className="text-sm font-medium">{label}</span>
        <p className="text-sm text-muted-foreground">{t("keyNone")}</p>
      </div>
    );
  }
  if (stored && mode === "remove") {
    return (
      <div className="grid gap-2">
        <span className="text-sm font-medium">{label}</span>
        <input type="hidden" name="removeApiKey" value="1" />
        <div className="flex flex-wrap items-center gap-2">
          <p className="text-sm text-muted-foreground" role="status">
            {t("keyWillBeRemoved")}
          </p>
          <Button type="button" variant="outline" size="sm" onClick={() => setMode("keep")}>
            {t("keepKey")}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className="grid gap-2">
      <Label htmlFor="apiSecret">{label}</Label>
      <div className="flex flex-wrap items-center gap-2">
        <Input
          id="apiSecret"
          name="apiSecret"
          type="password"
          autoComplete="off"
          spellCheck={false}
          maxLength={500}
          required={!optional}
          autoFocus={mode === "replace"}
          className="sm:max-w-sm"
          aria-invalid={fieldFailed(state, "apiSecret") || undefined}
          aria-describedby="apiSecret-help"
        />
        {stored ? (
          <Button type="button" variant="ghost" size="sm" onClick={() => setMode("keep")}>
            {t("keepKey")}
          </Button>
        ) : null}
      </div>
      <p id="apiSecret-help" className="text-sm text-muted-foreground">
        {stored ? null : `${t("keyNone")}. `}
        {t("apiKeyHelp")}
      </p>
      <AssistantFieldError state={state} name="apiSecret" />
    </div>
  );
}
