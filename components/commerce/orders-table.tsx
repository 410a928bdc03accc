import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { OrderWithLines } from "@/lib/business/orders";
import { asLanguage } from "@/lib/business/scheduling-labels";
import { formatMoney } from "@/lib/business/services-money";
import { OrderStatusBadge } from "./order-status-badge";

/** The orders the assistant can talk about: who, what, where it stands, when it arrives. */
export async function OrdersTable({ orders, slug, canEdit, timeZone }: { orders: OrderWithLines[]; slug: string; canEdit: boolean; timeZone: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("operations.orders"), getFormatter(), getLocale()]);
  const language = asLanguage(locale);
  // An ETA is a calendar date: read at noon UTC so no time zone moves it to another day.
  const day = (date: string) => format.dateTime(new Date(`${date}T12:00:00Z`), { day: "numeric", month: "short", weekday: "short", timeZone: "UTC" });
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t("columns.number")}</TableHead>
          <TableHead>{t("columns.customer")}</TableHead>
          <TableHead>{t("columns.lines")}</TableHead>
          <TableHead>{t("columns.status")}</TableHead>
          <TableHead>{t("columns.shipping")}</TableHead>
          <TableHead>{t("columns.eta")}</TableHead>
          <TableHead className="text-right">{t("columns.total")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {orders.map((o) => (
          <TableRow key={o.id} className="align-top">
            <TableCell>
              {canEdit ? (
                <Link href={`/w/${slug}/orders/${o.id}`} className="font-medium underline-offset-4 hover:underline">
                  {o.number}
                </Link>
              ) : (
                <span className="font-medium">{o.number}</span>
              )}
              {o.placedAt ? <div className="text-xs text-muted-foreground">{format.dateTime(o.placedAt, { dateStyle: "medium", timeZone })}</div> : null}
            </TableCell>
            <TableCell className="whitespace-normal">
              <div>{o.customerName ?? "—"}</div>
              {o.customerPhone ? <div className="text-xs tabular-nums text-muted-foreground">+{o.customerPhone}</div> : null}
            </TableCell>
            <TableCell className="max-w-64 whitespace-normal text-sm">{o.lines.length ? o.lines.map((l) => `${l.quantity}× ${l.name}`).join(", ") : "—"}</TableCell>
            <TableCell>
              <OrderStatusBadge status={o.status} />
            </TableCell>
            <TableCell className="whitespace-normal text-sm">
              <div>{o.carrier ?? "—"}</div>
              {o.trackingNumber ? (
                <div className="text-xs text-muted-foreground">
                  {o.trackingUrl ? (
                    <a href={o.trackingUrl} target="_blank" rel="noreferrer" className="underline underline-offset-4">
                      {o.trackingNumber}
                    </a>
                  ) : (
                    o.trackingNumber
                  )}
                </div>
              ) : null}
            </TableCell>
            <TableCell className="whitespace-normal text-sm">
              <div>{o.eta ? day(o.eta) : "—"}</div>
              {o.deliveryChange ? (
                <div className="text-xs text-muted-foreground">{t("changeChosen", { option: o.deliveryChange })}</div>
              ) : o.deliveryOptions.length ? (
                <div className="text-xs text-muted-foreground">{t("optionsOffered", { count: o.deliveryOptions.length })}</div>
              ) : null}
            </TableCell>
            <TableCell className="text-right tabular-nums">{o.totalMicros == null ? "—" : formatMoney(o.totalMicros, o.currency, language)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
