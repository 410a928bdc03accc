"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { FormError } from "@/components/common/form-error";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { mediaProblem } from "@/lib/media/limits";
import { ACCEPT, whatsAppMimeType } from "./file-type";
import { TargetFields } from "./target-fields";
import { usePlaygroundAction } from "./use-playground-action";

type Kind = "image" | "audio";
type Props<T> = {
  kind: Kind;
  slug: string;
  channelId: string;
  onSent?: () => void;
  /** The server action that sends it: the test customer's or the business's. */
  action: (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
};

/**
 * Picks a photo or an audio file on the test phone and sends it. The file is checked against
 * WhatsApp's limits as soon as it is picked (the server checks again), so a wrong type or a file
 * that is too large is explained before anything is uploaded. A photo is previewed, with a caption.
 * Used on both ends of the playground: the customer's phone and the business's composer.
 */
export function MediaFileForm<T>({ kind, slug, channelId, onSent, action: serverAction }: Props<T>) {
  const t = useTranslations("testPhone");
  const format = useFormatter();
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const [preview, setPreview] = useState<string | null>(null);
  const [state, action, pending] = usePlaygroundAction(serverAction, {
    onSuccess: () => {
      setReady(false);
      setPreview(null);
      onSent?.();
    },
  });
  useEffect(() => (preview ? () => URL.revokeObjectURL(preview) : undefined), [preview]);

  function pick(file: File | undefined) {
    setPreview(null);
    setReady(false);
    setProblem(null);
    if (!file) return;
    const mime = whatsAppMimeType(file);
    const size = format.number(file.size / (1024 * 1024), { maximumFractionDigits: 1 });
    if (mediaProblem(kind, mime, 0)) return setProblem(kind === "image" ? t("imageWrongType") : t("audioWrongType"));
    if (mediaProblem(kind, mime, file.size)) return setProblem(kind === "image" ? t("imageTooLarge", { size }) : t("audioTooLarge", { size }));
    if (file.size === 0) return setProblem(t("emptyFile"));
    setReady(true);
    if (kind === "image") setPreview(URL.createObjectURL(file));
  }

  return (
    <form action={action} className="grid gap-3">
      <TargetFields slug={slug} channelId={channelId} kind={kind} />
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-file`}>{kind === "image" ? t("photoFile") : t("audioFile")}</Label>
        <Input
          id={`${id}-file`}
          name="file"
          type="file"
          required
          accept={ACCEPT[kind]}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : `${id}-hint`}
          onChange={(e) => pick(e.currentTarget.files?.[0])}
        />
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {kind === "image" ? t("photoHint") : t("audioHint")}
        </p>
        {problem ? (
          <p id={`${id}-problem`} role="alert" className="text-sm text-destructive">
            {problem}
          </p>
        ) : null}
      </div>
      {/* eslint-disable-next-line @next/next/no-img-element -- a local object URL, nothing to optimize */}
      {preview ? <img src={preview} alt={t("photoPreview")} className="max-h-48 w-fit rounded-md border object-contain" /> : null}
      {kind === "image" ? (
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-caption`}>{t("caption")}</Label>
          <Input id={`${id}-caption`} name="caption" maxLength={1024} autoComplete="off" />
        </div>
      ) : null}
      <FormError state={state} />
      <Button type="submit" disabled={pending || !ready} aria-busy={pending}>
        {pending ? t("sending") : t("send")}
      </Button>
    </form>
  );
}
