/**
 * The `value.messages[]` object Meta posts for each kind of customer message (fact sheet §2), built
 * from a simulated customer's action. Pure. Media is referenced by a media id the simulator holds
 * (storeSimulatorMedia), so the app downloads it through GET /{media-id} as from Meta.
 */

export type SimulatedMediaKind = "image" | "video" | "audio" | "document" | "sticker";

export type SimulatedContactCard = { name: string; phone: string; waId?: string };

export type SimulatedOrderItem = { productRetailerId: string; quantity: number; itemPrice: number; currency: string };

/** What a simulated customer can send (the test phone, the control API, load tests). */
export type SimulatedInbound =
  | { type: "text"; text: string; replyTo?: string }
  | { type: SimulatedMediaKind; mediaId: string; mimeType: string; sha256?: string; caption?: string; filename?: string; voice?: boolean; animated?: boolean }
  | { type: "location"; latitude: number; longitude: number; name?: string; address?: string; url?: string }
  | { type: "contacts"; contacts: SimulatedContactCard[] }
  | { type: "button_reply"; id: string; title: string; replyTo: string }
  | { type: "list_reply"; id: string; title: string; description?: string; replyTo: string }
  /** A quick-reply tap on a template (`type: "button"`), answering the template message `replyTo`. */
  | { type: "button"; payload: string; text: string; replyTo: string }
  /** An empty emoji removes the reaction, as WhatsApp does. */
  | { type: "reaction"; messageId: string; emoji: string }
  | { type: "order"; catalogId: string; text?: string; items: SimulatedOrderItem[] }
  /** A message WhatsApp cannot pass on (e.g. a video note); `unsupportedType` names what it was. */
  | { type: "unsupported"; unsupportedType?: string };

export const SIMULATED_MEDIA_KINDS: readonly SimulatedMediaKind[] = ["image", "video", "audio", "document", "sticker"];

const isMedia = (m: SimulatedInbound): m is Extract<SimulatedInbound, { type: SimulatedMediaKind }> => (SIMULATED_MEDIA_KINDS as readonly string[]).includes(m.type);

/** Keys with undefined values dropped, so the JSON is what Meta would send. */
const defined = <T extends Record<string, unknown>>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function mediaPart(m: Extract<SimulatedInbound, { type: SimulatedMediaKind }>) {
  const common = { id: m.mediaId, mime_type: m.mimeType, sha256: m.sha256 };
  switch (m.type) {
    case "audio":
      return defined({ ...common, voice: m.voice ?? false });
    case "sticker":
      return defined({ ...common, animated: m.animated ?? false });
    case "document":
      return defined({ ...common, filename: m.filename ?? "document", caption: m.caption });
    default:
      return defined({ ...common, caption: m.caption });
  }
}

/**
 * The message object for `messages[]`. `base` carries `from`, `id` (wamid) and `timestamp`;
 * `businessNumber` (digits) is the `context.from` of replies to the business's messages.
 */
export function buildInboundMessage(message: SimulatedInbound, base: { from: string; id: string; timestamp: string }, businessNumber: string): Record<string, unknown> {
  const replyContext = (id: string) => ({ context: { from: businessNumber, id } });
  if (isMedia(message)) return { ...base, type: message.type, [message.type]: mediaPart(message) };
  switch (message.type) {
    case "text":
      return { ...base, ...(message.replyTo ? replyContext(message.replyTo) : {}), type: "text", text: { body: message.text } };
    case "location":
      return { ...base, type: "location", location: defined({ latitude: message.latitude, longitude: message.longitude, name: message.name, address: message.address, url: message.url }) };
    case "contacts":
      return {
        ...base,
        type: "contacts",
        contacts: message.contacts.map((c) => ({ name: { formatted_name: c.name, first_name: c.name.split(" ")[0] }, phones: [defined({ phone: c.phone, wa_id: c.waId, type: "CELL" })] })),
      };
    case "button_reply":
      return { ...base, ...replyContext(message.replyTo), type: "interactive", interactive: { type: "button_reply", button_reply: { id: message.id, title: message.title } } };
    case "list_reply":
      return { ...base, ...replyContext(message.replyTo), type: "interactive", interactive: { type: "list_reply", list_reply: defined({ id: message.id, title: message.title, description: message.description }) } };
    case "button":
      return { ...base, ...replyContext(message.replyTo), type: "button", button: { payload: message.payload, text: message.text } };
    case "reaction":
      return { ...base, type: "reaction", reaction: { message_id: message.messageId, emoji: message.emoji } };
    case "order":
      return {
        ...base,
        type: "order",
        order: defined({
          catalog_id: message.catalogId,
          text: message.text,
          product_items: message.items.map((i) => ({ product_retailer_id: i.productRetailerId, quantity: i.quantity, item_price: i.itemPrice, currency: i.currency })),
        }),
      };
    case "unsupported":
      return {
        ...base,
        type: "unsupported",
        errors: [{ code: 131051, title: "Message type unknown", message: "Message type unknown", error_data: { details: "Message type is currently not supported." } }],
        ...(message.unsupportedType ? { unsupported: { type: message.unsupportedType } } : {}),
      };
  }
}
