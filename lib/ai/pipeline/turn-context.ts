import { and, desc, eq, gt, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { contacts, conversations, messages, tenants } from "@/db/schema";
import type { ConversationState, Language } from "../types";

export type TurnContext = Awaited<ReturnType<typeof loadTurnContext>>;

/** The recent conversation as the model sees it: customer and business messages, oldest first. */
export type TranscriptLine = { role: "user" | "assistant"; text: string; at: Date };

const RECENT_LIMIT = 12;

/** A message as words: its text, else what it is ("[foto]", "[ubicación]"). */
export function wordsOf(m: { type: string; body: string | null; content: Record<string, unknown> | null }): string {
  if (m.body?.trim()) return m.body;
  const interactive = (m.content?.interactive ?? null) as { title?: string } | null;
  if (interactive?.title) return interactive.title;
  return `[${m.type}]`;
}

/**
 * Everything one turn needs, read in one transaction: the workspace, the conversation and its
 * assistant state, the customer, the message being answered and the recent transcript.
 */
export async function loadTurnContext(tx: Tx, input: { tenantId: string; conversationId: string; inboundMessageId: string; now: Date }) {
  const { tenantId } = input;
  const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId));
  const [conversation] = await tx.select().from(conversations).where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, input.conversationId)));
  if (!tenant || !conversation) return null;
  const [contact] = await tx.select().from(contacts).where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, conversation.contactId)));
  const [inbound] = await tx.select().from(messages).where(and(eq(messages.tenantId, tenantId), eq(messages.id, input.inboundMessageId)));
  if (!contact || !inbound) return null;
  const recent = await tx
    .select({ id: messages.id, direction: messages.direction, author: messages.author, type: messages.type, body: messages.body, content: messages.content, status: messages.status, createdAt: messages.createdAt })
    .from(messages)
    .where(and(eq(messages.tenantId, tenantId), eq(messages.conversationId, conversation.id), sql`${messages.status} not in ('draft', 'discarded', 'failed')`))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(RECENT_LIMIT);
  const transcript: TranscriptLine[] = recent
    .reverse()
    .filter((m) => m.author !== "system" || m.direction === "inbound")
    .map((m) => ({ role: m.direction === "inbound" ? "user" : "assistant", text: wordsOf(m), at: m.createdAt }));
  return { tenant, conversation, contact, inbound, transcript, state: (conversation.aiState ?? {}) as ConversationState, now: input.now };
}

/** Customer messages in the last hour: the sliding window of the per-customer rate limit. */
export async function inboundInLastHour(tx: Tx, tenantId: string, conversationId: string, now: Date) {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(messages)
    .where(and(eq(messages.tenantId, tenantId), eq(messages.conversationId, conversationId), eq(messages.direction, "inbound"), gt(messages.createdAt, new Date(now.getTime() - 3_600_000))));
  return row?.n ?? 0;
}

/** The customer's language: the state's, the contact's locale, else the workspace's. */
export function languageOf(ctx: NonNullable<TurnContext>): Language {
  const candidates = [ctx.state.language, ctx.contact.locale?.slice(0, 2), ctx.tenant.defaultLocale?.slice(0, 2)];
  return (candidates.find((l) => l === "es" || l === "en" || l === "pt") as Language | undefined) ?? "es";
}
