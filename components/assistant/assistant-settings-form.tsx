"use client";

import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { saveAssistantSettingsAction } from "@/app/(app)/w/[workspace]/settings/assistant/actions";
import { FormError } from "@/components/common/form-error";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { AutomationSection } from "./automation-section";
import { ConfidenceSection } from "./confidence-section";
import { ModelSection } from "./model-section";
import { DisclosureSection, LimitsSection, TopicsSection } from "./policy-sections";
import type { AssistantSettingsView } from "./view";

/**
 * The whole Assistant page as one form. It is submitted by hand (not as a form action) so that a
 * failed save or a connection test never resets what was typed; agents see it read-only.
 */
export function AssistantSettingsForm({ view }: { view: AssistantSettingsView }) {
  const t = useTranslations("assistant");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<ActionResult | null>(null);
  const [keyVersion, setKeyVersion] = useState(0);
  const [pending, startTransition] = useTransition();

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(async () => {
      const result = await saveAssistantSettingsAction(null, data);
      setState(result);
      if (result.ok) {
        // The typed key is now stored: show it as "•••• guardada" again.
        setKeyVersion((v) => v + 1);
        toast.success(t("saved"));
      }
    });
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} className="grid gap-6">
      <input type="hidden" name="workspace" value={view.slug} />
      {view.canEdit ? null : (
        <Alert>
          <AlertDescription>{t("readOnly")}</AlertDescription>
        </Alert>
      )}
      <FormError state={state} />
      <fieldset disabled={!view.canEdit} className="grid min-w-0 gap-6">
        <ModelSection view={view} state={state} formRef={formRef} keyVersion={keyVersion} />
        <ConfidenceSection initial={view.confidenceThreshold} canEdit={view.canEdit} state={state} />
        <AutomationSection view={view} />
        <TopicsSection view={view} state={state} />
        <LimitsSection view={view} state={state} />
        <DisclosureSection view={view} state={state} />
      </fieldset>
      {view.canEdit ? (
        <div className="sticky bottom-0 flex justify-end border-t bg-background/95 py-4 backdrop-blur">
          <Button type="submit" disabled={pending} aria-busy={pending}>
            {pending ? <Loader2 className="animate-spin" aria-hidden /> : null}
            {t("save")}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
