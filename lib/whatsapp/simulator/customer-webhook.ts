import { signMetaBody } from "../webhook/signature";
import { buildInboundMessage, type SimulatedInbound } from "./inbound-builders";

export type { SimulatedContactCard, SimulatedInbound, SimulatedMediaKind, SimulatedOrderItem } from "./inbound-builders";

export type SimulatedCustomer = { waId: string; name: string };

let seq = 0;
/** A wamid shaped like Meta's, unique per simulated message. */
export const simulatedWamid = () => `wamid.SIM${Date.now().toString(36)}${(seq++).toString(36)}${Math.random().toString(36).slice(2, 8)}`.toUpperCase().replace("WAMID.", "wamid.");

/**
 * The webhook Meta would post for this customer message, in the Cloud API envelope: the simulator
 * goes through the same intake (signature, parsing, persistence) as a real number. Every inbound
 * type is covered (inbound-builders.ts); `wabaId` is the envelope's `entry[].id`.
 */
export function buildInboundWebhook(phoneNumberId: string, displayPhoneNumber: string, customer: SimulatedCustomer, message: SimulatedInbound, wamid = simulatedWamid(), at = new Date(), wabaId = "SIMULATOR") {
  const business = displayPhoneNumber.replace(/\D/g, "");
  const body = buildInboundMessage(message, { from: customer.waId, id: wamid, timestamp: String(Math.floor(at.getTime() / 1000)) }, business);
  return {
    object: "whatsapp_business_account",
    entry: [{ id: wabaId, changes: [{ field: "messages", value: { messaging_product: "whatsapp", metadata: { display_phone_number: business, phone_number_id: phoneNumberId }, contacts: [{ profile: { name: customer.name }, wa_id: customer.waId }], messages: [body] } }] }],
  };
}

/** Posts a signed webhook to the app's own intake URL, as Meta would. Returns the HTTP status. */
export async function postSignedWebhook(url: string, appSecret: string, payload: unknown): Promise<number> {
  const raw = JSON.stringify(payload);
  const res = await fetch(url, { method: "POST", body: raw, headers: { "content-type": "application/json", "x-hub-signature-256": signMetaBody(raw, appSecret) }, signal: AbortSignal.timeout(30_000) });
  await res.arrayBuffer();
  return res.status;
}
