import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const VARIANT: Record<string, "default" | "secondary" | "success" | "warning" | "outline" | "destructive"> = {
  pending: "warning",
  paid: "secondary",
  processing: "secondary",
  shipped: "default",
  out_for_delivery: "default",
  delivered: "success",
  cancelled: "outline",
  returned: "outline",
};

/** An order's status as the team reads it. */
export function OrderStatusBadge({ status }: { status: string }) {
  const t = useTranslations("operations.orders.statuses");
  return <Badge variant={VARIANT[status] ?? "outline"}>{t.has(status) ? t(status) : status}</Badge>;
}
