import type { Db } from "@/db/client";
import { handleMetaWebhook } from "../webhook/handle-meta-webhook";
import { unsafeFindWebhookChannel } from "../channels";
import { signMetaBody } from "../webhook/signature";

export type StatusDelivery = (channelId: string, rawBody: string, signature: string) => Promise<void>;

/** By default the simulator posts to the app's own intake, in-process, exactly as Meta would over HTTP. */
const deliverInProcess: StatusDelivery = async (channelId, raw, signature) => {
  await handleMetaWebhook(channelId, Buffer.from(raw), signature);
};

export function statusWebhook(phoneNumberId: string, to: string, wamid: string, status: "sent" | "delivered" | "read", at = new Date()) {
  return {
    object: "whatsapp_business_account",
    entry: [{ id: "SIMULATOR", changes: [{ field: "messages", value: { messaging_product: "whatsapp", metadata: { display_phone_number: "34600000000", phone_number_id: phoneNumberId }, statuses: [{ id: wamid, status, timestamp: String(Math.floor(at.getTime() / 1000)), recipient_id: to, ...(status === "sent" ? { pricing: { billable: true, pricing_model: "PMP", category: "service", type: "free_customer_service" } } : {}) }] } }] }],
  };
}

/** sent → delivered → read, a moment apart, like a customer glancing at their phone. Best effort. */
export function scheduleSimulatedStatuses(channelId: string, phoneNumberId: string, to: string, wamid: string, opts: { deliver?: StatusDelivery; db?: Db; delaysMs?: { sent: number; delivered: number; read: number } } = {}) {
  const deliver = opts.deliver ?? deliverInProcess;
  const delaysMs = opts.delaysMs ?? { sent: 200, delivered: 600, read: 1400 };
  for (const status of ["sent", "delivered", "read"] as const) {
    setTimeout(async () => {
      try {
        const channel = await unsafeFindWebhookChannel(channelId, opts.db);
        if (!channel?.appSecret) return;
        const raw = JSON.stringify(statusWebhook(phoneNumberId, to, wamid, status));
        await deliver(channelId, raw, signMetaBody(raw, channel.appSecret));
      } catch (e) {
        console.warn(`[simulator] status ${status} for ${wamid} not delivered`, e);
      }
    }, delaysMs[status]).unref?.();
  }
}
