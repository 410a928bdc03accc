import { asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { channels } from "@/db/schema";
import type { TenantContext } from "@/lib/tenancy/context";

/** A workspace's numbers for the settings page: never the secrets, only whether they are set. */
export async function listChannels(tx: Tx, ctx: TenantContext) {
  const rows = await tx.select().from(channels).where(eq(channels.tenantId, ctx.tenantId)).orderBy(asc(channels.createdAt));
  return rows.map((c) => ({
    id: c.id,
    provider: c.provider,
    name: c.name,
    displayPhoneNumber: c.displayPhoneNumber,
    phoneNumberId: c.phoneNumberId,
    status: c.status,
    qualityRating: c.qualityRating,
    messagingTier: c.messagingTier,
    verifyToken: c.verifyToken,
    hasToken: Boolean(c.accessTokenEnc),
    hasAppSecret: Boolean(c.appSecretEnc),
  }));
}

export type ChannelSummary = Awaited<ReturnType<typeof listChannels>>[number];

/** Where the provider must post this channel's webhooks. */
export const webhookPath = (c: { id: string; provider: string }) => (c.provider === "twilio" ? `/api/webhooks/twilio/${c.id}` : `/api/webhooks/whatsapp/${c.id}`);
