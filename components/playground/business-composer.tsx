"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { replyAsBusinessAction } from "@/app/(app)/w/[workspace]/playground/actions";
import { FieldError, FormError } from "@/components/common/form-error";
import { echoed } from "@/components/common/form-values";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { Textarea } from "@/components/ui/textarea";
import type { ApprovedTemplate } from "@/lib/templates/queries";
import { BusinessListForm } from "./business-list-form";
import { BusinessTemplateForm } from "./business-template-form";
import { MediaFileForm } from "./media-file-form";
import { type ComposerTarget, TargetFields } from "./target-fields";
import { usePlaygroundAction } from "./use-playground-action";

/**
 * Beside the test phone, the business answers as an agent would from the inbox: free text, reply
 * buttons, a list, an image or an approved template, each sent through the real outbound path.
 * Meta's limits are enforced on the fields and again on the server.
 */
export function BusinessComposer({ slug, channelId, templates }: ComposerTarget & { templates: ApprovedTemplate[] }) {
  const t = useTranslations("sending.composer");
  return (
    <section aria-label={t("label")} className="grid gap-3 rounded-xl border bg-card p-4">
      <h2 className="text-base font-semibold">{t("title")}</h2>
      <p className="text-xs text-muted-foreground">{t("windowHint")}</p>
      <Tabs defaultValue="text" className="gap-3">
        <TabsList>
          <TabsTrigger value="text">{t("tabText")}</TabsTrigger>
          <TabsTrigger value="buttons">{t("tabButtons")}</TabsTrigger>
          <TabsTrigger value="list">{t("tabList")}</TabsTrigger>
          <TabsTrigger value="image">{t("tabImage")}</TabsTrigger>
          <TabsTrigger value="template">{t("tabTemplate")}</TabsTrigger>
        </TabsList>
        <TabsContent value="text">
          <TextForm slug={slug} channelId={channelId} />
        </TabsContent>
        <TabsContent value="buttons">
          <ButtonsForm slug={slug} channelId={channelId} />
        </TabsContent>
        <TabsContent value="list">
          <BusinessListForm slug={slug} channelId={channelId} />
        </TabsContent>
        <TabsContent value="image">
          <MediaFileForm kind="image" slug={slug} channelId={channelId} action={replyAsBusinessAction} />
        </TabsContent>
        <TabsContent value="template">
          <BusinessTemplateForm slug={slug} channelId={channelId} templates={templates} />
        </TabsContent>
      </Tabs>
    </section>
  );
}

function TextForm(target: ComposerTarget) {
  const t = useTranslations("sending.composer");
  const id = useId();
  const [state, action, pending] = usePlaygroundAction(replyAsBusinessAction);
  return (
    <form action={action} className="grid gap-3">
      <TargetFields {...target} kind="text" />
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-body`}>{t("message")}</Label>
        <Textarea id={`${id}-body`} name="body" required maxLength={4096} rows={3} defaultValue={echoed(state, "body")} />
        <FieldError state={state} name="body" />
      </div>
      <FormError state={state} />
      <Button type="submit" disabled={pending} className="justify-self-start">
        {t("send")}
      </Button>
    </form>
  );
}

function ButtonsForm(target: ComposerTarget) {
  const t = useTranslations("sending.composer");
  const id = useId();
  const [state, action, pending] = usePlaygroundAction(replyAsBusinessAction);
  return (
    <form action={action} className="grid gap-3">
      <TargetFields {...target} kind="buttons" />
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-body`}>{t("body")}</Label>
        <Textarea id={`${id}-body`} name="body" required maxLength={1024} rows={2} defaultValue={echoed(state, "body")} />
        <FieldError state={state} name="body" />
      </div>
      <p className="text-xs text-muted-foreground">{t("buttonsHint")}</p>
      <div className="grid gap-2 sm:grid-cols-3">
        {([1, 2, 3] as const).map((n) => (
          <div key={n} className="grid gap-1.5">
            <Label htmlFor={`${id}-b${n}`}>{n === 1 ? t("button1") : t("buttonOptional", { n })}</Label>
            <Input id={`${id}-b${n}`} name={`button${n}`} required={n === 1} maxLength={20} autoComplete="off" defaultValue={echoed(state, `button${n}`)} />
            <FieldError state={state} name={`button${n}`} />
          </div>
        ))}
      </div>
      <FormError state={state} />
      <Button type="submit" disabled={pending} className="justify-self-start">
        {t("send")}
      </Button>
    </form>
  );
}
