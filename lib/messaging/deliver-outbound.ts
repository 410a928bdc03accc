import { and, eq, isNull } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { channels, contacts, conversations, messages } from "@/db/schema";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { findChannelForSending } from "@/lib/whatsapp/channels";
import { providerFor } from "@/lib/whatsapp/providers";
import { ProviderError } from "@/lib/whatsapp/providers/provider-error";
import { localSimulatorBaseUrl } from "@/lib/whatsapp/providers/simulator-url";
import type { FetchLike } from "@/lib/whatsapp/providers/types";
import { classifySendError } from "@/lib/whatsapp/rules/error-codes";
import { recipientMarket } from "@/lib/whatsapp/rules/market";
import { estimateCost, type PricingCategory } from "@/lib/whatsapp/rules/pricing";
import { buildOutbound } from "./build-outbound";
import { applyFailureSideEffects } from "./failure-side-effects";
import type { QueuedContent } from "./outbound-content";
import { checkRateGates } from "./rate-gates";
import { checkSendGates } from "./send-gates";

export type DeliveryOutcome =
  | { status: "accepted"; wamid: string }
  | { status: "already_sent"; wamid: string }
  | { status: "failed"; code: string; reason: string }
  | { status: "retry"; code: string; reason: string; retryAfterMs?: number };

/** Where simulator channels send: this app's own simulator Graph API, on loopback. */
export const simulatorBaseUrl = localSimulatorBaseUrl;

async function markFailed(db: Db, tenantId: string, messageId: string, code: string, details: string) {
  await withTenant(tenantId, (tx) => tx.update(messages).set({ status: "failed", failedAt: new Date(), errorCode: code, errorDetails: details }).where(and(eq(messages.tenantId, tenantId), eq(messages.id, messageId))), db);
}

/** A row queued before contents were stored (plain text) still sends as text. */
const contentOf = (m: typeof messages.$inferSelect): QueuedContent => (m.content?.outbound as QueuedContent | undefined) ?? { kind: "text", body: m.body ?? "" };

async function load(db: Db, tenantId: string, messageId: string) {
  return withTenant(
    tenantId,
    async (tx) => {
      const [row] = await tx
        .select({
          message: messages,
          contactId: contacts.id,
          waId: contacts.waId,
          lastInboundAt: contacts.lastInboundAt,
          conversation: { referral: conversations.referral, createdAt: conversations.createdAt, firstResponseAt: conversations.firstResponseAt },
          tier: channels.messagingTier,
          throughputMps: channels.throughputMps,
        })
        .from(messages)
        .innerJoin(conversations, and(eq(conversations.id, messages.conversationId), eq(conversations.tenantId, messages.tenantId)))
        .innerJoin(contacts, and(eq(contacts.id, conversations.contactId), eq(contacts.tenantId, conversations.tenantId)))
        .innerJoin(channels, and(eq(channels.id, messages.channelId), eq(channels.tenantId, messages.tenantId)))
        .where(and(eq(messages.tenantId, tenantId), eq(messages.id, messageId)));
      return row ? { ...row, channel: await findChannelForSending(tx, tenantId, row.message.channelId) } : null;
    },
    db,
  );
}

/**
 * Sends one queued outbound message through its channel's provider, inside Meta's rules
 * (lib/messaging/send-gates: window, templates, marketing consent, messaging tier; then
 * lib/messaging/rate-gates: throughput and pair rate). A refusal by the rules fails the message at
 * once with a code the inbox explains, without calling the provider. Safe to repeat: a message
 * that already has a wamid is not sent again. Retriable errors (ours or the provider's) come back
 * as `retry` for the workflow to back off.
 */
export async function deliverOutbound(tenantId: string, messageId: string, deps: { db?: Db; fetch?: FetchLike; simulatorUrl?: string; now?: Date } = {}): Promise<DeliveryOutcome> {
  const db = deps.db ?? getDb();
  const now = deps.now ?? new Date();
  const loaded = await load(db, tenantId, messageId);
  if (!loaded || !loaded.channel) return { status: "failed", code: "not_found", reason: "message or channel no longer exists" };
  const { message, channel } = loaded;
  if (message.wamid) return { status: "already_sent", wamid: message.wamid };
  if (message.status === "failed") return { status: "failed", code: message.errorCode ?? "failed", reason: "already failed" };

  const content = contentOf(message);
  const recipient = { contactId: loaded.contactId, waId: loaded.waId, lastInboundAt: loaded.lastInboundAt };
  const verdict = await withTenant(tenantId, (tx) => checkSendGates(tx, { tenantId, channelId: channel.id, channelTier: loaded.tier, content, recipient, conversation: loaded.conversation, now }), db);
  if (!verdict.ok) {
    await markFailed(db, tenantId, messageId, verdict.code, verdict.details);
    return { status: "failed", code: verdict.code, reason: verdict.details };
  }
  const rate = checkRateGates({ channelId: channel.id, throughputMps: loaded.throughputMps, waId: loaded.waId, now });
  if (!rate.allowed) return { status: "retry", code: rate.code, reason: rate.code === "130429" ? "throughput" : "pair_rate", retryAfterMs: rate.retryAfterMs };

  try {
    const provider = providerFor(channel, { baseUrlOverride: channel.provider === "simulator" ? (deps.simulatorUrl ?? simulatorBaseUrl()) : undefined, fetch: deps.fetch });
    const outbound = await buildOutbound(content, { provider, template: verdict.template });
    const { wamid } = await provider.send(loaded.waId, outbound, { idempotencyKey: messageId, template: verdict.template?.variableCounts });
    // The estimate is refined by the status webhook's pricing.
    const category: PricingCategory = verdict.template ? (verdict.template.category.toLowerCase() as PricingCategory) : "service";
    const cost = estimateCost({ category, market: recipientMarket(loaded.waId).market, at: now, insideServiceWindow: verdict.window.open, freeEntryPoint: verdict.window.kind === "free_entry_point" });
    await withTenant(
      tenantId,
      async (tx) => {
        await tx
          .update(messages)
          .set({ wamid, sentAt: now, outsideWindow: verdict.outsideWindow, pricingCategory: cost.category, billable: cost.billable, costMicros: cost.costMicros, currency: cost.currency })
          .where(and(eq(messages.tenantId, tenantId), eq(messages.id, messageId)));
        await tx.update(conversations).set({ firstResponseAt: now }).where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, message.conversationId), isNull(conversations.firstResponseAt)));
      },
      db,
    );
    return { status: "accepted", wamid };
  } catch (e) {
    if (!(e instanceof ProviderError)) throw e;
    const classified = classifySendError(e.code, e.httpStatus || undefined);
    if (classified.action === "retry") return { status: "retry", code: String(e.code), reason: classified.reason, retryAfterMs: e.retryAfterMs ?? classified.retryAfterMs };
    await markFailed(db, tenantId, messageId, String(e.code), `${e.title}${e.details ? `: ${e.details}` : ""}`);
    await applyFailureSideEffects(db, tenantId, { channelId: channel.id, contactId: loaded.contactId }, e.code);
    return { status: "failed", code: String(e.code), reason: classified.reason };
  }
}

export { markFailed as markOutboundFailed };
