import { getTranslations } from "next-intl/server";
import { outboundOf, type TestPhoneMessage } from "@/lib/whatsapp/simulator/test-phone";
import { MessageMedia } from "./message-media";
import { WordlessMessage } from "./wordless-message";

type InteractiveReply = { kind?: string; description?: string };

/**
 * What a bubble shows, on either side: the photo or audio, an interactive message's header, body
 * and footer, a template's filled-in text, a customer's tap on a button or list row. Text is always
 * rendered as text. The business side also lists the buttons or rows it offered (the phone draws
 * them as controls instead).
 */
export async function MessageContent({ message, side }: { message: TestPhoneMessage; side: "phone" | "business" }) {
  const t = await getTranslations("testPhone");
  const out = outboundOf(message);
  const content = message.content as { interactive?: InteractiveReply; button?: unknown } | null;
  const reply = content?.interactive?.kind === "list_reply" ? "listReply" : content?.interactive?.kind === "button_reply" || content?.button ? "buttonReply" : null;
  const header = (out?.kind === "buttons" || out?.kind === "list") && out.header?.type === "text" ? out.header.text : null;
  const footer = out?.kind === "buttons" || out?.kind === "list" ? out.footer : undefined;
  const media = await MessageMedia({ message });
  return (
    <span className="grid gap-1">
      {out?.kind === "template" && side === "business" ? <span className="text-[11px] font-medium uppercase tracking-wide text-muted-foreground">{t("templateTag", { name: message.templateName ?? "" })}</span> : null}
      {reply ? <span className="text-[11px] font-medium opacity-70">{reply === "listReply" ? t("listReply") : t("buttonReply")}</span> : null}
      {media}
      {header ? <span className="font-semibold">{header}</span> : null}
      {message.body ? <span className="whitespace-pre-wrap break-words">{message.body}</span> : media ? null : <WordlessMessage message={message} />}
      {reply === "listReply" && content?.interactive?.description ? <span className="text-xs opacity-70">{content.interactive.description}</span> : null}
      {footer ? <span className="text-xs opacity-70">{footer}</span> : null}
      {side === "business" && out?.kind === "buttons" ? <Offered label={t("offeredButtons")} items={out.buttons.map((b) => b.title)} /> : null}
      {side === "business" && out?.kind === "list" ? <Offered label={t("offeredList", { button: out.button })} items={out.sections.flatMap((s) => s.rows.map((r) => r.title))} /> : null}
      {side === "business" && out?.kind === "template" && message.quickReplies.length ? <Offered label={t("offeredButtons")} items={message.quickReplies} /> : null}
    </span>
  );
}

function Offered({ label, items }: { label: string; items: string[] }) {
  return (
    <span className="grid gap-1 border-t pt-1">
      <span className="text-[11px] text-muted-foreground">{label}</span>
      <span className="flex flex-wrap gap-1">
        {items.map((item, i) => (
          <span key={i} className="rounded-full border bg-background px-2 py-0.5 text-xs">
            {item}
          </span>
        ))}
      </span>
    </span>
  );
}
