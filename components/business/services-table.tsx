import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatMoney } from "@/lib/business/services-money";
import { ServiceRowActions } from "./service-row-actions";
import type { EditableService } from "./service-dialog";

/** The services with price (as the assistant quotes it), duration and status; edit and delete for managers. */
export async function ServicesTable({ slug, services, canManage, language }: { slug: string; services: EditableService[]; canManage: boolean; language: "es" | "en" }) {
  const t = await getTranslations("business.services");
  return (
    <Table data-testid="services-table">
      <TableHeader>
        <TableRow>
          <TableHead>{t("columns.name")}</TableHead>
          <TableHead className="text-right">{t("columns.price")}</TableHead>
          <TableHead className="text-right">{t("columns.duration")}</TableHead>
          <TableHead>{t("columns.status")}</TableHead>
          {canManage ? <TableHead className="sr-only">{t("columns.actions")}</TableHead> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {services.map((s) => (
          <TableRow key={s.id}>
            <TableCell className="max-w-xs whitespace-normal">
              <div className="font-medium">{s.name}</div>
              {s.description ? <div className="text-sm text-muted-foreground">{s.description}</div> : null}
            </TableCell>
            <TableCell className="text-right tabular-nums">{s.priceMicros === null ? <span className="text-muted-foreground">{t("priceOnRequest")}</span> : formatMoney(s.priceMicros, s.currency, language)}</TableCell>
            <TableCell className="text-right tabular-nums">{s.durationMinutes ? t("minutes", { minutes: s.durationMinutes }) : "—"}</TableCell>
            <TableCell>
              <div className="flex flex-wrap gap-1">
                {s.active ? null : <Badge variant="secondary">{t("inactive")}</Badge>}
                <Badge variant="outline">{s.bookable ? t("bookable") : t("notBookable")}</Badge>
              </div>
            </TableCell>
            {canManage ? (
              <TableCell>
                <ServiceRowActions slug={slug} service={s} language={language} />
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
