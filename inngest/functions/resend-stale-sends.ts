import { unsafeFindStaleSends } from "@/lib/messaging/stale-sends";
import { inngest } from "../client";

/** Every 10 minutes: sends whose workflow never started (the event was lost) are requested again. */
export const resendStaleSends = inngest.createFunction({ id: "resend-stale-sends", triggers: [{ cron: "*/10 * * * *" }] }, async ({ step }) => {
  const events = await step.run("find-stale-sends", () => unsafeFindStaleSends(new Date()));
  if (events.length) await step.sendEvent("request-sends", events);
  return { requested: events.length };
});
