import { RetryAfterError } from "inngest";
import { deliverOutbound, markOutboundFailed } from "@/lib/messaging/deliver-outbound";
import { getDb } from "@/db/client";
import { events, inngest } from "../client";

/**
 * Delivers one queued outbound message. One run per message (the event id is derived from it);
 * at most a few sends per channel at once; retriable provider errors back off (honouring
 * Retry-After), permanent ones mark the message failed; when retries run out it is marked failed too.
 */
export const sendMessage = inngest.createFunction(
  {
    id: "send-message",
    triggers: [events.sendRequested],
    concurrency: { key: "event.data.channelId", limit: 10 },
    retries: 5,
    onFailure: async ({ event }) => {
      const { tenantId, messageId } = event.data.event.data as { tenantId: string; messageId: string };
      await markOutboundFailed(getDb(), tenantId, messageId, "send_failed", "Could not be delivered after several attempts.");
    },
  },
  async ({ event, step }) => {
    const outcome = await step.run("deliver", async () => {
      const result = await deliverOutbound(event.data.tenantId, event.data.messageId);
      if (result.status === "retry") {
        const wait = result.retryAfterMs ? new Date(Date.now() + result.retryAfterMs) : "30s";
        throw new RetryAfterError(`provider asked to retry (${result.code} ${result.reason})`, wait);
      }
      return result;
    });
    return outcome;
  },
);
