"use client";

import { MapPin, SendHorizonal } from "lucide-react";
import { useTranslations } from "next-intl";
import { sendAsTestCustomerAction } from "@/app/(app)/w/[workspace]/playground/actions";
import { FormError } from "@/components/common/form-error";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { PhotoButton, VoiceNoteButton } from "./phone-attachments";
import { TargetFields } from "./target-fields";
import { usePlaygroundAction } from "./use-playground-action";

// A fixed, recognisable place for the "send location" button: Puerta del Sol, Madrid.
const SAMPLE_LOCATION = { latitude: "40.416775", longitude: "-3.703790", name: "Puerta del Sol, Madrid" };

/**
 * The test phone's bottom bar, as compact as WhatsApp's: camera (photo) and microphone (voice
 * note) beside the text field and its send button, and a shortcut to share a location.
 */
export function PhoneComposer({ slug, channelId }: { slug: string; channelId: string }) {
  const t = useTranslations("playground");
  const [state, action, pending] = usePlaygroundAction(sendAsTestCustomerAction);
  return (
    <div className="grid gap-1">
      <FormError state={state} />
      <div className="flex items-center gap-1">
        <PhotoButton slug={slug} channelId={channelId} />
        <VoiceNoteButton slug={slug} channelId={channelId} />
        <form action={action} className="flex min-w-0 flex-1 items-center gap-1.5">
          <TargetFields slug={slug} channelId={channelId} kind="text" />
          <Input name="text" required maxLength={4096} autoComplete="off" placeholder={t("placeholder")} aria-label={t("messageLabel")} className="min-w-0 rounded-full bg-white text-[#111b21]" />
          <Button type="submit" size="icon" className="shrink-0 rounded-full" disabled={pending} aria-label={t("send")}>
            <SendHorizonal aria-hidden />
          </Button>
        </form>
      </div>
      <form action={action}>
        <TargetFields slug={slug} channelId={channelId} kind="location" />
        {Object.entries(SAMPLE_LOCATION).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <Button type="submit" variant="ghost" size="sm" disabled={pending} className="text-[#111b21] hover:bg-black/5">
          <MapPin aria-hidden />
          {t("sendLocation")}
        </Button>
      </form>
    </div>
  );
}
