"use client";

import { Reply } from "lucide-react";
import { sendAsTestCustomerAction } from "@/app/(app)/w/[workspace]/playground/actions";
import { FormError } from "@/components/common/form-error";
import { TargetFields } from "./target-fields";
import { usePlaygroundAction } from "./use-playground-action";

/**
 * Reply buttons under a business message, as WhatsApp draws them: tapping one sends the
 * customer's reply quoting that message — an interactive `button_reply`, or for a template's
 * quick replies a `button` message (payload and text). Disabled until the message has a wamid.
 */
export function ReplyButtons({ slug, channelId, replyTo, buttons, template = false }: { slug: string; channelId: string; replyTo: string | null; buttons: { id: string; title: string }[]; template?: boolean }) {
  const [state, action, pending] = usePlaygroundAction(sendAsTestCustomerAction);
  return (
    <div className="grid gap-1">
      {buttons.map((b) => (
        <form key={b.id} action={action}>
          <TargetFields slug={slug} channelId={channelId} kind={template ? "button" : "button_reply"} />
          <input type="hidden" name="replyTo" value={replyTo ?? ""} />
          <input type="hidden" name={template ? "payload" : "id"} value={b.id} />
          <input type="hidden" name={template ? "text" : "title"} value={b.title} />
          <button
            type="submit"
            disabled={pending || !replyTo}
            className="flex w-full items-center justify-center gap-1.5 rounded-lg bg-white px-3 py-2 text-sm font-medium text-[#027eb5] shadow-sm hover:bg-[#f5f6f6] disabled:opacity-60"
          >
            <Reply className="size-4" aria-hidden />
            {b.title}
          </button>
        </form>
      ))}
      <FormError state={state} />
    </div>
  );
}
