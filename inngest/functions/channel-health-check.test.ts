import { InngestTestEngine } from "@inngest/test";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { checkChannelHealth } from "@/lib/whatsapp/channel-health";
import { channelHealthCheck } from "./channel-health-check";

// No database or provider: the listing is a step output, and the check behind each step is a spy.
vi.mock("@/lib/whatsapp/channel-health-queries", () => ({ unsafeListChannelsForHealthCheck: vi.fn() }));
vi.mock("@/lib/whatsapp/channel-health", () => ({ checkChannelHealth: vi.fn() }));

const cronEvent = { name: "inngest/scheduled.timer", data: { cron: "TZ=Europe/Madrid 0 */6 * * *" } };
const tenantA = "7b0d3c9e-1f2a-4c3b-8d4e-5f6a7b8c9d0e";
const tenantB = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const channels = [
  { tenantId: tenantA, channelId: "11111111-1111-4111-8111-111111111111" },
  { tenantId: tenantA, channelId: "22222222-2222-4222-8222-222222222222" },
  { tenantId: tenantB, channelId: "33333333-3333-4333-8333-333333333333" },
];

beforeEach(() => {
  vi.mocked(checkChannelHealth).mockReset();
});

describe("channel-health-check", () => {
  it("is a cron every 6 hours, Madrid time", () => {
    expect(JSON.stringify(channelHealthCheck.opts.triggers)).toContain("TZ=Europe/Madrid 0 */6 * * *");
  });

  it("checks each listed channel in its own step, with the channel's own tenant, and counts the outcomes", async () => {
    const outcomes = { [channels[0].channelId]: "ok", [channels[1].channelId]: "token_expired", [channels[2].channelId]: "ok" } as const;
    vi.mocked(checkChannelHealth).mockImplementation(async (_tenantId, channelId) => ({ outcome: outcomes[channelId], status: outcomes[channelId] === "ok" ? "active" : "error" }) as never);
    const t = new InngestTestEngine({ function: channelHealthCheck, events: [cronEvent], steps: [{ id: "list-channels", handler: () => channels }] });
    const { result } = await t.execute();
    expect(result).toEqual({ checked: 3, outcomes: { ok: 2, token_expired: 1 } });
    expect(vi.mocked(checkChannelHealth).mock.calls.map(([tenantId, channelId]) => [tenantId, channelId])).toEqual(channels.map((c) => [c.tenantId, c.channelId]));
  });

  it("a channel deleted between listing and checking is counted as gone, and the others still run", async () => {
    vi.mocked(checkChannelHealth).mockImplementation(async (_tenantId, channelId) => (channelId === channels[1].channelId ? null : ({ outcome: "unreachable", status: "active" } as never)));
    const t = new InngestTestEngine({ function: channelHealthCheck, events: [cronEvent], steps: [{ id: "list-channels", handler: () => channels }] });
    const { result } = await t.execute();
    expect(result).toEqual({ checked: 3, outcomes: { unreachable: 2, gone: 1 } });
    expect(checkChannelHealth).toHaveBeenCalledTimes(3);
  });

  it("with no real numbers anywhere, checks nothing", async () => {
    const t = new InngestTestEngine({ function: channelHealthCheck, events: [cronEvent], steps: [{ id: "list-channels", handler: () => [] }] });
    const { result } = await t.execute();
    expect(result).toEqual({ checked: 0, outcomes: {} });
    expect(checkChannelHealth).not.toHaveBeenCalled();
  });
});
