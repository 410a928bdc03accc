import { Forbidden } from "@/components/common/forbidden";
import { ChannelCard } from "@/components/channels/channel-card";
import { ConnectChannelForm } from "@/components/channels/connect-channel-form";
import { appOrigin } from "@/lib/http/app-origin";
import { requireMember } from "@/lib/tenancy/require-member";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { listChannelHealth } from "@/lib/whatsapp/channel-health-queries";
import { listChannels } from "@/lib/whatsapp/channel-queries";
import { listTestTemplates, type TestTemplate } from "@/lib/whatsapp/test-message";

export default async function ChannelsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { ctx, allowed } = await requireMember((await params).workspace, { roles: MANAGER_ROLES });
  if (!allowed) return <Forbidden role={ctx.role} />;
  const [{ channels, health, templates }, origin] = await Promise.all([
    withTenant(ctx.tenantId, async (tx) => {
      const channels = await listChannels(tx, ctx);
      const templates = new Map<string, TestTemplate[]>();
      for (const c of channels) if (c.provider !== "simulator") templates.set(c.id, await listTestTemplates(tx, ctx, c.id));
      return { channels, health: await listChannelHealth(tx, ctx), templates };
    }),
    appOrigin(),
  ]);
  return (
    <div className="grid gap-6">
      {channels.map((c) => (
        <ChannelCard key={c.id} channel={c} origin={origin} slug={ctx.tenant.slug} health={health.get(c.id)} templates={templates.get(c.id) ?? []} timeZone={ctx.tenant.timeZone} />
      ))}
      <ConnectChannelForm slug={ctx.tenant.slug} />
    </div>
  );
}
