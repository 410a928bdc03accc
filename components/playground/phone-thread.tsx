import { Check, CheckCheck } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { outboundOf, type TestPhoneMessage } from "@/lib/whatsapp/simulator/test-phone";
import { cn } from "@/lib/utils";
import { ListPicker } from "./list-picker";
import { MessageContent } from "./message-content";
import { ReplyButtons } from "./reply-buttons";

/** A business message reaches the phone once WhatsApp accepted it (it has a wamid); a queued or failed one never does. */
const reachedPhone = (m: TestPhoneMessage) => m.direction === "inbound" || (m.wamid !== null && m.status !== "failed");

/** The buttons the customer can tap under a business message, if any. */
function Controls({ message, slug, channelId }: { message: TestPhoneMessage; slug: string; channelId: string }) {
  const out = outboundOf(message);
  if (out?.kind === "buttons") return <ReplyButtons slug={slug} channelId={channelId} replyTo={message.wamid} buttons={out.buttons} />;
  // A template's quick reply carries its text as the payload, as Meta does when none was set at send time.
  if (out?.kind === "template" && message.quickReplies.length)
    return <ReplyButtons template slug={slug} channelId={channelId} replyTo={message.wamid} buttons={message.quickReplies.map((title) => ({ id: title, title }))} />;
  return null;
}

/** The conversation as the customer sees it on their phone: their messages on the right. */
export async function PhoneThread({ messages, timeZone, slug, channelId }: { messages: TestPhoneMessage[]; timeZone: string; slug: string; channelId: string }) {
  const [t, format] = await Promise.all([getTranslations("playground"), getFormatter()]);
  const visible = messages.filter(reachedPhone);
  if (!visible.length) return <p className="m-auto max-w-56 text-center text-sm text-muted-foreground">{t("emptyThread")}</p>;
  return (
    <ol className="flex flex-col gap-2" aria-label={t("threadLabel")}>
      {visible.map((m) => {
        const mine = m.direction === "inbound";
        const out = outboundOf(m);
        return (
          <li key={m.id} className={cn("grid max-w-[80%] gap-1", mine ? "self-end" : "self-start")}>
            <div className={cn("rounded-2xl px-3 py-2 text-sm text-[#111b21] shadow-sm", mine ? "rounded-br-sm bg-[#d9fdd3]" : "rounded-bl-sm bg-white")}>
              <MessageContent message={m} side="phone" />
              <span className="mt-0.5 flex items-center justify-end gap-1 text-[11px] text-[#667781]">
                {format.dateTime(m.createdAt, { hour: "2-digit", minute: "2-digit", timeZone })}
                {mine ? <CheckCheck className="size-3.5 text-[#53bdeb]" aria-label={t("delivered")} /> : m.status === "sent" ? <Check className="size-3.5" aria-hidden /> : null}
              </span>
              {out?.kind === "list" ? <ListPicker slug={slug} channelId={channelId} replyTo={m.wamid} button={out.button} sections={out.sections} /> : null}
            </div>
            <Controls message={m} slug={slug} channelId={channelId} />
          </li>
        );
      })}
    </ol>
  );
}
