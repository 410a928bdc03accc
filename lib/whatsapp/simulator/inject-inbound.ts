import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { channels } from "@/db/schema";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { unsafeFindWebhookChannel } from "../channels";
import { handleMetaWebhook, type WebhookDeps } from "../webhook/handle-meta-webhook";
import { signMetaBody } from "../webhook/signature";
import { buildInboundWebhook, simulatedWamid } from "./customer-webhook";
import { SIMULATED_MEDIA_KINDS, type SimulatedInbound, type SimulatedMediaKind } from "./inbound-builders";
import { storeSimulatorMedia } from "./media-store";

/** A media message given as bytes: stored in the simulator first, then referenced by id. */
export type InboundMediaUpload = { type: SimulatedMediaKind; dataBase64: string; mimeType: string; filename?: string; caption?: string; voice?: boolean; animated?: boolean };

export type InboundInjection = {
  channelId: string;
  /** The customer's wa_id (digits). */
  from: string;
  name?: string;
  message: SimulatedInbound | InboundMediaUpload;
  /** Fixed wamid (to test redelivery); a new one by default. */
  wamid?: string;
};

export type InjectionResult =
  | { ok: true; status: number; body: Record<string, unknown>; wamid: string; mediaId?: string }
  | { ok: false; status: 404; error: string };

const isUpload = (m: InboundInjection["message"]): m is InboundMediaUpload => (SIMULATED_MEDIA_KINDS as readonly string[]).includes(m.type) && "dataBase64" in m;

/**
 * A customer message on a simulator number, delivered as Meta would deliver it: the Cloud API
 * webhook, signed with the channel's app secret, through the real intake (handleMetaWebhook). For
 * tests and load tests (POST /api/simulator/control/inbound). Only simulator channels take it.
 */
export async function injectSimulatedInbound(input: InboundInjection, deps: Pick<WebhookDeps, "db" | "emit"> & { now?: Date } = {}): Promise<InjectionResult> {
  const db: Db = deps.db ?? getDb();
  const channel = await unsafeFindWebhookChannel(input.channelId, db);
  if (!channel || channel.provider !== "simulator" || !channel.appSecret || !channel.phoneNumberId) return { ok: false, status: 404, error: "no simulator channel with that id" };
  const [number] = await withTenant(
    channel.tenantId,
    (tx) => tx.select({ display: channels.displayPhoneNumber, wabaId: channels.wabaId }).from(channels).where(and(eq(channels.tenantId, channel.tenantId), eq(channels.id, channel.id))),
    db,
  );

  let message: SimulatedInbound;
  let mediaId: string | undefined;
  if (isUpload(input.message)) {
    const { dataBase64, ...rest } = input.message;
    const bytes = new Uint8Array(Buffer.from(dataBase64, "base64"));
    mediaId = await storeSimulatorMedia(db, { tenantId: channel.tenantId, phoneNumberId: channel.phoneNumberId, bytes, mimeType: rest.mimeType, filename: rest.filename });
    message = { ...rest, mediaId, sha256: createHash("sha256").update(bytes).digest("hex") };
  } else {
    message = input.message;
  }

  const wamid = input.wamid ?? simulatedWamid();
  const customer = { waId: input.from.replace(/^\+/, ""), name: input.name ?? input.from };
  const payload = buildInboundWebhook(channel.phoneNumberId, number?.display ?? "34600000000", customer, message, wamid, deps.now ?? new Date(), number?.wabaId ?? channel.phoneNumberId);
  const raw = JSON.stringify(payload);
  const res = await handleMetaWebhook(channel.id, Buffer.from(raw), signMetaBody(raw, channel.appSecret), { db, emit: deps.emit });
  return { ok: true, status: res.status, body: res.body, wamid, ...(mediaId ? { mediaId } : {}) };
}
