import { AlertTriangle, CheckCircle2, CircleHelp, XCircle } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { RelativeTime } from "@/components/common/relative-time";
import type { ChannelHealthSnapshot } from "@/lib/whatsapp/channel-health-queries";
import type { ChannelSummary } from "@/lib/whatsapp/channel-queries";
import { CheckConnectionButton } from "./check-connection-button";

type Outcome = NonNullable<ChannelHealthSnapshot["outcome"]>;
type Translate = Awaited<ReturnType<typeof getTranslations>>;

/**
 * What the card says about the connection. A number in `error` always needs its owner: when the
 * last check did not find why (the error came from a send rejected with 190, after that check),
 * the cause is the token, so the card says so rather than a stale "Connected".
 */
function shownOutcome(status: ChannelSummary["status"], outcome: Outcome | null): Outcome | null {
  if (status === "error" && outcome !== "token_expired" && outcome !== "wrong_id") return "token_expired";
  return outcome;
}

/** The connection, quality rating and messaging tier of one number, in words a business owner acts on. */
export async function ChannelHealth({ channel, health, slug, timeZone }: { channel: ChannelSummary; health: ChannelHealthSnapshot | undefined; slug: string; timeZone: string }) {
  const t = await getTranslations("channelHealth");
  const tc = await getTranslations("settings.channels");
  const outcome = shownOutcome(channel.status, health?.outcome ?? null);
  const provider = providerName(t, channel.provider);
  const Icon = outcome === "ok" ? CheckCircle2 : outcome === "token_expired" || outcome === "wrong_id" ? XCircle : outcome ? AlertTriangle : CircleHelp;
  const tone = outcome === "ok" ? "text-success" : outcome === "token_expired" || outcome === "wrong_id" ? "text-destructive" : "";
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1 text-sm">
          <p className="text-muted-foreground">{t("connection")}</p>
          <p role="status" className={`flex items-start gap-2 font-medium ${tone}`}>
            <Icon className="mt-0.5 size-4 shrink-0" aria-hidden />
            <span>{outcome ? outcomeText(t, outcome, channel.provider, provider) : t("neverChecked")}</span>
          </p>
          {health?.checkedAt ? (
            <p className="text-xs text-muted-foreground">
              {t("lastCheck")}: <RelativeTime date={health.checkedAt} timeZone={timeZone} />
            </p>
          ) : null}
        </div>
        <CheckConnectionButton slug={slug} channelId={channel.id} />
      </div>
      <dl className="grid gap-4 text-sm sm:grid-cols-2">
        <div className="grid gap-1">
          <dt className="text-muted-foreground">{tc("quality")}</dt>
          <dd className="font-medium">{qualityLabel(tc, channel.qualityRating)}</dd>
          <dd className="text-muted-foreground">{qualityMeaning(t, channel.qualityRating)}</dd>
        </div>
        <div className="grid gap-1">
          <dt className="text-muted-foreground">{tc("tier")}</dt>
          <dd className="font-medium">{tierText(t, channel.messagingTier) ?? channel.messagingTier ?? tc("unknown")}</dd>
          <dd className="text-muted-foreground">{t("tierMeaning")}</dd>
        </div>
      </dl>
    </div>
  );
}

function providerName(t: Translate, provider: ChannelSummary["provider"]): string {
  switch (provider) {
    case "meta":
      return t("providerNames.meta");
    case "dialog360":
      return t("providerNames.dialog360");
    case "twilio":
      return t("providerNames.twilio");
    case "simulator":
      return t("providerNames.simulator");
  }
}

function outcomeText(t: Translate, outcome: Outcome, provider: ChannelSummary["provider"], name: string): string {
  switch (outcome) {
    case "ok":
      return t("outcomes.ok");
    case "token_expired":
      return provider === "dialog360" ? t("outcomes.tokenExpiredDialog360") : provider === "twilio" ? t("outcomes.tokenExpiredTwilio") : t("outcomes.tokenExpiredMeta");
    case "wrong_id":
      return t("outcomes.wrongId", { provider: name });
    case "unreachable":
      return t("outcomes.unreachable", { provider: name });
    case "unknown":
      return t("outcomes.unknown", { provider: name });
  }
}

function qualityLabel(tc: Translate, rating: string | null): string {
  if (rating === "GREEN") return tc("qualities.GREEN");
  if (rating === "YELLOW") return tc("qualities.YELLOW");
  if (rating === "RED") return tc("qualities.RED");
  return rating ?? tc("unknown");
}

function qualityMeaning(t: Translate, rating: string | null): string {
  if (rating === "GREEN") return t("qualityMeaning.GREEN");
  if (rating === "YELLOW") return t("qualityMeaning.YELLOW");
  if (rating === "RED") return t("qualityMeaning.RED");
  return t("qualityMeaning.none");
}

/** Meta's `whatsapp_business_manager_messaging_limit` values (fact sheet §8.1); null for one we do not know. */
function tierText(t: Translate, tier: string | null): string | null {
  switch (tier) {
    case "TIER_250":
      return t("tiers.TIER_250");
    case "TIER_2K":
      return t("tiers.TIER_2K");
    case "TIER_10K":
      return t("tiers.TIER_10K");
    case "TIER_100K":
      return t("tiers.TIER_100K");
    case "TIER_UNLIMITED":
      return t("tiers.TIER_UNLIMITED");
    default:
      return null;
  }
}
