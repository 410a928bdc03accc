import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import type { ConsentState } from "@/lib/consent/ledger";

const VARIANT = { opted_in: "success", opted_out: "destructive" } as const;

/**
 * A contact's marketing consent in the contacts table: the state, then where it came from and
 * when on a second line; the exact wording accepted, when there is one, in a tooltip.
 */
export async function MarketingState({ state, timeZone }: { state: ConsentState | undefined; timeZone: string }) {
  const t = await getTranslations("consent");
  const tc = await getTranslations("contacts");
  const format = await getFormatter();
  if (!state) return <Badge variant="outline">{tc("consent.unknown")}</Badge>;
  const s = state.source;
  const source =
    s === "whatsapp:keyword" || s.startsWith("keyword:")
      ? t("state.sources.keyword")
      : s === "whatsapp:user_preferences"
        ? t("state.sources.userPreferences")
        : s === "whatsapp:error_131050"
          ? t("state.sources.blocked")
          : s === "web_form"
            ? t("state.sources.webForm")
            : s === "csv_import"
              ? t("state.sources.csvImport")
              : t("state.sources.other");
  const badge = <Badge variant={VARIANT[state.status]}>{state.status === "opted_in" ? tc("consent.opted_in") : tc("consent.opted_out")}</Badge>;
  return (
    <div className="grid gap-1">
      {state.wording ? (
        <Tooltip>
          <TooltipTrigger asChild>
            <span tabIndex={0} className="w-fit rounded-md focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none">
              {badge}
            </span>
          </TooltipTrigger>
          <TooltipContent>{t("state.wording", { wording: state.wording })}</TooltipContent>
        </Tooltip>
      ) : (
        badge
      )}
      <span className="text-xs text-muted-foreground">
        {t("state.since", { source, date: format.dateTime(state.recordedAt, { dateStyle: "medium", timeZone }) })}
      </span>
    </div>
  );
}
