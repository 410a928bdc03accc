import { and, asc, eq } from "drizzle-orm";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import type { Tx } from "@/db/client";
import { channels, messages, messageTemplates } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import { openConversationWith } from "@/lib/messaging/open-conversation";
import { queueAndSend } from "@/lib/messaging/queue-and-send";
import type { TenantContext } from "@/lib/tenancy/context";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { variablesIn } from "@/lib/templates/variables";

/**
 * "Send a test message" on a real number (Meta, 360dialog, Twilio): to a phone the manager types,
 * through the same path as every other business-initiated message (conversation, queued row,
 * send-message workflow), so a test that arrives proves the whole chain works.
 */

/** A phone typed by a person → its E.164 digits without "+" (as contacts' wa_id), or null if not a valid number. */
export function parseTestRecipient(raw: string): string | null {
  const typed = raw.trim().replace(/^00/, "+");
  if (!typed.startsWith("+")) return null; // without a country prefix the number is ambiguous
  const phone = parsePhoneNumberFromString(typed);
  return phone?.isValid() ? phone.number.slice(1) : null;
}

export type TestTemplate = { id: string; name: string; language: string; preview: string; bodyVariables: string[] };

/**
 * Approved utility templates of one of the workspace's numbers that a test can send with a few
 * typed values: body variables only (header or button variables, and media headers, need more than a
 * test form should ask). Not lib/templates' listApprovedTemplates: that one does not say whether
 * a header is media, which a test cannot supply.
 */
export async function listTestTemplates(tx: Tx, ctx: TenantContext, channelId: string): Promise<TestTemplate[]> {
  const rows = await tx
    .select()
    .from(messageTemplates)
    .where(and(eq(messageTemplates.tenantId, ctx.tenantId), eq(messageTemplates.channelId, channelId), eq(messageTemplates.status, "APPROVED")))
    .orderBy(asc(messageTemplates.name), asc(messageTemplates.language));
  return rows.flatMap((t) => {
    const header = t.components.find((c) => String(c.type).toUpperCase() === "HEADER");
    const mediaHeader = header && String(header.format ?? "TEXT").toUpperCase() !== "TEXT";
    // Marketing templates need the recipient's recorded opt-in (lib/messaging/send-gates), which a test phone rarely has.
    if (t.category.toUpperCase() === "MARKETING") return [];
    if (mediaHeader || t.variableCounts.header || Object.keys(t.variableCounts.buttons ?? {}).length) return [];
    const body = String(t.components.find((c) => String(c.type).toUpperCase() === "BODY")?.text ?? "");
    return [{ id: t.id, name: t.name, language: t.language, preview: body, bodyVariables: variablesIn(body) }];
  });
}

export type TestMessageInput = {
  channelId: string;
  /** E.164 digits without "+" (parseTestRecipient). */
  waId: string;
  message: { kind: "text"; body: string } | { kind: "template"; templateId: string; body: string[] };
};

/**
 * Queues the test message and starts its send; call it with no transaction open (queueAndSend).
 * Simulator numbers have their own test (to the test phone), so they are refused here.
 */
export async function sendTestMessage(ctx: TenantContext, input: TestMessageInput): Promise<{ messageId: string }> {
  const { conversationId } = await withTenant(ctx.tenantId, async (tx) => {
    const [channel] = await tx.select({ provider: channels.provider }).from(channels).where(and(eq(channels.tenantId, ctx.tenantId), eq(channels.id, input.channelId)));
    if (!channel || channel.provider === "simulator") throw new AppError("not_found:channel");
    return openConversationWith(tx, ctx, { channelId: input.channelId, waId: input.waId, name: null });
  });
  const m = input.message;
  const row = await queueAndSend(ctx, {
    conversationId,
    author: "system",
    message: m.kind === "text" ? { kind: "text", body: m.body } : { kind: "template", templateId: m.templateId, variables: m.body.length ? { body: m.body } : {} },
  });
  return { messageId: row.id };
}

export type TestMessageStatus = { status: (typeof messages.$inferSelect)["status"]; errorCode: string | null };

/** Where a test message is now, for the form that sent it to show the outcome. */
export async function testMessageStatus(tx: Tx, ctx: TenantContext, messageId: string): Promise<TestMessageStatus | null> {
  const [row] = await tx
    .select({ status: messages.status, errorCode: messages.errorCode })
    .from(messages)
    .where(and(eq(messages.tenantId, ctx.tenantId), eq(messages.id, messageId)));
  return row ?? null;
}
