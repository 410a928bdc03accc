import type { InteractiveHeader, MediaRef, OutboundMessage, TemplateButtonParameter, TemplateDefinition, TemplateMessage, TemplateParameter } from "./types";

/**
 * Cloud API request bodies (fact sheet §4), shared by Meta and 360dialog, which accepts the same
 * bodies unchanged. Pure: no I/O. Optional fields are omitted rather than sent as null, because
 * Meta rejects unexpected nulls with error 100.
 */

type Json = Record<string, unknown>;

const mediaRef = (ref: MediaRef): Json => (ref.id !== undefined ? { id: ref.id } : { link: ref.link });

function templateParameter(p: TemplateParameter): Json {
  const named = "parameterName" in p && p.parameterName !== undefined ? { parameter_name: p.parameterName } : {};
  switch (p.type) {
    case "text":
      return { type: "text", ...named, text: p.text };
    case "currency":
      return { type: "currency", ...named, currency: { fallback_value: p.fallbackValue, code: p.code, amount_1000: p.amount1000 } };
    case "date_time":
      return { type: "date_time", ...named, date_time: { fallback_value: p.fallbackValue } };
    default:
      return { type: p.type, [p.type]: { ...mediaRef(p.media), ...(p.filename !== undefined ? { filename: p.filename } : {}) } };
  }
}

const buttonParameter = (p: TemplateButtonParameter): Json => (p.type === "payload" ? { type: "payload", payload: p.payload } : { type: "text", text: p.text });

function templateObject(m: TemplateMessage): Json {
  const c = m.components ?? {};
  const components: Json[] = [];
  if (c.header?.length) components.push({ type: "header", parameters: c.header.map(templateParameter) });
  if (c.body?.length) components.push({ type: "body", parameters: c.body.map(templateParameter) });
  // Meta takes the button index as a string ("0"), as in its own examples.
  for (const b of c.buttons ?? []) components.push({ type: "button", sub_type: b.subType, index: String(b.index), parameters: b.parameters.map(buttonParameter) });
  return { name: m.name, language: { code: m.language }, ...(components.length ? { components } : {}) };
}

const interactiveHeader = (h: InteractiveHeader): Json => (h.type === "text" ? { type: "text", text: h.text } : { type: h.type, [h.type]: mediaRef(h) });

/** `type` plus the type-named object, e.g. `{ type: "text", text: { body, preview_url } }`. */
function typedPart(m: OutboundMessage): Json {
  switch (m.kind) {
    case "text":
      return { type: "text", text: { body: m.body, ...(m.previewUrl !== undefined ? { preview_url: m.previewUrl } : {}) } };
    case "media": {
      const media: Json = mediaRef(m);
      if (m.caption !== undefined) media.caption = m.caption;
      if (m.filename !== undefined) media.filename = m.filename;
      return { type: m.mediaType, [m.mediaType]: media };
    }
    case "template":
      return { type: "template", template: templateObject(m) };
    case "buttons":
      return {
        type: "interactive",
        interactive: {
          type: "button",
          ...(m.header ? { header: interactiveHeader(m.header) } : {}),
          body: { text: m.body },
          ...(m.footer !== undefined ? { footer: { text: m.footer } } : {}),
          action: { buttons: m.buttons.map((b) => ({ type: "reply", reply: { id: b.id, title: b.title } })) },
        },
      };
    case "list":
      return {
        type: "interactive",
        interactive: {
          type: "list",
          ...(m.header ? { header: { type: "text", text: m.header.text } } : {}),
          body: { text: m.body },
          ...(m.footer !== undefined ? { footer: { text: m.footer } } : {}),
          action: {
            button: m.button,
            sections: m.sections.map((s) => ({
              ...(s.title !== undefined ? { title: s.title } : {}),
              rows: s.rows.map((r) => ({ id: r.id, title: r.title, ...(r.description !== undefined ? { description: r.description } : {}) })),
            })),
          },
        },
      };
  }
}

/**
 * The body of `POST …/messages`. A BSUID (`CC.digits`, §2.10) goes in `recipient`, never in `to`,
 * and is never normalized; a phone number goes in `to` as digits.
 */
export function buildCloudMessage(to: string, message: OutboundMessage, options: { idempotencyKey?: string } = {}): Json {
  const isBsuid = /^[A-Z]{2}\./.test(to);
  return {
    messaging_product: "whatsapp",
    recipient_type: "individual",
    ...(isBsuid ? { recipient: to } : { to: to.replace(/^\+/, "") }),
    ...typedPart(message),
    ...(message.replyTo !== undefined ? { context: { message_id: message.replyTo } } : {}),
    // Echoed back on every status webhook for this message (≤512 chars per Meta).
    ...(options.idempotencyKey ? { biz_opaque_callback_data: options.idempotencyKey.slice(0, 512) } : {}),
  };
}

/** Mark-as-read, with the typing indicator only when a reply is really coming (§4). */
export function buildMarkAsRead(wamid: string, typing = false): Json {
  return { messaging_product: "whatsapp", status: "read", message_id: wamid, ...(typing ? { typing_indicator: { type: "text" } } : {}) };
}

/**
 * `POST /{phone-number-id}/media` (multipart, §10): `messaging_product`, `type` (the MIME type) and
 * `file`. No Content-Type is set by the caller: fetch writes it with the multipart boundary.
 */
export function buildMediaUpload(bytes: Uint8Array, mimeType: string, filename = "file"): FormData {
  const form = new FormData();
  form.set("messaging_product", "whatsapp");
  form.set("type", mimeType);
  form.set("file", new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }), filename);
  return form;
}

/** `POST /{WABA_ID}/message_templates` (§7): components go verbatim, examples included. */
export function buildTemplateCreate(def: TemplateDefinition): Json {
  return { name: def.name, category: def.category, language: def.language, parameter_format: def.parameterFormat ?? "positional", components: def.components };
}
