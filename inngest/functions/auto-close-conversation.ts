import { autoCloseHoursFor, closeIfIdle } from "@/lib/conversations/auto-close";
import { events, inngest } from "../client";

const HOUR_MS = 60 * 60 * 1000;

/**
 * Closes a conversation that stays quiet for the tenant's auto-close period after a customer
 * message. Every message starts its own run, and the run of an older message bows out as soon
 * as a newer one arrives, so only the latest message's timer can close. The database check in
 * `closeIfIdle` is the backstop for a message that slipped in before the wait began.
 */
export const autoCloseConversation = inngest.createFunction(
  {
    id: "conversation-auto-close",
    triggers: [events.messageReceived],
    // Waiting runs hold no slot; this only keeps two closes of one conversation from overlapping.
    concurrency: { key: "event.data.conversationId", limit: 1 },
    cancelOn: [{ event: events.conversationClosed, if: "async.data.conversationId == event.data.conversationId" }],
  },
  async ({ event, step }) => {
    const { tenantId, conversationId } = event.data;
    const hours = await step.run("load-settings", () => autoCloseHoursFor(tenantId));

    const activity = await step.waitForEvent("wait-for-activity", {
      event: "hilo/message.received",
      timeout: `${hours}h`,
      match: "data.conversationId",
    });
    if (activity) return { outcome: "active" as const };

    const { closed } = await step.run("close-if-idle", () => {
      // The message that started this run is the last activity we know of. Inngest always
      // stamps `ts`; without it, fall back to "quiet for the whole period until now".
      const idleSince = new Date(event.ts ?? Date.now() - hours * HOUR_MS);
      return closeIfIdle(tenantId, conversationId, idleSince);
    });
    return { outcome: closed ? ("closed" as const) : ("already-handled" as const) };
  },
);
