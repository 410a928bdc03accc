import { purgeOldWebhookEvents, recordMaintenanceRun } from "@/lib/maintenance/retention";
import { inngest } from "../client";

/** Housekeeping across all workspaces, at 03:00 Madrid time when traffic is lowest. */
export const nightlyMaintenance = inngest.createFunction(
  { id: "nightly-maintenance", triggers: [{ cron: "TZ=Europe/Madrid 0 3 * * *" }] },
  async ({ step }) => {
    const purgedWebhookEvents = await step.run("purge-webhook-events", () => purgeOldWebhookEvents(new Date()));
    const counts = { purgedWebhookEvents };
    // A step of its own so a retry after a failed insert does not purge (and count) twice.
    await step.run("record-run", () => recordMaintenanceRun("nightly-maintenance", counts));
    return counts;
  },
);
