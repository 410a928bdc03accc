import { recordSelfTest } from "@/lib/workflows/self-test";
import { events, inngest } from "../client";

/**
 * Settings → Workflows → "Run a test": a short durable workflow (a step, a sleep, a step) that an
 * admin can start to see background work actually running for their workspace.
 */
export const workflowSelfTest = inngest.createFunction(
  { id: "workflow-self-test", triggers: [events.selfTestRequested], concurrency: { key: "event.data.tenantId", limit: 1 } },
  async ({ event, runId, step }) => {
    const { tenantId, requestedBy } = event.data;
    await step.sleep("pause", "1s");
    return step.run("record", () => recordSelfTest(tenantId, requestedBy, runId));
  },
);
