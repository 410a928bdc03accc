import { Sparkles } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { RelativeTime } from "@/components/common/relative-time";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { LeadQuestionRow, LeadView } from "@/lib/business/leads";
import { LeadStageForm } from "./lead-stage-form";

const STAGE_VARIANT: Record<string, "default" | "secondary" | "success" | "outline"> = { new: "secondary", qualified: "default", won: "success", lost: "outline" };

/** Interested customers the assistant talked to, best first: what they want, what they answered, how far along they are. */
export async function LeadsTable({ leads, questions, slug, canEdit, timeZone }: { leads: LeadView[]; questions: LeadQuestionRow[]; slug: string; canEdit: boolean; timeZone: string }) {
  const t = await getTranslations("operations.leads");
  // A field shown by its question (in the first language that asks it), else by its key.
  const asked = (field: string) => questions.find((q) => q.field === field)?.question ?? field;
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t("listTitle")}</CardTitle>
      </CardHeader>
      <CardContent>
        {!leads.length ? (
          <EmptyState icon={<Sparkles />} title={t("emptyTitle")} description={t("emptyBody")} />
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("columns.customer")}</TableHead>
                <TableHead>{t("columns.interest")}</TableHead>
                <TableHead>{t("columns.answers")}</TableHead>
                <TableHead className="text-right">{t("columns.score")}</TableHead>
                <TableHead>{t("columns.stage")}</TableHead>
                <TableHead>{t("columns.updated")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {leads.map((l) => (
                <TableRow key={l.id} className="align-top">
                  <TableCell>
                    <div className="font-medium">{l.contactName ?? "—"}</div>
                    <div className="text-xs tabular-nums text-muted-foreground">+{l.contactPhone}</div>
                  </TableCell>
                  <TableCell className="max-w-48 whitespace-normal">{l.interest ?? "—"}</TableCell>
                  <TableCell className="max-w-md whitespace-normal">
                    {Object.keys(l.fields).length ? (
                      <dl className="grid gap-1 text-sm">
                        {Object.entries(l.fields).map(([field, value]) => (
                          <div key={field}>
                            <dt className="text-xs text-muted-foreground">{asked(field)}</dt>
                            <dd>{value}</dd>
                          </div>
                        ))}
                      </dl>
                    ) : (
                      "—"
                    )}
                  </TableCell>
                  <TableCell className="text-right font-medium tabular-nums">{l.score}</TableCell>
                  <TableCell>{canEdit ? <LeadStageForm slug={slug} leadId={l.id} stage={l.stage} /> : <Badge variant={STAGE_VARIANT[l.stage] ?? "outline"}>{t.has(`stages.${l.stage}`) ? t(`stages.${l.stage}`) : l.stage}</Badge>}</TableCell>
                  <TableCell className="text-muted-foreground">
                    <RelativeTime date={l.updatedAt} timeZone={timeZone} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
