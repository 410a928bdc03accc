import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, jsonb, pgEnum, pgTable, real, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { channels } from "./channels";
import { createdAt, id, ts, updatedAt } from "./columns";
import { contacts } from "./contacts";
import { tenants, users } from "./tenancy";

export const conversationStatusEnum = pgEnum("conversation_status", ["open", "pending", "closed"]);
export const handledByEnum = pgEnum("conversation_handled_by", ["bot", "human"]);

export type Referral = {
  sourceType?: string;
  sourceId?: string;
  sourceUrl?: string;
  headline?: string;
  ctwaClid?: string;
};

export const conversations = pgTable(
  "conversations",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    contactId: uuid().notNull().references(() => contacts.id, { onDelete: "cascade" }),
    channelId: uuid().notNull().references(() => channels.id, { onDelete: "cascade" }),
    status: conversationStatusEnum().notNull().default("open"),
    handledBy: handledByEnum().notNull().default("bot"),
    assigneeId: uuid().references(() => users.id, { onDelete: "set null" }),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    /** organic | ad | qr | link | campaign */
    source: text().notNull().default("organic"),
    referral: jsonb().$type<Referral>(),
    intent: text(),
    resolution: text(),
    /** What the assistant carries from turn to turn: last intent, order in question, options offered… (lib/ai/conversation-state). */
    aiState: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    unreadCount: integer().notNull().default(0),
    lastMessageAt: ts().notNull().defaultNow(),
    lastMessagePreview: text(),
    firstResponseAt: ts(),
    closedAt: ts(),
    /** Integer micro-units of `currency`. */
    costMicros: bigint({ mode: "number" }).notNull().default(0),
    currency: text().notNull().default("EUR"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The inbox: latest conversations of a workspace by status.
    index("conversations_inbox_idx").on(t.tenantId, t.status, t.lastMessageAt.desc()),
    index("conversations_contact_idx").on(t.tenantId, t.contactId),
  ],
);

export const directionEnum = pgEnum("message_direction", ["inbound", "outbound"]);
export const authorEnum = pgEnum("message_author", ["contact", "bot", "agent", "system"]);
export const messageStatusEnum = pgEnum("message_status", ["pending", "sent", "delivered", "read", "played", "failed", "received", "draft", "discarded"]);

export type MessageMedia = { id?: string; mimeType?: string; sha256?: string; storageKey?: string; filename?: string; sizeBytes?: number; caption?: string; voice?: boolean; rejected?: string };
/** What a message carries besides text and media, by type: location, interactive reply, reaction, context, referral, … */
export type MessageContent = Record<string, unknown>;
export type MessageAi = {
  model?: string;
  inputTokens?: number;
  outputTokens?: number;
  confidence?: number;
  tools?: string[];
  verdict?: string;
};

export const messages = pgTable(
  "messages",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    conversationId: uuid().notNull().references(() => conversations.id, { onDelete: "cascade" }),
    channelId: uuid().notNull().references(() => channels.id, { onDelete: "cascade" }),
    direction: directionEnum().notNull(),
    author: authorEnum().notNull(),
    authorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** WhatsApp message type: text, image, audio, template, interactive, … */
    type: text().notNull().default("text"),
    body: text(),
    media: jsonb().$type<MessageMedia>(),
    content: jsonb().$type<MessageContent>(),
    templateName: text(),
    templateVariant: text(),
    wamid: text(),
    replyToWamid: text(),
    status: messageStatusEnum().notNull().default("pending"),
    sentAt: ts(),
    deliveredAt: ts(),
    readAt: ts(),
    failedAt: ts(),
    errorCode: text(),
    errorDetails: text(),
    pricingCategory: text(),
    billable: boolean(),
    costMicros: bigint({ mode: "number" }),
    currency: text(),
    ai: jsonb().$type<MessageAi>(),
    aiConfidence: real(),
    /** Sent to a customer whose service window was closed: counts toward the messaging tier's daily unique users. */
    outsideWindow: boolean().notNull().default(false),
    /** When the workflow event for this inbound message was accepted: a redelivered webhook re-emits until it is. */
    emittedAt: ts(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("messages_channel_wamid_idx").on(t.channelId, t.wamid),
    // A conversation's messages in order.
    index("messages_conversation_idx").on(t.tenantId, t.conversationId, t.createdAt, t.id),
  ],
);
