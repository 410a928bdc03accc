import { eventType, Inngest } from "inngest";
import { z } from "zod";

/**
 * The Inngest client. Where it sends events and who calls the functions is decided by the
 * environment only (never hard-coded):
 *   - nothing set, production → Inngest Cloud (INNGEST_SIGNING_KEY, INNGEST_EVENT_KEY);
 *   - INNGEST_BASE_URL → a self-hosted `inngest start`;
 *   - INNGEST_DEV=<url> → the Inngest Dev Server, or Hilo's offline executor (inngest/offline).
 */
export const inngest = new Inngest({ id: "hilo" });

const tenantScoped = { tenantId: z.uuid() };

/** Every event Hilo sends. Each payload carries the tenant it belongs to. */
export const events = {
  /** A customer's message was stored (webhook intake). */
  messageReceived: eventType("hilo/message.received", {
    schema: z.object({ ...tenantScoped, conversationId: z.uuid(), messageId: z.uuid().optional(), hasMedia: z.boolean().optional() }),
  }),
  /** An outbound message was queued (lib/messaging/queue-outbound.ts): the send-message workflow delivers it. */
  sendRequested: eventType("hilo/message.send.requested", {
    schema: z.object({ ...tenantScoped, messageId: z.uuid(), channelId: z.uuid() }),
  }),
  /** A message's delivery status moved forward (sent, delivered, read, played, failed). */
  messageStatus: eventType("hilo/message.status", {
    schema: z.object({ ...tenantScoped, messageId: z.uuid(), status: z.enum(["sent", "delivered", "read", "played", "failed"]), errorCode: z.string().nullable().optional() }),
  }),
  /** Someone closed a conversation by hand: pending idle timers for it stop. */
  conversationClosed: eventType("hilo/conversation.closed", {
    schema: z.object({ ...tenantScoped, conversationId: z.uuid(), by: z.enum(["agent", "bot", "system"]) }),
  }),
  /** An admin asked to check that background work runs (Settings → Workflows). */
  selfTestRequested: eventType("hilo/workflows.self-test.requested", {
    schema: z.object({ ...tenantScoped, requestedBy: z.uuid() }),
  }),
} as const;

export type HiloEventName = (typeof events)[keyof typeof events]["name"];
