import { boolean, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { channels } from "./channels";
import { createdAt, id, ts } from "./columns";
import { tenants, users } from "./tenancy";

/** Raw webhook payloads, kept for audit and replay; purged by a retention job. */
export const webhookEvents = pgTable(
  "webhook_events",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    channelId: uuid().references(() => channels.id, { onDelete: "set null" }),
    provider: text().notNull(),
    kind: text().notNull(),
    payload: jsonb().notNull(),
    signatureValid: boolean().notNull(),
    receivedAt: createdAt(),
    processedAt: ts(),
    error: text(),
  },
  (t) => [index("webhook_events_tenant_received_idx").on(t.tenantId, t.receivedAt)],
);

/** Who did what, append-only. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    actorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index("audit_log_tenant_created_idx").on(t.tenantId, t.createdAt)],
);
