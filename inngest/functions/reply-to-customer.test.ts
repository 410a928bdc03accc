import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it, vi } from "vitest";
import { runAssistantTurn } from "@/lib/ai/pipeline/run-turn";
import { replyToCustomer } from "./reply-to-customer";

vi.mock("@/lib/ai/pipeline/run-turn", () => ({ runAssistantTurn: vi.fn(async () => ({ outcome: "reply", intent: "greeting", turnId: "turn-1", action: null })) }));

const event = (data: Record<string, unknown>) => ({ name: "hilo/message.received" as const, data: { tenantId: "00000000-0000-4000-8000-000000000001", conversationId: "00000000-0000-4000-8000-000000000002", ...data } });

describe("reply-to-customer", () => {
  it("answers the message of the event through the assistant pipeline, in one step", async () => {
    const t = new InngestTestEngine({ function: replyToCustomer, events: [event({ messageId: "00000000-0000-4000-8000-000000000003" })] });
    const { result } = await t.execute();
    expect(result).toEqual({ outcome: "reply", intent: "greeting", turnId: "turn-1", action: null });
    expect(runAssistantTurn).toHaveBeenCalledWith({ tenantId: "00000000-0000-4000-8000-000000000001", conversationId: "00000000-0000-4000-8000-000000000002", inboundMessageId: "00000000-0000-4000-8000-000000000003" });
  });

  it("does nothing for an event without a message", async () => {
    vi.mocked(runAssistantTurn).mockClear();
    const t = new InngestTestEngine({ function: replyToCustomer, events: [event({})] });
    const { result } = await t.execute();
    expect(result).toEqual({ outcome: "silent", reason: "no message" });
    expect(runAssistantTurn).not.toHaveBeenCalled();
  });
});
