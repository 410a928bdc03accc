import { InngestTestEngine, mockCtx } from "@inngest/test";
import type { Context } from "inngest";
import { describe, expect, it, vi } from "vitest";
import { closeIfIdle as closeIfIdleInLib } from "@/lib/conversations/auto-close";
import { autoCloseConversation } from "./auto-close-conversation";

// Only the last test lets a step reach the library; the rest mock their step outputs.
vi.mock("@/lib/conversations/auto-close", () => ({ autoCloseHoursFor: vi.fn(), closeIfIdle: vi.fn(async () => ({ closed: true })) }));

const tenantId = "7b0d3c9e-1f2a-4c3b-8d4e-5f6a7b8c9d0e";
const conversationId = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
const trigger = { id: "evt-1", name: "hilo/message.received", data: { tenantId, conversationId }, ts: Date.UTC(2026, 0, 1, 9) };

/**
 * @inngest/test 1.0.0 cannot mock `waitForEvent` through `steps` under inngest 4.24 (the SDK
 * validates the mocked result as an event and rejects it), so the wait is swapped on the context.
 */
function engine(waitResult: unknown, closed = true, mockClose = true) {
  const waitForEvent = vi.fn(async () => waitResult);
  const closeIfIdle = vi.fn(() => ({ closed }));
  const t = new InngestTestEngine({
    function: autoCloseConversation,
    events: [trigger],
    steps: [
      { id: "load-settings", handler: () => 48 },
      ...(mockClose ? [{ id: "close-if-idle", handler: closeIfIdle }] : []),
    ],
    transformCtx: (ctx: Context.Any) => {
      const mocked = mockCtx(ctx);
      return { ...mocked, step: { ...mocked.step, waitForEvent } } as Context.Any;
    },
  });
  return { t, waitForEvent, closeIfIdle };
}

describe("conversation-auto-close", () => {
  it("a newer message during the wait leaves the conversation to that message's run", async () => {
    const { t, waitForEvent, closeIfIdle } = engine({ name: "hilo/message.received", data: { tenantId, conversationId }, id: "evt-2", ts: trigger.ts + 60_000 });
    const { result } = await t.execute();
    expect(result).toEqual({ outcome: "active" });
    expect(waitForEvent).toHaveBeenCalledWith("wait-for-activity", { event: "hilo/message.received", timeout: "48h", match: "data.conversationId" });
    expect(closeIfIdle).not.toHaveBeenCalled();
  });

  it("silence until the timeout closes the conversation", async () => {
    const { t, closeIfIdle } = engine(null);
    const { result } = await t.execute();
    expect(result).toEqual({ outcome: "closed" });
    expect(closeIfIdle).toHaveBeenCalledTimes(1);
  });

  it("a conversation closed in the meantime is reported as already handled", async () => {
    const { t } = engine(null, false);
    const { result } = await t.execute();
    expect(result).toEqual({ outcome: "already-handled" });
  });

  it("measures idleness from the triggering message, not from when the timer fires", async () => {
    const { t } = engine(null, true, false);
    const { result } = await t.execute();
    expect(result).toEqual({ outcome: "closed" });
    expect(closeIfIdleInLib).toHaveBeenCalledWith(tenantId, conversationId, new Date(trigger.ts));
  });
});
