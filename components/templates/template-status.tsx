import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const VARIANT: Record<string, "success" | "warning" | "destructive" | "secondary" | "outline"> = {
  APPROVED: "success",
  PENDING: "secondary",
  IN_APPEAL: "secondary",
  PAUSED: "warning",
  FLAGGED: "warning",
  LIMIT_EXCEEDED: "warning",
  REJECTED: "destructive",
  DISABLED: "destructive",
};

/**
 * A template's status in plain words, with what it means for the owner underneath: why it was
 * rejected (Meta's reason explained), what a pause means, that a review is under way.
 */
export function TemplateStatus({ status, reason }: { status: string; reason: string | null }) {
  const t = useTranslations("templates");
  const label = t.has(`status.${status}`) ? t(`status.${status}`) : status;
  let help: string | null = t.has(`statusHelp.${status}`) ? t(`statusHelp.${status}`) : null;
  // A rejection says why (Meta's reason, explained) and then what to do.
  if (status === "REJECTED" && reason) help = `${t.has(`rejectedReasons.${reason}`) ? t(`rejectedReasons.${reason}`) : t("rejectedReasonOther", { reason })} ${help ?? ""}`.trim();
  return (
    <div className="grid max-w-xs gap-1">
      <Badge variant={VARIANT[status] ?? "outline"}>{label}</Badge>
      {help ? <p className="text-xs whitespace-normal text-muted-foreground">{help}</p> : null}
    </div>
  );
}
