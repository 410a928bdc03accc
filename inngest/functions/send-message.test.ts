import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it, vi } from "vitest";
import { deliverOutbound } from "@/lib/messaging/deliver-outbound";
import { sendMessage } from "./send-message";

// No database, no provider: the library behind the step is a spy.
vi.mock("@/lib/messaging/deliver-outbound", () => ({ deliverOutbound: vi.fn(), markOutboundFailed: vi.fn() }));
vi.mock("@/db/client", () => ({ getDb: () => ({}) }));

const event = { name: "hilo/message.send.requested", data: { tenantId: "00000000-0000-4000-8000-000000000001", messageId: "00000000-0000-4000-8000-000000000002", channelId: "00000000-0000-4000-8000-000000000003" } };

describe("send-message", () => {
  it("delivers the queued message and returns the provider's answer", async () => {
    vi.mocked(deliverOutbound).mockResolvedValueOnce({ status: "accepted", wamid: "wamid.X" });
    const { result } = await new InngestTestEngine({ function: sendMessage, events: [event] }).execute();
    expect(result).toEqual({ status: "accepted", wamid: "wamid.X" });
    expect(deliverOutbound).toHaveBeenCalledWith(event.data.tenantId, event.data.messageId);
  });

  it("a permanent failure (window closed) is a result, not a retry", async () => {
    vi.mocked(deliverOutbound).mockResolvedValueOnce({ status: "failed", code: "131047", reason: "window_closed" });
    const { result } = await new InngestTestEngine({ function: sendMessage, events: [event] }).execute();
    expect(result).toEqual({ status: "failed", code: "131047", reason: "window_closed" });
  });

  it("a retriable provider error makes the step fail so Inngest retries it later", async () => {
    vi.mocked(deliverOutbound).mockResolvedValueOnce({ status: "retry", code: "130429", reason: "rate_limited", retryAfterMs: 2000 });
    const { error } = await new InngestTestEngine({ function: sendMessage, events: [event] }).execute();
    expect(String((error as Error)?.message ?? error)).toMatch(/provider asked to retry \(130429 rate_limited\)/);
  });
});
