"use client";

import { Info, Loader2 } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useMemo, useState } from "react";
import { createTemplateAction } from "@/app/(app)/w/[workspace]/templates/actions";
import { FormError } from "@/components/common/form-error";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { renameExamples } from "@/lib/templates/compose";
import { normalizeTemplateName, TEMPLATE_LIMITS, validateTemplateForm, type TemplateCategory, type TemplateFormInput } from "@/lib/templates/definition";
import { variablesIn } from "@/lib/templates/variables";
import { BodyField } from "./body-field";
import { ButtonsField, type UrlButton } from "./buttons-field";
import { CategoryField } from "./category-field";
import { FieldProblems } from "./template-problems";
import { TemplatePreview } from "./template-preview";
import { TextField } from "./text-field";

export type TemplateChannelOption = { id: string; name: string; displayPhoneNumber: string | null };
/** A language code with its name in the reader's language, named on the server (no Intl differences between server and browser). */
export type TemplateLanguageOption = { code: string; label: string };

/** The fields of a FormData the action reads; repeated fields are appended once per value. */
function toFormData(slug: string, channelId: string, input: TemplateFormInput): FormData {
  const fd = new FormData();
  fd.set("workspace", slug);
  fd.set("channelId", channelId);
  for (const [key, value] of Object.entries(input)) {
    if (Array.isArray(value)) for (const v of value) fd.append(key, v);
    else if (typeof value === "string") fd.set(key, value);
  }
  return fd;
}

/**
 * "Nueva plantilla": every field checked as it is typed (problems show after the first attempt to
 * send) and a live preview beside it. Submitted by hand rather than as a form action, so a refusal
 * never clears what the owner wrote.
 */
