import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, ts, updatedAt } from "./columns";

export const roleEnum = pgEnum("member_role", ["owner", "admin", "agent"]);

export type TenantSettings = {
  brandColor?: string;
  businessDescription?: string;
  autoCloseHours?: number;
  /** Extra words that, alone in a message, opt a customer out of / back into marketing. */
  consentKeywords?: { optOut?: string[]; optIn?: string[] };
};

/** A workspace: one business. Every tenant-owned row points here. */
export const tenants = pgTable("tenants", {
  id: id(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  timeZone: text().notNull().default("Europe/Madrid"),
  defaultLocale: text().notNull().default("es"),
  plan: text().notNull().default("free"),
  settings: jsonb().$type<TenantSettings>().notNull().default({}),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A person. Global (not tenant-owned): one account can belong to several workspaces. */
export const users = pgTable(
  "users",
  {
    id: id(),
    name: text(),
    email: text().notNull(),
    emailVerified: timestamp({ withTimezone: true, mode: "date" }),
    image: text(),
    passwordHash: text(),
    locale: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`)],
);

// Auth.js adapter tables (OAuth accounts, database sessions, email tokens), kept for providers added later.
export const accounts = pgTable(
  "accounts",
  {
    userId: uuid().notNull().references(() => users.id, { onDelete: "cascade" }),
    type: text().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refresh_token: text(),
    access_token: text(),
    expires_at: integer(),
    token_type: text(),
    scope: text(),
    id_token: text(),
    session_state: text(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = pgTable("sessions", {
  sessionToken: text().primaryKey(),
  userId: uuid().notNull().references(() => users.id, { onDelete: "cascade" }),
  expires: timestamp({ withTimezone: true, mode: "date" }).notNull(),
});

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text().notNull(),
    token: text().notNull(),
    expires: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export const memberships = pgTable(
  "memberships",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    userId: uuid().notNull().references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("memberships_tenant_user_idx").on(t.tenantId, t.userId), index("memberships_user_idx").on(t.userId)],
);

/** An invitation link. Only the SHA-256 of its token is stored. */
export const invitations = pgTable(
  "invitations",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    email: text(),
    role: roleEnum().notNull(),
    tokenHash: text().notNull().unique(),
    invitedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: ts(),
    acceptedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    revokedAt: ts(),
    createdAt: createdAt(),
  },
  (t) => [index("invitations_tenant_idx").on(t.tenantId, t.createdAt)],
);

/** Keys for the public API (later issues). Only a hash is stored; `prefix` identifies it in the UI. */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    name: text().notNull(),
    prefix: text().notNull(),
    keyHash: text().notNull().unique(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    lastUsedAt: ts(),
    revokedAt: ts(),
    createdAt: createdAt(),
  },
  (t) => [index("api_keys_tenant_idx").on(t.tenantId)],
);
