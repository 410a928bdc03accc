import { Bot, UserRound } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { RelativeTime } from "@/components/common/relative-time";
import { Badge } from "@/components/ui/badge";
import type { InboxRow } from "@/lib/conversations/queries";

/** Stored previews of wordless messages are "[image]", "[location]"…: shown in the reader's language. */
function previewLabel(preview: string | null, t: Awaited<ReturnType<typeof getTranslations<"inbox">>>) {
  if (!preview) return t("noMessages");
  const kind = /^\[(\w+)\]$/.exec(preview)?.[1];
  return kind && t.has(`kinds.${kind}`) ? <span className="italic">{t(`kinds.${kind}`)}</span> : preview;
}

export async function ConversationList({ rows, timeZone }: { rows: InboxRow[]; timeZone: string }) {
  const t = await getTranslations("inbox");
  return (
    <ul className="divide-y rounded-xl border bg-card" aria-label={t("listLabel")}>
      {rows.map((c) => {
        const name = c.contactName ?? c.contactProfileName ?? `+${c.waId}`;
        return (
          <li key={c.id} className="flex items-start gap-3 px-4 py-3">
            <span className="mt-0.5 flex size-9 shrink-0 items-center justify-center rounded-full bg-muted text-sm font-semibold" aria-hidden>
              {name.slice(0, 1).toUpperCase()}
            </span>
            <div className="grid min-w-0 flex-1 gap-0.5">
              <div className="flex items-center justify-between gap-2">
                <span className="truncate font-medium">{name}</span>
                <span className="shrink-0 text-xs text-muted-foreground">
                  <RelativeTime date={c.lastMessageAt} timeZone={timeZone} />
                </span>
              </div>
              <p className="truncate text-sm text-muted-foreground">{previewLabel(c.preview, t)}</p>
              <div className="flex flex-wrap items-center gap-1.5 pt-1">
                <Badge variant={c.handledBy === "bot" ? "secondary" : "outline"}>
                  {c.handledBy === "bot" ? <Bot aria-hidden /> : <UserRound aria-hidden />}
                  {t(`handledBy.${c.handledBy}`)}
                </Badge>
                {c.tags.map((tag) => (
                  <Badge key={tag} variant="outline">
                    {tag}
                  </Badge>
                ))}
                {c.unread > 0 ? <Badge>{t("unread", { count: c.unread })}</Badge> : null}
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
