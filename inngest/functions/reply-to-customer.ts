import { runAssistantTurn } from "@/lib/ai/pipeline/run-turn";
import { events, inngest } from "../client";

/**
 * The assistant's answer to a customer. One at a time per conversation, and debounced so three
 * quick messages get one answer (the run sees the last of them, and the transcript has them all).
 * Gate, tools, guardrails, send / draft / hand over and the record all happen in
 * `runAssistantTurn`; its writes commit together, so a retried step never sends twice: the send
 * events carry the queued rows' ids.
 */
export const replyToCustomer = inngest.createFunction(
  {
    id: "reply-to-customer",
    triggers: [events.messageReceived],
    concurrency: { key: "event.data.conversationId", limit: 1 },
    debounce: { key: "event.data.conversationId", period: "3s" },
    retries: 2,
  },
  async ({ event, step }) => {
    const { tenantId, conversationId, messageId } = event.data;
    if (!messageId) return { outcome: "silent", reason: "no message" };
    return step.run("answer", async () => {
      const result = await runAssistantTurn({ tenantId, conversationId, inboundMessageId: messageId });
      return { outcome: result.outcome, intent: result.intent, turnId: result.turnId, action: result.action };
    });
  },
);
