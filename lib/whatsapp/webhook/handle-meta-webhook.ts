import { ZodError } from "zod";
import { getDb, type Db } from "@/db/client";
import { webhookEvents } from "@/db/schema";
import { inngest } from "@/inngest/client";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { unsafeFindWebhookChannel } from "../channels";
import { normalizeMetaWebhook } from "./normalize";
import { commitAndEmit, type OutgoingEvent } from "./commit-and-emit";
import { securityLog } from "./security-log";
import { authenticateWebhook, type WebhookCredentials } from "./authenticate";

export type { OutgoingEvent };
export type WebhookDeps = { db?: Db; emit?: (events: OutgoingEvent[]) => Promise<void>; credentials?: Omit<WebhookCredentials, "hubSignature"> };
export type WebhookResponse = { status: number; body: Record<string, unknown> };

export const sendToInngest = async (events: OutgoingEvent[]) => {
  await inngest.send(events as never);
};

/**
 * POST /api/webhooks/whatsapp/[channelId] (Meta Cloud API and 360dialog). 200 only once the data is
 * committed and its workflow events accepted; a forged body gets 401 and leaves nothing; any failure
 * is a 5xx so Meta retries — and a retry stores nothing twice (unique wamid) and re-emits only
 * events not yet accepted (event ids derived from the wamid, so Inngest drops duplicates anyway).
 */
export async function handleMetaWebhook(channelId: string, rawBody: Uint8Array, signature: string | null, deps: WebhookDeps = {}): Promise<WebhookResponse> {
  const db = deps.db ?? getDb();
  const emit = deps.emit ?? sendToInngest;
  const channel = await unsafeFindWebhookChannel(channelId, db);
  if (!channel) return { status: 404, body: { error: "unknown channel" } };
  if (!authenticateWebhook(channel, rawBody, { hubSignature: signature, ...deps.credentials })) {
    securityLog(channel.id, signature ? "webhook signature does not match" : "webhook without signature");
    return { status: 401, body: { error: "invalid signature" } };
  }
  const text = Buffer.from(rawBody).toString("utf8");
  let payload: unknown;
  let items;
  try {
    payload = JSON.parse(text);
    items = normalizeMetaWebhook(payload);
  } catch (e) {
    // Signed by Meta but not something we understand. Meta retries anything but a 200 for days,
    // which would not help: keep the raw body for a person to look at, and acknowledge it.
    const error = e instanceof ZodError ? `not a WhatsApp webhook envelope: ${e.issues[0]?.path.join(".")} ${e.issues[0]?.message}` : "body is not JSON";
    await withTenant(
      channel.tenantId,
      (tx) => tx.insert(webhookEvents).values({ tenantId: channel.tenantId, channelId: channel.id, provider: channel.provider, kind: "unparsed", payload: (payload ?? { raw: text.slice(0, 100_000) }) as object, signatureValid: true, error }),
      db,
    );
    return { status: 200, body: { ok: false, stored: "unparsed", error } };
  }

  const stored = await commitAndEmit(db, channel, payload, items, emit);
  return { status: 200, body: { ok: true, messages: stored.inbound.filter((m) => m.isNew).length, statuses: stored.statusChanges.length } };
}
