"use client";

import { Camera, Mic } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { sendAsTestCustomerAction } from "@/app/(app)/w/[workspace]/playground/actions";
import { FormError } from "@/components/common/form-error";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Separator } from "@/components/ui/separator";
import { MediaFileForm } from "./media-file-form";
import { TargetFields } from "./target-fields";
import { usePlaygroundAction } from "./use-playground-action";

type Props = { slug: string; channelId: string };

const iconButton = "size-9 shrink-0 rounded-full text-[#54656f] hover:bg-black/5 hover:text-[#111b21]";

/** The phone's camera button: a photo from the "gallery" (a file), with an optional caption. */
export function PhotoButton({ slug, channelId }: Props) {
  const t = useTranslations("testPhone");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="ghost" size="icon" className={iconButton} aria-label={t("photo")}>
          <Camera aria-hidden />
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-sm">
        <DialogHeader>
          <DialogTitle>{t("photoTitle")}</DialogTitle>
          <DialogDescription>{t("photoDescription")}</DialogDescription>
        </DialogHeader>
        <MediaFileForm kind="image" slug={slug} channelId={channelId} action={sendAsTestCustomerAction} onSent={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

/** The phone's microphone button: a recorded voice note, from a file or the bundled sample. */
export function VoiceNoteButton({ slug, channelId }: Props) {
  const t = useTranslations("testPhone");
  const [open, setOpen] = useState(false);
  const [state, action, pending] = usePlaygroundAction(sendAsTestCustomerAction, { onSuccess: () => setOpen(false) });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="ghost" size="icon" className={iconButton} aria-label={t("voiceNote")}>
          <Mic aria-hidden />
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-sm">
        <DialogHeader>
          <DialogTitle>{t("voiceTitle")}</DialogTitle>
          <DialogDescription>{t("voiceDescription")}</DialogDescription>
        </DialogHeader>
        <form action={action} className="grid gap-2">
          <TargetFields slug={slug} channelId={channelId} kind="sample_voice" />
          <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>
            <Mic aria-hidden />
            {t("sendSampleVoice")}
          </Button>
          <FormError state={state} />
        </form>
        <div className="flex items-center gap-3 text-xs text-muted-foreground">
          <Separator className="flex-1" />
          {t("orPickFile")}
          <Separator className="flex-1" />
        </div>
        <MediaFileForm kind="audio" slug={slug} channelId={channelId} action={sendAsTestCustomerAction} onSent={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
