import { z } from "zod";

const wamid = z.string().min(1).max(200);
const mediaKind = z.enum(["image", "video", "audio", "document", "sticker"]);
/** About 16 MB of file once decoded: the largest WhatsApp audio or video. */
const base64 = z.string().min(1).max(22_500_000).regex(/^[A-Za-z0-9+/=_-]+$/, "must be base64");

const mediaFields = { mimeType: z.string().min(3).max(100), caption: z.string().max(1024).optional(), filename: z.string().max(240).optional(), voice: z.boolean().optional(), animated: z.boolean().optional() };

/** Every inbound type Meta posts (fact sheet §2); media either as bytes (stored first) or as a simulator media id. */
export const inboundMessageSchema = z.union([
  z.object({ type: z.literal("text"), text: z.string().min(1).max(4096), replyTo: wamid.optional() }),
  z.object({ type: mediaKind, dataBase64: base64, ...mediaFields }),
  z.object({ type: mediaKind, mediaId: z.string().min(1).max(100), sha256: z.string().max(100).optional(), ...mediaFields }),
  z.object({ type: z.literal("location"), latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180), name: z.string().max(200).optional(), address: z.string().max(500).optional(), url: z.string().max(2000).optional() }),
  z.object({ type: z.literal("contacts"), contacts: z.array(z.object({ name: z.string().min(1).max(200), phone: z.string().min(3).max(40), waId: z.string().max(40).optional() })).min(1).max(20) }),
  z.object({ type: z.literal("button_reply"), id: z.string().min(1).max(256), title: z.string().min(1).max(20), replyTo: wamid }),
  z.object({ type: z.literal("list_reply"), id: z.string().min(1).max(200), title: z.string().min(1).max(24), description: z.string().max(72).optional(), replyTo: wamid }),
  z.object({ type: z.literal("button"), payload: z.string().max(1000), text: z.string().min(1).max(25), replyTo: wamid }),
  z.object({ type: z.literal("reaction"), messageId: wamid, emoji: z.string().max(16) }),
  z.object({
    type: z.literal("order"),
    catalogId: z.string().min(1).max(100),
    text: z.string().max(1000).optional(),
    items: z.array(z.object({ productRetailerId: z.string().min(1).max(200), quantity: z.number().int().min(1), itemPrice: z.number().nonnegative(), currency: z.string().length(3) })).min(1).max(100),
  }),
  z.object({ type: z.literal("unsupported"), unsupportedType: z.string().max(50).optional() }),
]);

export const injectInboundSchema = z.object({
  channelId: z.uuid(),
  from: z.string().regex(/^\+?\d{6,15}$/, "must be the customer's number in digits"),
  name: z.string().min(1).max(100).optional(),
  message: inboundMessageSchema,
  wamid: wamid.optional(),
});
