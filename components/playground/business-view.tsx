import { AlertCircle, Check, CheckCheck, Clock } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TestPhoneMessage } from "@/lib/whatsapp/simulator/test-phone";
import { cn } from "@/lib/utils";
import { MessageContent } from "./message-content";

/** Delivery ticks as WhatsApp shows them to the sender: ✓ sent, ✓✓ delivered, blue ✓✓ read. */
async function Ticks({ status }: { status: string }) {
  const t = await getTranslations("playground.ticks");
  const label = t.has(status) ? t(status) : status;
  if (status === "failed") return <AlertCircle className="size-3.5 text-destructive" aria-label={label} />;
  // Review mode: the assistant's draft waits for a person; the customer sees nothing yet.
  if (status === "draft" || status === "discarded") return <span className="rounded bg-amber-100 px-1.5 py-0.5 text-[10px] font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-100">{label}</span>;
  if (status === "pending") return <Clock className="size-3.5" aria-label={label} />;
  if (status === "sent") return <Check className="size-3.5" aria-label={label} />;
  return <CheckCheck className={cn("size-3.5", (status === "read" || status === "played") && "text-sky-500")} aria-label={label} />;
}

/** Why a message was not sent or delivered, in plain words (`sending.errors.<code>`). */
export async function FailureReason({ code }: { code: string | null }) {
  const t = await getTranslations("sending");
  const key = `errors.${code ?? "unknown"}`;
  return <span className="mt-1 block text-xs text-destructive">{code && t.has(key) ? t(key) : t("errors.generic", { code: code ?? "?" })}</span>;
}

/** The same conversation as the business sees it: its own messages on the right, with ticks. */
export async function BusinessView({ messages, timeZone }: { messages: TestPhoneMessage[]; timeZone: string }) {
  const [t, format] = await Promise.all([getTranslations("playground"), getFormatter()]);
  if (!messages.length) return <p className="text-sm text-muted-foreground">{t("businessEmpty")}</p>;
  return (
    <div className="flex max-h-[28rem] flex-col-reverse overflow-y-auto rounded-xl border bg-muted/40 p-3">
      <ol className="flex flex-col gap-2" aria-label={t("businessLabel")}>
        {messages.map((m) => {
          const ours = m.direction === "outbound";
          return (
            <li key={m.id} className={cn("max-w-[85%] rounded-lg border px-3 py-2 text-sm", ours ? "self-end bg-primary/10" : "self-start bg-card", m.status === "failed" && "border-destructive/50", (m.status === "draft" || m.status === "discarded") && "border-dashed opacity-80")}>
              <MessageContent message={m} side="business" />
              {m.status === "failed" ? <FailureReason code={m.errorCode} /> : null}
              <span className="mt-0.5 flex items-center justify-end gap-1 text-[11px] text-muted-foreground">
                {format.dateTime(m.createdAt, { hour: "2-digit", minute: "2-digit", timeZone })}
                {ours ? <Ticks status={m.status} /> : null}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
