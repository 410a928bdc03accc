import type { MetaContact, MetaMessage } from "./meta-schema";
import type { MessageItem } from "./webhook-item";

type Media = NonNullable<MetaMessage["image"]>;
type Interactive = NonNullable<MessageItem["interactive"]>;

/**
 * The contact entry for a message. `contacts[].wa_id` may differ from `messages[].from` (fact
 * sheet §1.5, e.g. Mexican and Brazilian numbers), so when nothing matches and the change names a
 * single contact, that contact is the sender.
 */
function contactFor(contacts: MetaContact[], m: MetaMessage): MetaContact | undefined {
  const match = contacts.find((c) => (m.from !== undefined && c.wa_id === m.from) || (m.from_user_id !== undefined && c.user_id === m.from_user_id));
  return match ?? (contacts.length === 1 ? contacts[0] : undefined);
}

function mediaOf(m: MetaMessage): Media | undefined {
  return m.image ?? m.video ?? m.audio ?? m.document ?? m.sticker;
}

function interactiveOf(i: MetaMessage["interactive"]): Interactive | undefined {
  if (i?.type === "button_reply" && i.button_reply) return { kind: "button_reply", id: i.button_reply.id, title: i.button_reply.title };
  if (i?.type === "list_reply" && i.list_reply) {
    const { id, title, description } = i.list_reply;
    return { kind: "list_reply", id, title, description };
  }
  if (i?.type === "nfm_reply" && i.nfm_reply) {
    const { name, body, response_json } = i.nfm_reply;
    return { kind: "nfm_reply", name, title: body, responseJson: response_json };
  }
  // Other interactive replies (payments, call permission…) stay visible through `type` only.
  return undefined;
}

/** What a person would read in the message, verbatim. */
function readableText(m: MetaMessage, media: Media | undefined, interactive: Interactive | undefined): string | undefined {
  if (m.text) return m.text.body;
  if (media?.caption) return media.caption;
  if (m.button) return m.button.text;
  if (interactive?.title) return interactive.title;
  if (m.system?.body) return m.system.body;
  const orderText = (m.order as { text?: unknown } | undefined)?.text;
  return typeof orderText === "string" && orderText !== "" ? orderText : undefined;
}

/** Drops keys whose value is undefined, so items compare and serialize cleanly. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Same as compact, but undefined when nothing is left (an empty `context: {}` says nothing). */
function compactOrUndefined<T extends object>(o: T): T | undefined {
  const c = compact(o);
  return Object.keys(c).length ? c : undefined;
}

/** One inbound message of a `messages` change, with its sender's profile from `value.contacts`. */
export function normalizeMessage(phoneNumberId: string, contacts: MetaContact[], m: MetaMessage): MessageItem {
  const contact = contactFor(contacts, m);
  const media = mediaOf(m);
  const interactive = interactiveOf(m.interactive);
  const bsuid = m.from_user_id ?? contact?.user_id;
  // The schema guarantees one of the two; the BSUID stands in when the number is withheld.
  const from = (m.from ?? m.from_user_id) as string;
  const c = m.context;
  const r = m.referral;
  const firstError = m.errors?.[0];
  const unsupported =
    m.type === "unsupported" || m.type === "unknown" || m.unsupported
      ? compact({ code: firstError?.code, title: firstError?.title, details: firstError?.error_data?.details, type: m.unsupported?.type })
      : undefined;

  return compact<MessageItem>({
    kind: "message",
    phoneNumberId,
    wamid: m.id,
    from,
    bsuid,
    profileName: contact?.profile?.name,
    timestamp: m.timestamp,
    type: m.type,
    text: readableText(m, media, interactive),
    media: media
      ? compact({ id: media.id, mimeType: media.mime_type, sha256: media.sha256, caption: media.caption, filename: media.filename, voice: media.voice, animated: media.animated })
      : undefined,
    location: m.location
      ? compact({ latitude: m.location.latitude, longitude: m.location.longitude, name: m.location.name, address: m.location.address, url: m.location.url })
      : undefined,
    contacts: m.contacts,
    interactive: interactive ? compact(interactive) : undefined,
    button: m.button ? compact({ payload: m.button.payload, text: m.button.text }) : undefined,
    // An empty emoji is how some clients signal a removed reaction, like a missing one.
    reaction: m.reaction ? { messageId: m.reaction.message_id, emoji: m.reaction.emoji || null } : undefined,
    context: c
      ? compactOrUndefined({
          messageId: c.id,
          from: c.from,
          forwarded: c.forwarded,
          frequentlyForwarded: c.frequently_forwarded,
          referredProduct: c.referred_product ? compactOrUndefined({ catalogId: c.referred_product.catalog_id, productRetailerId: c.referred_product.product_retailer_id }) : undefined,
        })
      : undefined,
    referral: r
      ? compact({ sourceUrl: r.source_url, sourceId: r.source_id, sourceType: r.source_type, headline: r.headline, body: r.body, ctwaClid: r.ctwa_clid, mediaType: r.media_type })
      : undefined,
    order: m.order,
    system: m.system ? compact({ type: m.system.type, body: m.system.body, newWaId: m.system.new_wa_id ?? m.system.wa_id }) : undefined,
    unsupported,
  });
}
