import { downloadInboundMedia } from "@/lib/media/download-inbound";
import { events, inngest } from "../client";

/** Keeps a copy of each inbound photo, voice note, video or document, with retries (see lib/media). */
export const downloadMedia = inngest.createFunction(
  { id: "download-media", triggers: [{ event: events.messageReceived.name, expression: "event.data.hasMedia == true" }], retries: 6, concurrency: { key: "event.data.tenantId", limit: 4 } },
  async ({ event, step }) => step.run("download", () => downloadInboundMedia(event.data.tenantId, String(event.data.messageId))),
);
