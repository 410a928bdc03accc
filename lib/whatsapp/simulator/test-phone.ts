import { createHash } from "node:crypto";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { channels, contacts, conversations, messages, messageTemplates, type TemplateComponentDef } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import type { QueuedContent } from "@/lib/messaging/outbound-content";
import { openConversationWith } from "@/lib/messaging/open-conversation";
import { queueAndSend } from "@/lib/messaging/queue-and-send";
import type { TenantContext } from "@/lib/tenancy/context";
import { withTenant } from "@/lib/tenancy/with-tenant";
import type { OutboundMessage } from "../providers/types";
import { validateOutbound, type ValidationProblem } from "../providers/validate";
import type { SimulatedCustomer } from "./customer-webhook";

/**
 * Each person in the workspace gets their own simulated customer on the test phone, with a stable
 * Spanish-looking mobile number (+34 6…) derived from their user id, so two colleagues testing at
 * once have separate conversations.
 */
export function testCustomerFor(userId: string, displayName: string): SimulatedCustomer {
  const digits = BigInt(`0x${createHash("sha256").update(userId).digest("hex").slice(0, 12)}`).toString().padStart(8, "0").slice(-8);
  return { waId: `346${digits}`, name: displayName };
}

export function listSimulatorChannels(tx: Tx, ctx: TenantContext) {
  return tx
    .select({ id: channels.id, name: channels.name, displayPhoneNumber: channels.displayPhoneNumber, phoneNumberId: channels.phoneNumberId })
    .from(channels)
    .where(and(eq(channels.tenantId, ctx.tenantId), eq(channels.provider, "simulator")))
    .orderBy(asc(channels.createdAt));
}

/** The quick-reply buttons of a template, in order (what the customer can tap under it). */
export function quickRepliesOf(components: TemplateComponentDef[]): string[] {
  const buttons = components.find((c) => String(c.type).toUpperCase() === "BUTTONS")?.buttons;
  if (!Array.isArray(buttons)) return [];
  return buttons.filter((b) => String(b?.type).toUpperCase() === "QUICK_REPLY" && typeof b.text === "string").map((b) => b.text as string);
}

/**
 * The test customer's latest messages with the business on one simulator number, oldest first,
 * each template message with the quick replies its approved template offers.
 */
export async function loadTestPhoneThread(tx: Tx, ctx: TenantContext, channelId: string, waId: string, limit = 100) {
  const rows = await tx
    .select({
      id: messages.id,
      direction: messages.direction,
      author: messages.author,
      type: messages.type,
      body: messages.body,
      status: messages.status,
      createdAt: messages.createdAt,
      content: messages.content,
      media: messages.media,
      wamid: messages.wamid,
      errorCode: messages.errorCode,
      templateName: messages.templateName,
    })
    .from(messages)
    .innerJoin(conversations, and(eq(conversations.id, messages.conversationId), eq(conversations.tenantId, messages.tenantId)))
    .innerJoin(contacts, and(eq(contacts.id, conversations.contactId), eq(contacts.tenantId, conversations.tenantId)))
    .where(and(eq(messages.tenantId, ctx.tenantId), eq(messages.channelId, channelId), eq(contacts.waId, waId)))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(limit);
  rows.reverse();
  const templateIds = [...new Set(rows.map((m) => outboundOf(m)).flatMap((o) => (o?.kind === "template" ? [o.templateId] : [])))];
  const templates = templateIds.length
    ? await tx.select({ id: messageTemplates.id, components: messageTemplates.components }).from(messageTemplates).where(and(eq(messageTemplates.tenantId, ctx.tenantId), inArray(messageTemplates.id, templateIds)))
    : [];
  const replies = new Map(templates.map((t) => [t.id, quickRepliesOf(t.components)]));
  return rows.map((m) => {
    const o = outboundOf(m);
    return { ...m, quickReplies: o?.kind === "template" ? (replies.get(o.templateId) ?? []) : [] };
  });
}

export type TestPhoneMessage = Awaited<ReturnType<typeof loadTestPhoneThread>>[number];

/** What the business asked to send, for an outbound message (`content.outbound`), else null. */
export function outboundOf(m: { direction: string; content: unknown }): QueuedContent | null {
  if (m.direction !== "outbound") return null;
  return ((m.content as { outbound?: QueuedContent } | null)?.outbound ?? null) as QueuedContent | null;
}

/**
 * Everything Meta would refuse this reply for (lengths, counts, duplicate ids), before anything is
 * stored or queued. Templates are checked by queueOutbound against their approved definition.
 */
export function businessReplyProblems(to: string, content: QueuedContent): ValidationProblem[] {
  if (content.kind === "template") return [];
  // Stored media reaches the provider as an uploaded id at send time; any id stands in for it here.
  const outbound: OutboundMessage = content.kind === "media" ? { kind: "media", mediaType: content.mediaType, id: "staged", caption: content.caption, filename: content.filename } : content;
  return validateOutbound(to, outbound);
}

/**
 * The business answers the test phone from the playground, through the real outbound path (queued
 * row → send workflow → provider → simulator), in the test customer's conversation on that number
 * (opened if there is none: only a template then gets through, as on WhatsApp).
 */
export async function replyToTestCustomer(
  ctx: TenantContext,
  input: { channelId: string; customer: SimulatedCustomer; content: QueuedContent },
  deps: { db?: Db; send?: typeof queueAndSend } = {},
) {
  const problems = businessReplyProblems(input.customer.waId, input.content);
  if (problems.length) throw new AppError(input.content.kind === "buttons" || input.content.kind === "list" ? "bad_request:interactive" : "bad_request:input", { message: problems.map((p) => `${p.path}: ${p.message}`).join("; ") });
  const db = deps.db ?? getDb();
  const { conversationId } = await withTenant(
    ctx.tenantId,
    async (tx) => {
      // Only ever a simulator number: the test customer's number is made up and must never reach Meta.
      const [simulator] = await tx.select({ id: channels.id }).from(channels).where(and(eq(channels.tenantId, ctx.tenantId), eq(channels.id, input.channelId), eq(channels.provider, "simulator")));
      if (!simulator) throw new AppError("not_found:channel");
      return openConversationWith(tx, ctx, { channelId: simulator.id, waId: input.customer.waId, name: input.customer.name });
    },
    db,
  );
  return (deps.send ?? queueAndSend)(ctx, { conversationId, message: input.content, author: "agent" });
}
