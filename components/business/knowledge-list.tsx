import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { KnowledgeDeleteButton } from "./knowledge-delete-button";
import { KnowledgeEntryDialog, type EditableEntry } from "./knowledge-entry-dialog";

export type ListedEntry = EditableEntry & { score?: number };

/** FAQs with their answer, other phrasings and tags; edit and delete for managers. */
export async function KnowledgeList({ slug, entries, canManage }: { slug: string; entries: ListedEntry[]; canManage: boolean }) {
  const t = await getTranslations("business.knowledge");
  return (
    <ul className="grid gap-3" data-testid="knowledge-list">
      {entries.map((e) => (
        <li key={e.id} className="grid gap-2 rounded-lg border p-4">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="grid min-w-0 flex-1 gap-1">
              <h3 className="font-medium">{e.question}</h3>
              <p className="text-sm whitespace-pre-line text-muted-foreground">{e.answer}</p>
            </div>
            {canManage ? (
              <div className="flex items-start gap-2">
                <KnowledgeEntryDialog slug={slug} entry={e} />
                <KnowledgeDeleteButton slug={slug} id={e.id} />
              </div>
            ) : null}
          </div>
          <div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
            <Badge variant="outline">{e.language === "en" ? t("languages.en") : e.language === "pt" ? t("languages.pt") : t("languages.es")}</Badge>
            {!e.active ? <Badge variant="secondary">{t("inactive")}</Badge> : null}
            {e.score !== undefined ? <Badge variant="secondary">{t("match", { score: e.score })}</Badge> : null}
            {e.variants.length ? <span title={e.variants.join("\n")}>{t("variantsCount", { count: e.variants.length })}</span> : null}
            {e.tags.map((tag) => (
              <Badge key={tag} variant="outline" className="font-normal">
                {tag}
              </Badge>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
