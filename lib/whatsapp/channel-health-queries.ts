import { and, asc, eq, ne } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { channels, type ChannelHealthDetail } from "@/db/schema";
import type { TenantContext } from "@/lib/tenancy/context";

export type ChannelHealthSnapshot = { checkedAt: Date | null; outcome: ChannelHealthDetail["outcome"] | null };

/** The last connection check of each of the workspace's numbers, by channel id (Settings → Channels). */
export async function listChannelHealth(tx: Tx, ctx: TenantContext): Promise<Map<string, ChannelHealthSnapshot>> {
  const rows = await tx
    .select({ id: channels.id, checkedAt: channels.healthCheckedAt, detail: channels.healthDetail })
    .from(channels)
    .where(eq(channels.tenantId, ctx.tenantId));
  return new Map(rows.map((r) => [r.id, { checkedAt: r.checkedAt, outcome: r.detail?.outcome ?? null }]));
}

export type BrokenChannel = { id: string; name: string; displayPhoneNumber: string | null; outcome: ChannelHealthDetail["outcome"] | null };

/**
 * The workspace's numbers in `error` (token expired after a 190, a failed check…), for the owners'
 * banner. `outcome` is the last check's finding, null when the error came from a send (a 190 on a
 * message), which is an expired or revoked token.
 */
export async function listBrokenChannels(tx: Tx, ctx: TenantContext): Promise<BrokenChannel[]> {
  const rows = await tx
    .select({ id: channels.id, name: channels.name, displayPhoneNumber: channels.displayPhoneNumber, detail: channels.healthDetail })
    .from(channels)
    .where(and(eq(channels.tenantId, ctx.tenantId), eq(channels.status, "error")))
    .orderBy(asc(channels.createdAt));
  return rows.map((r) => ({ id: r.id, name: r.name, displayPhoneNumber: r.displayPhoneNumber, outcome: r.detail?.outcome ?? null }));
}

/**
 * Every real (non-simulator) number of every workspace, for the periodic connection check.
 *
 * Deliberately not `withTenant`: it runs as the tables' owner, across all tenants, bypassing
 * row-level security. What authorizes that: its only caller is the channel-health-check cron (no
 * request or user input reaches it), it returns ids only, and each check then runs inside its own
 * tenant (`checkChannelHealth` → `withTenant`). Never call it from a route or an action.
 */
export async function unsafeListChannelsForHealthCheck(db: Db = getDb()): Promise<{ tenantId: string; channelId: string }[]> {
  return db
    .select({ tenantId: channels.tenantId, channelId: channels.id })
    .from(channels)
    .where(ne(channels.provider, "simulator"))
    .orderBy(asc(channels.tenantId), asc(channels.createdAt));
}
