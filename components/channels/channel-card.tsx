import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { webhookPath, type ChannelSummary } from "@/lib/whatsapp/channel-queries";
import { SendTestMessage } from "./send-test-message";

const STATUS_VARIANT = { active: "success", pending: "warning", disconnected: "outline", error: "destructive" } as const;

/** One connected number: what to paste into the provider's dashboard, and how the number is doing. */
export async function ChannelCard({ channel, origin, slug }: { channel: ChannelSummary; origin: string; slug: string }) {
  const t = await getTranslations("settings.channels");
  const needsWebhook = channel.provider !== "simulator";
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{channel.name}</CardTitle>
        <CardDescription>
          {t(`providers.${channel.provider}`)}
          {channel.displayPhoneNumber ? ` · ${channel.displayPhoneNumber}` : ""}
        </CardDescription>
        <CardAction>
          <Badge variant={STATUS_VARIANT[channel.status]}>{t(`status.${channel.status}`)}</Badge>
        </CardAction>
      </CardHeader>
      <CardContent className="grid gap-4">
        {needsWebhook ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="grid gap-2">
              <Label htmlFor={`url-${channel.id}`}>{t("webhookUrl")}</Label>
              <Input id={`url-${channel.id}`} readOnly value={`${origin}${webhookPath(channel)}`} />
            </div>
            {channel.provider === "meta" ? (
              <div className="grid gap-2">
                <Label htmlFor={`token-${channel.id}`}>{t("verifyToken")}</Label>
                <Input id={`token-${channel.id}`} readOnly value={channel.verifyToken} />
              </div>
            ) : channel.provider === "dialog360" ? (
              <div className="grid gap-2">
                <Label htmlFor={`token-${channel.id}`}>{t("webhookHeader")}</Label>
                <Input id={`token-${channel.id}`} readOnly value={`x-hilo-webhook-token: ${channel.verifyToken}`} />
              </div>
            ) : null}
          </div>
        ) : (
          <>
            <p className="text-sm text-muted-foreground">{t("simulatorHelp")}</p>
            <SendTestMessage slug={slug} channelId={channel.id} />
          </>
        )}
        <dl className="flex flex-wrap gap-x-8 gap-y-2 text-sm">
          <div>
            <dt className="text-muted-foreground">{t("quality")}</dt>
            <dd>{channel.qualityRating ? t.has(`qualities.${channel.qualityRating}`) ? t(`qualities.${channel.qualityRating}`) : channel.qualityRating : t("unknown")}</dd>
          </div>
          <div>
            <dt className="text-muted-foreground">{t("tier")}</dt>
            <dd>{channel.messagingTier ? (t.has(`tiers.${channel.messagingTier}`) ? t(`tiers.${channel.messagingTier}`) : channel.messagingTier) : t("unknown")}</dd>
          </div>
        </dl>
      </CardContent>
    </Card>
  );
}
