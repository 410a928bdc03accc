import { index, integer, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { tenants } from "./tenancy";

export const providerEnum = pgEnum("channel_provider", ["meta", "dialog360", "twilio", "simulator"]);
export const channelStatusEnum = pgEnum("channel_status", ["pending", "active", "disconnected", "error"]);

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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("channels_tenant_idx").on(t.tenantId)],
);
