import { Check, CheckCheck } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TestPhoneMessage } from "@/lib/whatsapp/simulator/test-phone";
import { cn } from "@/lib/utils";
import { WordlessMessage } from "./wordless-message";

/** The conversation as the customer sees it on their phone: their messages on the right. */
export async function PhoneThread({ messages, timeZone }: { messages: TestPhoneMessage[]; timeZone: string }) {
  const [t, format] = await Promise.all([getTranslations("playground"), getFormatter()]);
  if (!messages.length) return <p className="m-auto max-w-56 text-center text-sm text-muted-foreground">{t("emptyThread")}</p>;
  return (
    <ol className="flex flex-col gap-2" aria-label={t("threadLabel")}>
      {messages.map((m) => {
        const mine = m.direction === "inbound";
        return (
          <li key={m.id} className={cn("max-w-[80%] rounded-2xl px-3 py-2 text-sm shadow-sm", mine ? "self-end rounded-br-sm bg-[#d9fdd3] text-[#111b21]" : "self-start rounded-bl-sm bg-white text-[#111b21]")}>
            <span className="whitespace-pre-wrap break-words">{m.body ?? <WordlessMessage message={m} />}</span>
            <span className="mt-0.5 flex items-center justify-end gap-1 text-[11px] text-[#667781]">
              {format.dateTime(m.createdAt, { hour: "2-digit", minute: "2-digit", timeZone })}
              {mine ? <CheckCheck className="size-3.5 text-[#53bdeb]" aria-label={t("delivered")} /> : m.status === "sent" ? <Check className="size-3.5" aria-hidden /> : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
