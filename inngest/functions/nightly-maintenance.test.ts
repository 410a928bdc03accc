import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it, vi } from "vitest";
import { recordMaintenanceRun } from "@/lib/maintenance/retention";
import { nightlyMaintenance } from "./nightly-maintenance";

// No database: the purge step's output is mocked, and the library behind the record step is a spy.
vi.mock("@/lib/maintenance/retention", () => ({ purgeOldWebhookEvents: vi.fn(), recordMaintenanceRun: vi.fn(async () => ({ id: "run-1" })) }));

const cronEvent = { name: "inngest/scheduled.timer", data: { cron: "TZ=Europe/Madrid 0 3 * * *" } };

describe("nightly-maintenance", () => {
  it("returns the counts and records the run with the purge's own count", async () => {
    const t = new InngestTestEngine({
      function: nightlyMaintenance,
      events: [cronEvent],
      steps: [{ id: "purge-webhook-events", handler: () => 17 }],
    });
    const { result } = await t.execute();
    expect(result).toEqual({ purgedWebhookEvents: 17 });
    expect(recordMaintenanceRun).toHaveBeenCalledExactlyOnceWith("nightly-maintenance", { purgedWebhookEvents: 17 });
  });

  it("with every step mocked, touches nothing and still reports", async () => {
    const recordRun = vi.fn(() => ({ id: "run-2" }));
    const t = new InngestTestEngine({
      function: nightlyMaintenance,
      events: [cronEvent],
      steps: [
        { id: "purge-webhook-events", handler: () => 0 },
        { id: "record-run", handler: recordRun },
      ],
    });
    const { result } = await t.execute();
    expect(result).toEqual({ purgedWebhookEvents: 0 });
    expect(recordRun).toHaveBeenCalledTimes(1);
  });
});
