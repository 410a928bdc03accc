import { checkChannelHealth } from "@/lib/whatsapp/channel-health";
import { unsafeListChannelsForHealthCheck } from "@/lib/whatsapp/channel-health-queries";
import { inngest } from "../client";

/**
 * Every 6 hours, checks the connection of every real WhatsApp number of every workspace, so an
 * expired token or a deleted number shows up as an owners' banner before customers notice. One
 * step per channel: a retry re-checks only the channel whose step failed, and one workspace's
 * broken number never stops the others' checks (checkChannelHealth reports, it does not throw).
 */
export const channelHealthCheck = inngest.createFunction(
  { id: "channel-health-check", triggers: [{ cron: "TZ=Europe/Madrid 0 */6 * * *" }], concurrency: { limit: 1 } },
  async ({ step }) => {
    const targets = await step.run("list-channels", () => unsafeListChannelsForHealthCheck());
    const counts: Record<string, number> = {};
    for (const { tenantId, channelId } of targets) {
      const report = await step.run(`check-${channelId}`, async () => {
        const r = await checkChannelHealth(tenantId, channelId);
        return r ? { outcome: r.outcome, status: r.status } : null;
      });
      const key = report?.outcome ?? "gone";
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return { checked: targets.length, outcomes: counts };
  },
);
