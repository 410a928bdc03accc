"use client";

import { MapPin, SendHorizonal } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { sendAsTestCustomerAction } from "@/app/(app)/w/[workspace]/playground/actions";
import { FormError } from "@/components/common/form-error";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

// A fixed, recognisable place for the "send location" button: Puerta del Sol, Madrid.
const SAMPLE_LOCATION = { latitude: "40.416775", longitude: "-3.703790", name: "Puerta del Sol, Madrid" };

export function PhoneComposer({ slug, channelId }: { slug: string; channelId: string }) {
  const t = useTranslations("playground");
  const [state, action, pending] = useActionState(sendAsTestCustomerAction, null);
  const form = useRef<HTMLFormElement>(null);
  return (
    <div className="grid gap-2">
      <FormError state={state} />
      <form ref={form} action={action} className="flex items-center gap-2">
        <input type="hidden" name="workspace" value={slug} />
        <input type="hidden" name="channelId" value={channelId} />
        <input type="hidden" name="kind" value="text" />
        <Input name="text" required maxLength={4096} autoComplete="off" placeholder={t("placeholder")} aria-label={t("messageLabel")} className="rounded-full bg-white text-[#111b21]" />
        <Button type="submit" size="icon" className="shrink-0 rounded-full" disabled={pending} aria-label={t("send")}>
          <SendHorizonal aria-hidden />
        </Button>
      </form>
      <form action={action}>
        <input type="hidden" name="workspace" value={slug} />
        <input type="hidden" name="channelId" value={channelId} />
        <input type="hidden" name="kind" value="location" />
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
