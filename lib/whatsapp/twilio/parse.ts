import type { DeliveryStatus, MessageItem, StatusItem, WebhookItem } from "@/lib/whatsapp/webhook/webhook-item";
import { mapTwilioError } from "./error-codes";

/**
 * Twilio's form webhooks (inbound messages and status callbacks, fact sheet §11) as the same
 * WebhookItems the Meta normalizer yields, so persistence never knows which provider spoke.
 *
 * Twilio has no phone-number id: `phoneNumberId` is the business number's digits (the inbound
 * `To`, the status callback's `From`). Twilio sends no event time either, so the caller passes
 * the receipt time. Unknown fields are ignored; Twilio adds new ones without notice.
 */

type Params = Record<string, string | undefined>;

/** `whatsapp:+14155238886` → `14155238886`, the wa_id form Meta uses. */
export const waDigits = (address: string | undefined) => (address ?? "").replace(/^whatsapp:/, "").replace(/^\+/, "");

const TWILIO_TO_DELIVERY: Record<string, DeliveryStatus> = { sent: "sent", delivered: "delivered", read: "read", undelivered: "failed", failed: "failed" };

/** Drops undefined keys, so items compare and serialize like the Meta normalizer's. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
const nonEmpty = (s: string | undefined) => (s === undefined || s === "" ? undefined : s);
const compactOrUndefined = <T extends object>(o: T): T | undefined => (Object.keys(compact(o)).length ? compact(o) : undefined);

/** Meta's media type for a MIME type; webp is what WhatsApp stickers are. */
function mediaType(mime: string): string {
  if (mime === "image/webp") return "sticker";
  const top = mime.split("/")[0];
  return top === "image" || top === "video" || top === "audio" ? top : "document";
}

function parseMessage(p: Params, receivedAt: Date): MessageItem {
  const numMedia = Number(p.NumMedia ?? "0");
  const mime = p.MediaContentType0 ?? "application/octet-stream";
  const body = nonEmpty(p.Body);
  const hasLocation = p.Latitude !== undefined && p.Longitude !== undefined;
  const type = numMedia > 0 && p.MediaUrl0 ? mediaType(mime) : hasLocation ? "location" : p.ButtonPayload !== undefined ? "button" : "text";
  return compact<MessageItem>({
    kind: "message",
    phoneNumberId: waDigits(p.To),
    wamid: p.MessageSid ?? "",
    from: p.WaId ?? waDigits(p.From),
    profileName: p.ProfileName,
    timestamp: receivedAt,
    type,
    text: type === "button" ? (p.ButtonText ?? body) : body,
    // Twilio's media URL is the only handle it gives; TwilioClient.getMediaUrl accepts it as the id.
    media: type !== "text" && type !== "location" && type !== "button" ? compact({ id: p.MediaUrl0 as string, mimeType: mime, caption: body }) : undefined,
    location: hasLocation ? compact({ latitude: Number(p.Latitude), longitude: Number(p.Longitude), name: p.Label, address: p.Address }) : undefined,
    button: type === "button" ? compact({ payload: p.ButtonPayload, text: p.ButtonText ?? body ?? "" }) : undefined,
    context: compactOrUndefined({
      messageId: p.OriginalRepliedMessageSid,
      from: p.OriginalRepliedMessageSender === undefined ? undefined : waDigits(p.OriginalRepliedMessageSender),
      forwarded: p.Forwarded === "true" ? true : undefined,
      frequentlyForwarded: p.FrequentlyForwarded === "true" ? true : undefined,
    }),
    referral: compactOrUndefined({
      sourceUrl: p.ReferralSourceUrl,
      sourceId: p.ReferralSourceId,
      sourceType: p.ReferralSourceType,
      headline: p.ReferralHeadline,
      body: p.ReferralBody,
      ctwaClid: p.ReferralCtwaClid,
      mediaType: p.ReferralMediaContentType,
    }),
  });
}

function parseStatus(p: Params, status: DeliveryStatus, receivedAt: Date): StatusItem {
  const item: StatusItem = { kind: "status", phoneNumberId: waDigits(p.From), wamid: p.MessageSid ?? "", status, timestamp: receivedAt, recipientId: waDigits(p.To) };
  const twilioCode = nonEmpty(p.ErrorCode);
  if (twilioCode !== undefined && /^\d+$/.test(twilioCode)) {
    const mapped = mapTwilioError(Number(twilioCode));
    // Meta-equivalent code for the retry table; Twilio's own code stays readable in details.
    item.error = compact({ code: mapped.code, title: mapped.title, message: nonEmpty(p.ErrorMessage) ?? nonEmpty(p.ChannelStatusMessage), details: `twilio ${twilioCode}` });
  }
  return item;
}

/**
 * One Twilio webhook form → zero or one item. Status callbacks carry `MessageStatus`; inbound
 * messages carry `received` there (or only `SmsStatus`). Statuses with no Meta equivalent
 * (queued, sending, accepted, scheduled) yield nothing: they say nothing the send call did not.
 */
export function parseTwilioWebhook(params: Params, receivedAt: Date): WebhookItem[] {
  if (!params.MessageSid) return [];
  const status = params.MessageStatus;
  if (status !== undefined && status !== "received") {
    const delivery = TWILIO_TO_DELIVERY[status];
    return delivery ? [parseStatus(params, delivery, receivedAt)] : [];
  }
  return [parseMessage(params, receivedAt)];
}
