import { AlertCircle } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { TenantContext } from "@/lib/tenancy/context";
import { hasRole, MANAGER_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { listBrokenChannels } from "@/lib/whatsapp/channel-health-queries";

/**
 * The banner owners and admins see on every workspace page while one of its numbers is in `error`
 * (a token WhatsApp rejected, a number id that does not exist): which number, and where to fix it.
 * Agents cannot fix it, so they see nothing.
 */
export async function ChannelAlert({ ctx }: { ctx: TenantContext }) {
  if (!hasRole(ctx.role, MANAGER_ROLES)) return null;
  const broken = await withTenant(ctx.tenantId, (tx) => listBrokenChannels(tx, ctx));
  if (!broken.length) return null;
  const t = await getTranslations("channelHealth");
  const href = `/w/${ctx.tenant.slug}/settings/channels`;
  return (
    <div className="grid gap-2 p-4 pb-0">
      {broken.map((c) => (
        <Alert key={c.id} variant="destructive">
          <AlertCircle />
          <AlertTitle className="line-clamp-none">{t("alertTitle", { name: c.displayPhoneNumber ? `${c.name} (${c.displayPhoneNumber})` : c.name })}</AlertTitle>
          <AlertDescription>
            <p>{c.outcome === "wrong_id" ? t("alertWrongId") : t("alertToken")}</p>
            <Link href={href} className="font-medium underline underline-offset-4">
              {t("alertLink")}
            </Link>
          </AlertDescription>
        </Alert>
      ))}
    </div>
  );
}
