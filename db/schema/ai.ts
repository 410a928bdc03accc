import { sql } from "drizzle-orm";
import { bigint, index, integer, jsonb, pgTable, real, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { contacts } from "./contacts";
import { conversations, messages } from "./conversations";
import { createdAt, id, ts, updatedAt } from "./columns";
import { tenants, users } from "./tenancy";

/** auto: the assistant answers; review: its draft waits for an agent; off: it stays silent and a person answers. */
export type AutomationLevel = "auto" | "review" | "off";

/** Per-language texts a workspace may edit (es, en, pt). */
export type LocalizedText = Partial<Record<"es" | "en" | "pt", string>>;

/** How a workspace's assistant behaves. One row per workspace, created with defaults on first use. */
export const aiSettings = pgTable("ai_settings", {
  id: id(),
  tenantId: uuid().notNull().unique().references(() => tenants.id, { onDelete: "cascade" }),
  /** local (the offline engine) | openai | openai_compatible */
  provider: text().notNull().default("local"),
  model: text(),
  baseUrl: text(),
  /** AES-256-GCM box of the workspace's own API key (lib/crypto). */
  apiKeyEnc: text(),
  /** Whether the model can transcribe voice notes (OpenAI-compatible `audio/transcriptions`). */
  transcriptionModel: text(),
  /** Below this confidence a draft is handed to a person. */
  confidenceThreshold: real().notNull().default(0.6),
  /** Intent → level; intents not listed use `defaultAutomation`. */
  automation: jsonb().$type<Record<string, AutomationLevel>>().notNull().default({}),
  defaultAutomation: text().$type<AutomationLevel>().notNull().default("review"),
  /** Topics that always go to a person: payments, legal, health, data requests… (keywords per topic). */
  sensitiveTopics: text().array().notNull().default(sql`'{payments,legal,health,data_request}'::text[]`),
  /** First automated reply of a conversation: says it is an automated assistant. */
  disclosure: jsonb().$type<LocalizedText>().notNull().default({}),
  /** Customer messages answered per rolling hour before one notice and then silence. */
  perCustomerHourlyLimit: integer().notNull().default(20),
  /** Monthly spend cap on model calls, micro-units of USD; null = no cap. */
  monthlyBudgetMicros: bigint({ mode: "number" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * An irreversible action the assistant proposed (book, reschedule, cancel, change a delivery…):
 * never executed by the model, only when the customer taps "Confirmar" on this exact action
 * before it expires — once (status moves pending → executed in one guarded update).
 */
export const pendingActions = pgTable(
  "pending_actions",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    conversationId: uuid().notNull().references(() => conversations.id, { onDelete: "cascade" }),
    contactId: uuid().notNull().references(() => contacts.id, { onDelete: "cascade" }),
    /** book_appointment | reschedule_appointment | cancel_appointment | change_delivery */
    kind: text().notNull(),
    params: jsonb().$type<Record<string, unknown>>().notNull(),
    /** What the customer is asked to confirm, in their language. */
    summary: text().notNull(),
    /** pending | executed | cancelled | expired | failed */
    status: text().notNull().default("pending"),
    expiresAt: ts().notNull(),
    /** The buttons message that offered it. */
    messageId: uuid().references(() => messages.id, { onDelete: "set null" }),
    result: jsonb().$type<Record<string, unknown>>(),
    decidedAt: ts(),
    createdAt: createdAt(),
  },
  (t) => [index("pending_actions_conversation_idx").on(t.tenantId, t.conversationId, t.status)],
);

/** Evidence the assistant had for a turn: tool results, knowledge entries, facts, the customer's words. */
export type EvidenceRecord = { source: string; id?: string; text: string };
/** The grounding verdict on a draft. */
export type GuardrailVerdict = { ok: boolean; unsupported: { claim: string; kind: string }[]; regenerated?: boolean; blocked?: boolean };

/** One run of the assistant on a customer message: what it understood, did, said and cost. */
export const aiTurns = pgTable(
  "ai_turns",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    conversationId: uuid().notNull().references(() => conversations.id, { onDelete: "cascade" }),
    /** The customer message answered (the last of a debounced burst). */
    inboundMessageId: uuid().references(() => messages.id, { onDelete: "set null" }),
    /** The reply or draft written, if any. */
    replyMessageId: uuid().references(() => messages.id, { onDelete: "set null" }),
    /** reply | confirm | escalate | draft | silent */
    outcome: text().notNull(),
    intent: text(),
    language: text(),
    confidence: real(),
    tools: jsonb().$type<string[]>().notNull().default([]),
    evidence: jsonb().$type<EvidenceRecord[]>().notNull().default([]),
    verdict: jsonb().$type<GuardrailVerdict>(),
    /** Why it escalated or stayed silent, in words for the agent. */
    reason: text(),
    model: text(),
    inputTokens: integer(),
    outputTokens: integer(),
    costMicros: bigint({ mode: "number" }).notNull().default(0),
    /** Review mode: approved | edited | rejected, by whom, why. */
    reviewDecision: text(),
    reviewReason: text(),
    reviewedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    reviewedAt: ts(),
    createdAt: createdAt(),
  },
  (t) => [index("ai_turns_conversation_idx").on(t.tenantId, t.conversationId, t.createdAt), index("ai_turns_intent_idx").on(t.tenantId, t.intent, t.reviewDecision)],
);

export type HandoffSummary = { intent: string | null; collected: Record<string, string>; tried: string[]; nextStep: string; lastBotReply?: string | null };

/** A conversation handed to people: why, and what the agent needs to pick it up. */
export const handoffs = pgTable(
  "handoffs",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    conversationId: uuid().notNull().references(() => conversations.id, { onDelete: "cascade" }),
    /** human_request | frustration | sensitive | low_confidence | guardrail | rate_limit | budget | media | out_of_scope */
    reason: text().notNull(),
    summary: jsonb().$type<HandoffSummary>().notNull(),
    resolvedAt: ts(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("handoffs_open_idx").on(t.tenantId, t.conversationId).where(sql`resolved_at is null`)],
);
