import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Separator } from "@/components/ui/separator";
import type { ChannelHealthSnapshot } from "@/lib/whatsapp/channel-health-queries";
import { webhookPath, type ChannelSummary } from "@/lib/whatsapp/channel-queries";
import type { TestTemplate } from "@/lib/whatsapp/test-message";
import { ChannelHealth } from "./channel-health";
import { ReplaceTokenForm } from "./replace-token-form";
import { SendRealTestMessage } from "./send-real-test-message";
import { SendTestMessage } from "./send-test-message";

const STATUS_VARIANT = { active: "success", pending: "warning", disconnected: "outline", error: "destructive" } as const;

type ChannelCardProps = {
  channel: ChannelSummary;
  origin: string;
  slug: string;
  /** The last connection check; absent when never checked. */
  health?: ChannelHealthSnapshot;
  /** Approved templates a test message can use (real numbers only). */
  templates: TestTemplate[];
  timeZone: string;
};

/**
 * One connected number: what to paste into the provider's dashboard, how the number is doing
 * (connection, quality, limit), and for real numbers a new token and a test message.
 */
export async function ChannelCard({ channel, origin, slug, health, templates, timeZone }: ChannelCardProps) {
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
        <Separator />
        <ChannelHealth channel={channel} health={health} slug={slug} timeZone={timeZone} />
        {channel.provider !== "simulator" ? (
          <>
            <ReplaceTokenForm slug={slug} channelId={channel.id} provider={channel.provider} openInitially={channel.status === "error" && health?.outcome !== "wrong_id"} />
            <SendRealTestMessage slug={slug} channelId={channel.id} templates={templates} />
          </>
        ) : null}
      </CardContent>
    </Card>
  );
}
