import { signMetaBody } from "../webhook/signature";

/** What a simulated customer can send from the test phone. */
export type SimulatedInbound =
  | { type: "text"; text: string }
  | { type: "location"; latitude: number; longitude: number; name?: string }
  | { type: "button_reply"; id: string; title: string; replyTo: string };

export type SimulatedCustomer = { waId: string; name: string };

let seq = 0;
/** A wamid shaped like Meta's, unique per simulated message. */
export const simulatedWamid = () => `wamid.SIM${Date.now().toString(36)}${(seq++).toString(36)}${Math.random().toString(36).slice(2, 8)}`.toUpperCase().replace("WAMID.", "wamid.");

/**
 * The webhook Meta would post for this customer message, in the Cloud API envelope: the simulator
 * goes through the same intake (signature, parsing, persistence) as a real number.
 */
export function buildInboundWebhook(phoneNumberId: string, displayPhoneNumber: string, customer: SimulatedCustomer, message: SimulatedInbound, wamid = simulatedWamid(), at = new Date()) {
  const base = { from: customer.waId, id: wamid, timestamp: String(Math.floor(at.getTime() / 1000)) };
  const body =
    message.type === "text"
      ? { ...base, type: "text", text: { body: message.text } }
      : message.type === "location"
        ? { ...base, type: "location", location: { latitude: message.latitude, longitude: message.longitude, ...(message.name ? { name: message.name } : {}) } }
        : { ...base, type: "interactive", context: { from: displayPhoneNumber.replace(/\D/g, ""), id: message.replyTo }, interactive: { type: "button_reply", button_reply: { id: message.id, title: message.title } } };
  return {
    object: "whatsapp_business_account",
    entry: [{ id: "SIMULATOR", changes: [{ field: "messages", value: { messaging_product: "whatsapp", metadata: { display_phone_number: displayPhoneNumber.replace(/\D/g, ""), phone_number_id: phoneNumberId }, contacts: [{ profile: { name: customer.name }, wa_id: customer.waId }], messages: [body] } }] }],
  };
}

/** Posts a signed webhook to the app's own intake URL, as Meta would. Returns the HTTP status. */
export async function postSignedWebhook(url: string, appSecret: string, payload: unknown): Promise<number> {
  const raw = JSON.stringify(payload);
  const res = await fetch(url, { method: "POST", body: raw, headers: { "content-type": "application/json", "x-hub-signature-256": signMetaBody(raw, appSecret) }, signal: AbortSignal.timeout(30_000) });
  await res.arrayBuffer();
  return res.status;
}