export function NewTemplateForm({
  slug,
  channels,
  languages,
  defaultChannelId,
  businessName,
}: {
  slug: string;
  channels: TemplateChannelOption[];
  languages: TemplateLanguageOption[];
  defaultChannelId: string;
  businessName: string;
}) {
  const t = useTranslations("templates.form");
  const [state, dispatch, pending] = useActionState(createTemplateAction, null);
  const [channelId, setChannelId] = useState(defaultChannelId);
  const [name, setName] = useState("");
  const [language, setLanguage] = useState<string>("es");
  const [category, setCategory] = useState<TemplateCategory>("UTILITY");
  const [headerText, setHeaderText] = useState("");
  const [headerExample, setHeaderExample] = useState("");
  const [body, setBody] = useState("");
  const [examples, setExamples] = useState<Record<string, string>>({});
  const [footer, setFooter] = useState("");
  const [quickReplies, setQuickReplies] = useState<string[]>([]);
  const [urlButton, setUrlButton] = useState<UrlButton | null>(null);
  const [attempted, setAttempted] = useState(false);

  const input = useMemo<TemplateFormInput>(
    () => ({
      name,
      language,
      category,
      headerText,
      headerExample,
      body,
      bodyExamples: variablesIn(body).map((v) => examples[v] ?? ""),
      footer,
      quickReplies,
      urlButtonText: urlButton?.text ?? "",
      urlButtonUrl: urlButton?.url ?? "",
      urlButtonExample: urlButton?.example ?? "",
    }),
    [name, language, category, headerText, headerExample, body, examples, footer, quickReplies, urlButton],
  );
  const checked = useMemo(() => validateTemplateForm(input), [input]);
  const outcome = state?.ok ? state.data : null;
  const problems = attempted && !checked.ok ? checked.problems : outcome?.status === "invalid" ? outcome.problems : [];
  const normalized = normalizeTemplateName(name);
  const auth = category === "AUTHENTICATION";

  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setAttempted(true);
    if (!checked.ok) {
      const first = checked.problems[0];
      document.getElementById(first.field === "bodyExamples" ? `example-${variablesIn(body)[first.index ?? 0]}` : first.field)?.focus();
      return;
    }
    startTransition(() => dispatch(toFormData(slug, channelId, input)));
  };

  return (
    <form onSubmit={submit} noValidate className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="grid content-start gap-6">
        {channels.length > 1 ? (
          <div className="grid gap-2">
            <Label htmlFor="channelId">{t("channel")}</Label>
            <Select value={channelId} onValueChange={setChannelId}>
              <SelectTrigger id="channelId" className="w-full sm:w-80">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {channels.map((c) => (
                  <SelectItem key={c.id} value={c.id}>
                    {c.displayPhoneNumber ? `${c.name} · ${c.displayPhoneNumber}` : c.name}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField field="name" label={t("name")} value={name} onChange={setName} placeholder={t("namePlaceholder")} problems={problems} help={normalized ? t("nameSavedAs", { name: normalized }) : t("nameHelp")} />
          <div className="grid content-start gap-2">
            <Label htmlFor="language">{t("language")}</Label>
            <Select value={language} onValueChange={setLanguage}>
              <SelectTrigger id="language" className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {languages.map((l) => (
                  <SelectItem key={l.code} value={l.code}>
                    {l.label}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            <p className="text-sm text-muted-foreground">{t("languageHelp")}</p>
            <FieldProblems problems={problems} field="language" />
          </div>
        </div>
        <CategoryField value={category} onChange={setCategory} />
        {auth ? (
          <Alert>
            <Info />
            <AlertDescription>{t("authenticationBody")}</AlertDescription>
          </Alert>
        ) : (
          <>
            <TextField field="headerText" label={t("header")} optionalLabel={t("optional")} help={t("headerHelp")} value={headerText} max={TEMPLATE_LIMITS.header} onChange={setHeaderText} problems={problems} />
            {variablesIn(headerText).length ? <TextField field="headerExample" label={t("headerExample")} value={headerExample} onChange={setHeaderExample} placeholder={t("examplePlaceholder")} problems={problems} /> : null}
            <BodyField
              body={body}
              examples={examples}
              problems={problems}
              onBody={(text, renames) => {
                setBody(text);
                if (renames) setExamples((ex) => renameExamples(ex, renames));
              }}
              onExample={(v, value) => setExamples((ex) => ({ ...ex, [v]: value }))}
            />
            <TextField field="footer" label={t("footer")} optionalLabel={t("optional")} help={t("footerHelp")} value={footer} max={TEMPLATE_LIMITS.footer} onChange={setFooter} problems={problems} />
            <ButtonsField quickReplies={quickReplies} urlButton={urlButton} problems={problems} onQuickReplies={setQuickReplies} onUrlButton={setUrlButton} />
          </>
        )}

        <div className="grid gap-3 border-t pt-6">
          {attempted && problems.length ? (
            <p role="alert" className="text-sm text-destructive">
              {t("fixProblems")}
            </p>
          ) : null}
          {outcome?.status === "duplicate" ? <OutcomeAlert text={t("duplicate")} /> : null}
          {outcome?.status === "refused" ? <OutcomeAlert text={t("refused", { message: outcome.message })} /> : null}
          {outcome?.status === "no_channel" ? <OutcomeAlert text={t("noChannel")} /> : null}
          <FormError state={state} />
          <p className="text-sm text-muted-foreground">{t("submitHelp")}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={pending} aria-busy={pending}>
              {pending ? <Loader2 className="animate-spin" aria-hidden /> : null}
              {t("submit")}
            </Button>
            <Button variant="ghost" asChild>
              <Link href={`/w/${slug}/templates`}>{t("cancel")}</Link>
            </Button>
          </div>
        </div>
      </div>

      <aside className="grid content-start gap-2 lg:sticky lg:top-6 lg:self-start">
        <h2 className="text-sm font-medium">{t("preview")}</h2>
        <p className="text-sm text-muted-foreground">{t("previewHelp")}</p>
        <TemplatePreview businessName={businessName} template={{ category, headerText, headerExample, body, examples, footer, quickReplies, urlButtonText: urlButton?.text ?? null }} />
      </aside>
    </form>
  );
}

function OutcomeAlert({ text }: { text: string }) {
  return (
    <Alert variant="destructive" role="alert">
      <Info />
      <AlertDescription>{text}</AlertDescription>
    </Alert>
  );
}
