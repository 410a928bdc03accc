import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { channels, contacts } from "@/db/schema";
import { windowState } from "../rules/window";
import { simulatedWamid } from "./customer-webhook";
import { scheduleSimulatedStatuses, type StatusDelivery } from "./status-webhooks";

export type GraphResponse = { status: number; body: unknown };

const graphError = (status: number, code: number, message: string, details: string): GraphResponse => ({
  status,
  body: { error: { message: `(#${code}) ${message}`, type: "OAuthException", code, error_data: { messaging_product: "whatsapp", details }, fbtrace_id: `SIM${Date.now().toString(36)}` } },
});

/**
 * The part of Meta's Graph API a `simulator` channel talks to, answering like Meta (same paths,
 * bodies and error codes), so the real Meta client code runs against it. It refuses free-form
 * messages outside the 24-hour window (131047) and templates it does not know (132001), and
 * afterwards reports sent → delivered → read through signed status webhooks.
 */
export async function handleSimulatorGraph(method: string, path: string[], headers: Headers, body: unknown, deps: { db?: Db; deliver?: StatusDelivery; now?: Date } = {}): Promise<GraphResponse> {
  const db = deps.db ?? getDb();
  if (!/^Bearer \S+/.test(headers.get("authorization") ?? "")) return graphError(401, 190, "Invalid OAuth access token", "An access token is required.");
  const [version, phoneNumberId, edge] = path;
  if (method !== "POST" || !/^v\d+\.\d+$/.test(version ?? "") || edge !== "messages" || !phoneNumberId) return graphError(400, 100, "Unsupported request", `The simulator does not implement ${method} /${path.join("/")}`);
  // What authorizes this lookup: a simulator number id, only ever reachable from this app's own sends.
  const [channel] = await db.select({ id: channels.id, tenantId: channels.tenantId }).from(channels).where(and(eq(channels.provider, "simulator"), eq(channels.phoneNumberId, phoneNumberId)));
  if (!channel) return graphError(400, 100, "Invalid parameter", `Unknown phone number id ${phoneNumberId}`);

  const msg = (body ?? {}) as { messaging_product?: string; to?: string; type?: string; status?: string; message_id?: string; template?: { name?: string } };
  if (msg.messaging_product !== "whatsapp") return graphError(400, 100, "Invalid parameter", "messaging_product must be whatsapp");
  if (msg.status === "read" && msg.message_id) return { status: 200, body: { success: true } };
  if (!msg.to || !msg.type) return graphError(400, 100, "Invalid parameter", "to and type are required");
  if (msg.type === "template") return graphError(404, 132001, "Template name does not exist in the translation", `template ${msg.template?.name ?? "?"} does not exist in the simulator`);

  const [contact] = await db.select({ lastInboundAt: contacts.lastInboundAt }).from(contacts).where(and(eq(contacts.tenantId, channel.tenantId), eq(contacts.waId, msg.to)));
  if (!windowState({ lastInboundAt: contact?.lastInboundAt ?? null, now: deps.now ?? new Date() }).open)
    return graphError(400, 131047, "Re-engagement message", "Message failed to send because more than 24 hours have passed since the customer last replied to this number.");

  const wamid = simulatedWamid();
  scheduleSimulatedStatuses(channel.id, phoneNumberId, msg.to, wamid, { deliver: deps.deliver, db });
  return { status: 200, body: { messaging_product: "whatsapp", contacts: [{ input: msg.to, wa_id: msg.to }], messages: [{ id: wamid }] } };
}
