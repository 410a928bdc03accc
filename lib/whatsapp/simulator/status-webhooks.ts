import type { Db } from "@/db/client";
import { handleMetaWebhook } from "../webhook/handle-meta-webhook";
import { unsafeFindWebhookChannel } from "../channels";
import { signMetaBody } from "../webhook/signature";

/** How the simulator hands a signed webhook (statuses, template verdicts) to a channel's intake. */
export type StatusDelivery = (channelId: string, rawBody: string, signature: string) => Promise<void>;

/** By default the simulator posts to the app's own intake, in-process, exactly as Meta would over HTTP. */
export const deliverInProcess: StatusDelivery = async (channelId, raw, signature) => {
  const res = await handleMetaWebhook(channelId, Buffer.from(raw), signature);
  // Meta would retry anything but a 200; the simulator only reports it.
  if (res.status !== 200) throw new Error(`intake answered ${res.status}: ${JSON.stringify(res.body)}`);
};

/** What Meta bills a message as, reported on its `sent` status (fact sheet §3). */
export type SimulatedPricing = { billable: boolean; category: string; type: "regular" | "free_customer_service" | "free_entry_point" };

/** A free-form reply inside the window, as the simulator has always reported it. */
const SERVICE_PRICING: SimulatedPricing = { billable: true, category: "service", type: "free_customer_service" };

export type StatusExtras = { pricing?: SimulatedPricing; bizOpaqueCallbackData?: string };

export function statusWebhook(phoneNumberId: string, to: string, wamid: string, status: "sent" | "delivered" | "read", at = new Date(), extras: StatusExtras = {}) {
  const pricing = extras.pricing ?? SERVICE_PRICING;
  const statusObject = {
    id: wamid,
    status,
    timestamp: String(Math.floor(at.getTime() / 1000)),
    recipient_id: to,
    ...(status === "sent" ? { pricing: { billable: pricing.billable, pricing_model: "PMP", category: pricing.category, type: pricing.type } } : {}),
    ...(extras.bizOpaqueCallbackData !== undefined ? { biz_opaque_callback_data: extras.bizOpaqueCallbackData } : {}),
  };
  return {
    object: "whatsapp_business_account",
    entry: [{ id: "SIMULATOR", changes: [{ field: "messages", value: { messaging_product: "whatsapp", metadata: { display_phone_number: "34600000000", phone_number_id: phoneNumberId }, statuses: [statusObject] } }] }],
  };
}

/** sent → delivered → read, a moment apart, like a customer glancing at their phone. Best effort. */
export function scheduleSimulatedStatuses(
  channelId: string,
  phoneNumberId: string,
  to: string,
  wamid: string,
  opts: { deliver?: StatusDelivery; db?: Db; delaysMs?: { sent: number; delivered: number; read: number } } & StatusExtras = {},
) {
  const deliver = opts.deliver ?? deliverInProcess;
  const delaysMs = opts.delaysMs ?? { sent: 200, delivered: 600, read: 1400 };
  for (const status of ["sent", "delivered", "read"] as const) {
    setTimeout(async () => {
      try {
        const channel = await unsafeFindWebhookChannel(channelId, opts.db);
        if (!channel?.appSecret) return;
        const raw = JSON.stringify(statusWebhook(phoneNumberId, to, wamid, status, new Date(), { pricing: opts.pricing, bizOpaqueCallbackData: opts.bizOpaqueCallbackData }));
        await deliver(channelId, raw, signMetaBody(raw, channel.appSecret));
      } catch (e) {
        console.warn(`[simulator] status ${status} for ${wamid} not delivered`, e);
      }
    }, delaysMs[status]).unref?.();
  }
}

/** A `failed` status for an accepted message, with Meta's error object, a moment after the send. */
export function failedStatusWebhook(phoneNumberId: string, to: string, wamid: string, error: { code: number; title: string; message: string; error_data: { details: string } }, at = new Date()) {
  return {
    object: "whatsapp_business_account",
    entry: [{ id: "SIMULATOR", changes: [{ field: "messages", value: { messaging_product: "whatsapp", metadata: { display_phone_number: "34600000000", phone_number_id: phoneNumberId }, statuses: [{ id: wamid, status: "failed", timestamp: String(Math.floor(at.getTime() / 1000)), recipient_id: to, errors: [error] }] } }] }],
  };
}

export function scheduleSimulatedFailure(channelId: string, phoneNumberId: string, to: string, wamid: string, error: Parameters<typeof failedStatusWebhook>[3], opts: { deliver?: StatusDelivery; db?: Db; delayMs?: number } = {}) {
  const deliver = opts.deliver ?? deliverInProcess;
  setTimeout(async () => {
    try {
      const channel = await unsafeFindWebhookChannel(channelId, opts.db);
      if (!channel?.appSecret) return;
      const raw = JSON.stringify(failedStatusWebhook(phoneNumberId, to, wamid, error));
      await deliver(channelId, raw, signMetaBody(raw, channel.appSecret));
    } catch (e) {
      console.warn(`[simulator] failed status for ${wamid} not delivered`, e);
    }
  }, opts.delayMs ?? 300).unref?.();
}
