import { and, countDistinct, eq, gt, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { conversations, messages, messageTemplates } from "@/db/schema";
import { currentConsent } from "@/lib/consent/ledger";
import { findChannelTemplate } from "@/lib/templates/queries";
import { variableMismatch } from "@/lib/templates/variables";
import { recipientMarket } from "@/lib/whatsapp/rules/market";
import { canReachNewUser, parseMessagingTier, ROLLING_WINDOW_MS } from "@/lib/whatsapp/rules/messaging-tier";
import { freeEntryPointOpenedAt, windowState, type WindowState } from "@/lib/whatsapp/rules/window";
import type { QueuedContent } from "./outbound-content";

export type Recipient = { contactId: string; waId: string; lastInboundAt: Date | null };
export type ConversationWindow = { referral: unknown; createdAt: Date; firstResponseAt: Date | null };
export type Template = typeof messageTemplates.$inferSelect;

export type GateVerdict =
  | { ok: true; window: WindowState; template: Template | null; outsideWindow: boolean }
  | { ok: false; code: string; details: string };

const refuse = (code: string, details: string): GateVerdict => ({ ok: false, code, details });

/**
 * The window a send falls in. A conversation that began from a click-to-WhatsApp ad (a referral)
 * gets the 72-hour free entry point when the business answers within 24 h of the entry: from that
 * first reply (this one, if none was sent yet).
 */
export function windowFor(recipient: Recipient, conversation: ConversationWindow, now: Date): WindowState {
  const fromAd = conversation.referral != null;
  const openedAt = fromAd ? freeEntryPointOpenedAt({ entryAt: conversation.createdAt, firstReplyAt: conversation.firstResponseAt ?? now }) : null;
  return windowState({ lastInboundAt: recipient.lastInboundAt, freeEntryPoint: openedAt ? { openedAt } : null, now });
}

/**
 * Unique customers of this workspace (its portfolio) reached outside their service window in the
 * rolling 24 hours, and whether this one is among them (reaching them again takes no new slot).
 */
async function tierUsage(tx: Tx, tenantId: string, contactId: string, now: Date) {
  const since = new Date(now.getTime() - ROLLING_WINDOW_MS);
  const base = and(eq(messages.tenantId, tenantId), eq(messages.outsideWindow, true), ne(messages.status, "failed"), gt(messages.sentAt, since));
  const [{ users }] = await tx
    .select({ users: countDistinct(conversations.contactId) })
    .from(messages)
    .innerJoin(conversations, and(eq(conversations.id, messages.conversationId), eq(conversations.tenantId, messages.tenantId)))
    .where(base);
  const [already] = await tx
    .select({ id: messages.id })
    .from(messages)
    .innerJoin(conversations, and(eq(conversations.id, messages.conversationId), eq(conversations.tenantId, messages.tenantId)))
    .where(and(base, eq(conversations.contactId, contactId)))
    .limit(1);
  return { users: Number(users), alreadyReached: Boolean(already) };
}

/**
 * Meta's rules for one send, checked before any provider call, in the order a person would want
 * to hear about them: free-form only inside the window (else 131047, use a template); templates
 * approved and fully filled in; marketing only to customers who opted in and never to US numbers
 * (paused by Meta, 131049); a new customer reached outside the window must fit the number's
 * messaging tier. Throughput and the pair rate are checked afterwards (lib/messaging/rate-gates).
 */
export async function checkSendGates(
  tx: Tx,
  input: { tenantId: string; channelId: string; channelTier: string | null; content: QueuedContent; recipient: Recipient; conversation: ConversationWindow; now: Date },
): Promise<GateVerdict> {
  const { tenantId, content, recipient, now } = input;
  const window = windowFor(recipient, input.conversation, now);
  if (content.kind !== "template") {
    if (!window.open) return refuse("131047", "The 24-hour customer-service window is closed: send an approved template instead.");
    return { ok: true, window, template: null, outsideWindow: false };
  }

  const template = await findChannelTemplate(tx, tenantId, content.templateId, input.channelId);
  if (!template) return refuse("template_not_approved", "The template no longer exists on this number.");
  if (template.status !== "APPROVED") return refuse("template_not_approved", `The template is ${template.status}; only approved templates can be sent.`);
  const mismatch = variableMismatch(template.variableCounts, content.variables);
  if (mismatch) return refuse("template_variables", mismatch);

  if (template.category.toUpperCase() === "MARKETING") {
    const consent = (await currentConsent(tx, tenantId, recipient.contactId, "marketing"))?.status ?? null;
    if (consent === "opted_out") return refuse("opted_out", "The customer opted out of marketing messages.");
    if (consent !== "opted_in") return refuse("no_marketing_consent", "The customer has not opted in to marketing messages.");
    if (recipientMarket(recipient.waId).country === "US") return refuse("131049", "Meta has paused marketing templates to US (+1) numbers.");
  }

  const outsideWindow = !window.open;
  if (outsideWindow) {
    const tier = parseMessagingTier(input.channelTier) ?? "TIER_250";
    const usage = await tierUsage(tx, tenantId, recipient.contactId, now);
    if (!canReachNewUser({ tier, uniqueUsersLast24h: usage.users, alreadyReached: usage.alreadyReached }))
      return refuse("tier_limit", `The messaging limit (${tier}) of new customers reached outside the window in 24 hours is used up.`);
  }
  return { ok: true, window, template, outsideWindow };
}
