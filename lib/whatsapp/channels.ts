import { randomBytes } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { auditLog, channels } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import { decryptChannelSecret, encryptChannelSecret } from "./channel-secrets";
import type { TenantContext } from "@/lib/tenancy/context";

export type ChannelProvider = (typeof channels.$inferSelect)["provider"];
export type NewChannel = {
  provider: ChannelProvider;
  name: string;
  phoneNumberId?: string | null;
  wabaId?: string | null;
  displayPhoneNumber?: string | null;
  accessToken?: string | null;
  appSecret?: string | null;
};


/** Connects a number. Secrets are stored only encrypted; the verify token is generated here. */
export async function createChannel(tx: Tx, ctx: TenantContext, input: NewChannel) {
  const id = crypto.randomUUID();
  if (input.provider === "simulator") {
    // The simulator signs its webhooks like Meta does, so the same intake path verifies them.
    input = { ...input, phoneNumberId: input.phoneNumberId ?? `9${randomBytes(7).readUIntBE(0, 6).toString().padStart(14, "0")}`, appSecret: input.appSecret ?? randomBytes(24).toString("base64url") };
  }
  const [row] = await tx
    .insert(channels)
    .values({
      id,
      tenantId: ctx.tenantId,
      provider: input.provider,
      name: input.name,
      phoneNumberId: input.phoneNumberId ?? null,
      wabaId: input.wabaId ?? null,
      displayPhoneNumber: input.displayPhoneNumber ?? null,
      accessTokenEnc: input.accessToken ? encryptChannelSecret(id, "access_token", input.accessToken) : null,
      appSecretEnc: input.appSecret ? encryptChannelSecret(id, "app_secret", input.appSecret) : null,
      verifyToken: randomBytes(18).toString("base64url"),
      status: input.provider === "simulator" ? "active" : "pending",
    })
    .returning();
  await tx.insert(auditLog).values({ tenantId: ctx.tenantId, actorUserId: ctx.userId, action: "channel.created", targetType: "channel", targetId: id, data: { provider: input.provider } });
  return row;
}

export type WebhookChannel = {
  id: string;
  tenantId: string;
  provider: ChannelProvider;
  phoneNumberId: string | null;
  verifyToken: string;
  appSecret: string | null;
  /** Twilio signs its webhooks with the account's auth token (stored as the channel's access token). */
  twilioAuthToken: string | null;
};

function toWebhookChannel(c: typeof channels.$inferSelect): WebhookChannel {
  return {
    id: c.id,
    tenantId: c.tenantId,
    provider: c.provider,
    phoneNumberId: c.phoneNumberId,
    verifyToken: c.verifyToken,
    appSecret: c.appSecretEnc ? decryptChannelSecret(c.id, "app_secret", c.appSecretEnc) : null,
    twilioAuthToken: c.provider === "twilio" && c.accessTokenEnc ? decryptChannelSecret(c.id, "access_token", c.accessTokenEnc) : null,
  };
}

/** What a provider client needs to send for this channel (lib/whatsapp/providers), token decrypted. */
export async function findChannelForSending(tx: Tx, tenantId: string, channelId: string) {
  const [c] = await tx.select().from(channels).where(and(eq(channels.tenantId, tenantId), eq(channels.id, channelId))).limit(1);
  if (!c) return null;
  return { id: c.id, provider: c.provider, phoneNumberId: c.phoneNumberId, wabaId: c.wabaId, displayPhoneNumber: c.displayPhoneNumber, accessToken: c.accessTokenEnc ? decryptChannelSecret(c.id, "access_token", c.accessTokenEnc) : null };
}

/** A channel of this workspace with its secrets decrypted, for server-side use only. */
export async function findChannelWithSecrets(tx: Tx, ctx: TenantContext, channelId: string): Promise<WebhookChannel | null> {
  const [c] = await tx.select().from(channels).where(and(eq(channels.tenantId, ctx.tenantId), eq(channels.id, channelId))).limit(1);
  return c ? toWebhookChannel(c) : null;
}

/**
 * Finds the channel a webhook is addressed to, before any tenant is known. Runs as the tables'
 * owner: what authorizes the caller is the signature checked next with the secret returned here.
 */
export async function unsafeFindWebhookChannel(channelId: string, db: Db = getDb()): Promise<WebhookChannel | null> {
  if (!/^[0-9a-f-]{36}$/i.test(channelId)) return null;
  const [c] = await db.select().from(channels).where(eq(channels.id, channelId)).limit(1);
  return c ? toWebhookChannel(c) : null;
}

/** Quality rating and messaging tier, as Meta reports them in account webhooks. */
export async function updateChannelHealth(tx: Tx, tenantId: string, channelId: string, patch: { qualityRating?: string; messagingTier?: string }) {
  if (!patch.qualityRating && !patch.messagingTier) return;
  await tx
    .update(channels)
    .set({ ...(patch.qualityRating ? { qualityRating: patch.qualityRating } : {}), ...(patch.messagingTier ? { messagingTier: patch.messagingTier } : {}) })
    .where(and(eq(channels.tenantId, tenantId), eq(channels.id, channelId)));
}

/**
 * Replaces the access token of a real number (Meta system-user token, 360dialog API key, Twilio
 * auth token), encrypted like at creation. The caller re-checks the connection afterwards; the
 * status is left for that check to set. Throws not_found for a simulator or another workspace's number.
 */
export async function replaceChannelToken(tx: Tx, ctx: TenantContext, channelId: string, token: string) {
  const [row] = await tx
    .update(channels)
    .set({ accessTokenEnc: encryptChannelSecret(channelId, "access_token", token) })
    .where(and(eq(channels.tenantId, ctx.tenantId), eq(channels.id, channelId), ne(channels.provider, "simulator")))
    .returning({ id: channels.id });
  if (!row) throw new AppError("not_found:channel");
  await tx.insert(auditLog).values({ tenantId: ctx.tenantId, actorUserId: ctx.userId, action: "channel.token_replaced", targetType: "channel", targetId: channelId, data: {} });
}
