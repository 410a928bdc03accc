import { Forbidden } from "@/components/common/forbidden";
import { ChannelCard } from "@/components/channels/channel-card";
import { ConnectChannelForm } from "@/components/channels/connect-channel-form";
import { appOrigin } from "@/lib/http/app-origin";
import { requireMember } from "@/lib/tenancy/require-member";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { listChannels } from "@/lib/whatsapp/channel-queries";

export default async function ChannelsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { ctx, allowed } = await requireMember((await params).workspace, { roles: MANAGER_ROLES });
  if (!allowed) return <Forbidden role={ctx.role} />;
  const [channels, origin] = await Promise.all([withTenant(ctx.tenantId, (tx) => listChannels(tx, ctx)), appOrigin()]);
  return (
    <div className="grid gap-6">
      {channels.map((c) => (
        <ChannelCard key={c.id} channel={c} origin={origin} slug={ctx.tenant.slug} />
      ))}
      <ConnectChannelForm slug={ctx.tenant.slug} />
    </div>
  );
}
