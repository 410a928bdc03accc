import { Plus } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { TemplateSummary } from "@/lib/templates/queries";
import { SyncTemplatesButton } from "./sync-templates-button";
import { TemplatesTable } from "./templates-table";

export type TemplateChannel = { id: string; name: string; provider: string; displayPhoneNumber: string | null };

/**
 * The templates of one number. Managers create templates and, for real numbers, bring in the ones
 * made elsewhere (Meta's WhatsApp Manager) with "Sincronizar"; agents only read.
 */
export async function ChannelTemplates({ channel, templates, slug, canManage }: { channel: TemplateChannel; templates: TemplateSummary[]; slug: string; canManage: boolean }) {
  const t = await getTranslations("templates");
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{channel.name}</CardTitle>
        <CardDescription>{channel.displayPhoneNumber ?? (channel.provider === "simulator" ? t("simulator") : null)}</CardDescription>
        {canManage ? (
          <CardAction className="flex flex-wrap items-start justify-end gap-2">
            {channel.provider !== "simulator" ? <SyncTemplatesButton slug={slug} channelId={channel.id} /> : null}
            <Button asChild>
              <Link href={`/w/${slug}/templates/new?channel=${channel.id}`}>
                <Plus aria-hidden />
                {t("newTemplate")}
              </Link>
            </Button>
          </CardAction>
        ) : null}
      </CardHeader>
      <CardContent>
        {templates.length ? (
          <TemplatesTable templates={templates} />
        ) : (
          <p className="text-sm text-muted-foreground">{canManage ? t("emptyChannelManager") : t("emptyChannel")}</p>
        )}
      </CardContent>
    </Card>
  );
}
