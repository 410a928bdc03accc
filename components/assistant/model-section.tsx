"use client";

import { AlertTriangle, ShieldCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type RefObject } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ActionResult } from "@/lib/actions/result";
import { cn } from "@/lib/utils";
import { ApiKeyField } from "./api-key-field";
import { ConnectionTest } from "./connection-test";
import { AssistantFieldError, fieldFailed } from "./field-error";
import { PROVIDER_CHOICES } from "./options";
import type { AssistantSettingsView } from "./view";

type Provider = (typeof PROVIDER_CHOICES)[number];

/** Which model writes the replies: the local engine, OpenAI with the workspace's key, or a compatible server. */
export function ModelSection({ view, state, formRef, keyVersion }: { view: AssistantSettingsView; state: ActionResult | null; formRef: RefObject<HTMLFormElement | null>; keyVersion: number }) {
  const t = useTranslations("assistant.model");
  const [provider, setProvider] = useState<Provider>(view.provider);
  const saved = provider === view.provider;
  const inUse = view.inUse.model ? `${t(`providers.${view.inUse.provider}`)} · ${view.inUse.model}` : t("providers.local");
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        <fieldset className="grid gap-2">
          <legend className="mb-2 text-sm font-medium">{t("provider")}</legend>
          {PROVIDER_CHOICES.map((p) => (
            <label key={p} className={cn("flex cursor-pointer gap-3 rounded-lg border p-3", provider === p && "border-primary bg-accent/40")}>
              <input type="radio" name="provider" value={p} checked={provider === p} onChange={() => setProvider(p)} className="mt-1 accent-primary" />
              <span className="grid gap-0.5">
                <span className="text-sm font-medium">{t(`providers.${p}`)}</span>
                <span className="text-sm text-muted-foreground">{t(`providerHelp.${p}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {provider === "local" && view.serverDefault ? <p className="text-sm text-muted-foreground">{t("serverDefault", { model: view.serverDefault })}</p> : null}

        {provider === "openai_compatible" ? (
          <div className="grid gap-2">
            <Label htmlFor="baseUrl">{t("baseUrl")}</Label>
            <Input key={provider} id="baseUrl" name="baseUrl" type="url" required inputMode="url" spellCheck={false} placeholder="http://127.0.0.1:11434/v1" defaultValue={saved ? (view.baseUrl ?? "") : ""} aria-invalid={fieldFailed(state, "baseUrl") || undefined} aria-describedby="baseUrl-help" />
            <p id="baseUrl-help" className="text-sm text-muted-foreground">
              {t("baseUrlHelp")}
            </p>
            <AssistantFieldError state={state} name="baseUrl" />
          </div>
        ) : null}
        {provider !== "local" ? (
          <div className="grid gap-2">
            <Label htmlFor="model">{t("modelName")}</Label>
            <Input
              key={provider}
              id="model"
              name="model"
              required={provider === "openai_compatible"}
              spellCheck={false}
              maxLength={200}
              className="sm:max-w-sm"
              placeholder={provider === "openai" ? view.defaultOpenAIModel : "llama3.1:8b"}
              defaultValue={saved ? (view.model ?? "") : ""}
              aria-invalid={fieldFailed(state, "model") || undefined}
              aria-describedby="model-help"
            />
            <p id="model-help" className="text-sm text-muted-foreground">
              {provider === "openai" ? t("modelHelpOpenai", { model: view.defaultOpenAIModel }) : t("modelHelpCompatible")}
            </p>
            <AssistantFieldError state={state} name="model" />
          </div>
        ) : null}
        {provider !== "local" ? (
          <div className="grid gap-2">
            <Label htmlFor="transcriptionModel">{t("transcriptionModel")}</Label>
            <Input
              key={`t-${provider}`}
              id="transcriptionModel"
              name="transcriptionModel"
              spellCheck={false}
              maxLength={200}
              className="sm:max-w-sm"
              placeholder={provider === "openai" ? "whisper-1" : "whisper-large-v3"}
              defaultValue={saved ? (view.transcriptionModel ?? "") : ""}
              aria-describedby="transcription-help"
            />
            <p id="transcription-help" className="text-sm text-muted-foreground">
              {t("transcriptionHelp")}
            </p>
          </div>
        ) : null}
        {provider !== "local" ? <ApiKeyField key={`${provider}-${keyVersion}`} stored={saved && view.hasKey} optional={provider === "openai_compatible"} canEdit={view.canEdit} state={state} /> : null}
        {view.hasKey && view.canEdit && provider !== "local" ? <p className="text-sm text-muted-foreground">{t("endpointNote")}</p> : null}

        <div className="grid gap-2 rounded-lg bg-muted/50 p-3 text-sm">
          <p>
            <span className="font-medium">{t("inUse", { model: inUse })}</span> <span className="text-muted-foreground">({t(`sources.${view.inUse.source}`)})</span>
          </p>
          {view.inUse.external ? (
            <p className="flex gap-2 text-muted-foreground">
              <ShieldCheck className="mt-0.5 size-4 shrink-0" aria-hidden />
              {t("external")}
            </p>
          ) : null}
        </div>
        {view.inUse.problem ? (
          <Alert variant="destructive">
            <AlertTriangle />
            <AlertDescription>{t(`problems.${view.inUse.problem}`)}</AlertDescription>
          </Alert>
        ) : null}
        {view.canEdit && (provider !== "local" || view.serverDefault) ? <ConnectionTest formRef={formRef} /> : null}
      </CardContent>
    </Card>
  );
}
