import { getLocale, getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { languageName } from "@/lib/templates/languages";
import type { TemplateSummary } from "@/lib/templates/queries";
import { TemplateStatus } from "./template-status";

/** One number's templates: what each says, its language and kind, and where it stands with WhatsApp. */
export async function TemplatesTable({ templates }: { templates: TemplateSummary[] }) {
  const [t, locale] = await Promise.all([getTranslations("templates"), getLocale()]);
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t("columns.template")}</TableHead>
          <TableHead>{t("columns.language")}</TableHead>
          <TableHead>{t("columns.category")}</TableHead>
          <TableHead>{t("columns.status")}</TableHead>
          <TableHead>{t("columns.quality")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {templates.map((tpl) => (
          <TableRow key={tpl.id} className="align-top">
            <TableCell className="max-w-md whitespace-normal">
              <div className="font-medium">{tpl.name}</div>
              {tpl.body ? <p className="line-clamp-2 text-muted-foreground">{tpl.body}</p> : null}
            </TableCell>
            <TableCell>{languageName(tpl.language, locale)}</TableCell>
            <TableCell>{t.has(`categories.${tpl.category}`) ? t(`categories.${tpl.category}`) : tpl.category}</TableCell>
            <TableCell className="whitespace-normal">
              <TemplateStatus status={tpl.status} reason={tpl.rejectedReason} />
            </TableCell>
            <TableCell>{tpl.qualityScore && t.has(`quality.${tpl.qualityScore}`) ? t(`quality.${tpl.qualityScore}`) : t("quality.UNKNOWN")}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
