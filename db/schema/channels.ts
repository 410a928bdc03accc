import { index, integer, jsonb, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, ts, updatedAt } from "./columns";
import { tenants } from "./tenancy";

export const providerEnum = pgEnum("channel_provider", ["meta", "dialog360", "twilio", "simulator"]);
export const channelStatusEnum = pgEnum("channel_status", ["pending", "active", "disconnected", "error"]);

/** What the last connection check found (lib/whatsapp/channel-health.ts); `detail` is the provider's own words. */
export type ChannelHealthDetail = { outcome: "ok" | "token_expired" | "wrong_id" | "unreachable" | "unknown"; detail?: string };

/** A connected WhatsApp number. Tokens and secrets are AES-256-GCM boxes (lib/crypto/secret-box.ts). */
export const channels = pgTable(
  "channels",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    provider: providerEnum().notNull(),
    name: text().notNull(),
    phoneNumberId: text(),
    wabaId: text(),
    displayPhoneNumber: text(),
    accessTokenEnc: text(),
    appSecretEnc: text(),
    verifyToken: text().notNull(),
    status: channelStatusEnum().notNull().default("pending"),
    qualityRating: text(),
    messagingTier: text(),
    throughputMps: integer().notNull().default(80),
    /** When the connection was last checked against the provider, and what that found. */
    healthCheckedAt: ts(),
    healthDetail: jsonb().$type<ChannelHealthDetail>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("channels_tenant_idx").on(t.tenantId)],
);
