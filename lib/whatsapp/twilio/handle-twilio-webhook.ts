import { getDb, type Db } from "@/db/client";
import { unsafeFindWebhookChannel } from "../channels";
import { commitAndEmit, type OutgoingEvent } from "../webhook/commit-and-emit";
import { sendToInngest } from "../webhook/handle-meta-webhook";
import { securityLog } from "../webhook/security-log";
import { parseTwilioWebhook } from "./parse";
import { formParams, verifyTwilioSignature } from "./signature";

/**
 * POST /api/webhooks/twilio/[channelId]: Twilio's form-encoded messages and status callbacks.
 * `X-Twilio-Signature` is checked over the public URL Twilio called plus the sorted form fields,
 * with the account's auth token; then the same commit-and-emit as Meta's intake.
 */
export async function handleTwilioWebhook(channelId: string, publicUrl: string, rawBody: string, signature: string | null, deps: { db?: Db; emit?: (e: OutgoingEvent[]) => Promise<void>; now?: Date } = {}) {
  const db = deps.db ?? getDb();
  const channel = await unsafeFindWebhookChannel(channelId, db);
  if (!channel || channel.provider !== "twilio") return { status: 404, body: "unknown channel" };
  const params = formParams(rawBody);
  if (!verifyTwilioSignature(publicUrl, params, signature, channel.twilioAuthToken)) {
    securityLog(channel.id, signature ? "Twilio signature does not match" : "Twilio webhook without signature");
    return { status: 401, body: "invalid signature" };
  }
  const items = parseTwilioWebhook(params, deps.now ?? new Date());
  await commitAndEmit(db, channel, params, items, deps.emit ?? sendToInngest);
  // An empty TwiML answer: Hilo replies through the API, never inline.
  return { status: 200, body: "<Response/>" };
}
