/**
 * What Hilo asks a WhatsApp provider to do, independent of the provider's wire format. Meta's Cloud
 * API, 360dialog (same bodies, other host and auth) and Twilio (form-encoded, own error codes) all
 * implement `WhatsAppProvider`, so the send workflow never branches on the provider.
 */

export type MediaKind = "image" | "audio" | "video" | "document" | "sticker";

/** An uploaded media id or a public https link; exactly one (checked by validateOutbound). */
export type MediaRef = { id?: string; link?: string };

export type TextMessage = { kind: "text"; body: string; previewUrl?: boolean };

export type MediaMessage = MediaRef & {
  kind: "media";
  mediaType: MediaKind;
  /** Not allowed on audio and sticker. */
  caption?: string;
  /** Documents only: the name the recipient sees. */
  filename?: string;
};

/**
 * One template variable. `parameterName` makes it a named parameter (`{{first_name}}`); without it
 * parameters are positional in array order.
 */
export type TemplateParameter =
  | { type: "text"; text: string; parameterName?: string }
  | { type: "currency"; fallbackValue: string; code: string; amount1000: number; parameterName?: string }
  | { type: "date_time"; fallbackValue: string; parameterName?: string }
  | { type: "image" | "video" | "document"; media: MediaRef; filename?: string };

export type TemplateButtonParameter = { type: "payload"; payload: string } | { type: "text"; text: string };

export type TemplateButton = {
  subType: "quick_reply" | "url" | "copy_code";
  /** Position of the button in the approved template (0-based). */
  index: number;
  parameters: TemplateButtonParameter[];
};

export type TemplateMessage = {
  kind: "template";
  name: string;
  /** e.g. "en_US"; Meta never translates, the approved language must be named. */
  language: string;
  components?: { header?: TemplateParameter[]; body?: TemplateParameter[]; buttons?: TemplateButton[] };
  /**
   * Twilio only: templates live in Twilio's Content API and are sent by ContentSid (HX…). Other
   * providers ignore it.
   */
  contentSid?: string;
};

export type InteractiveHeader = { type: "text"; text: string } | ({ type: "image" | "video" | "document" } & MediaRef);

export type ReplyButtonsMessage = {
  kind: "buttons";
  body: string;
  header?: InteractiveHeader;
  footer?: string;
  buttons: { id: string; title: string }[];
};

export type ListMessage = {
  kind: "list";
  body: string;
  /** Lists accept a text header only. */
  header?: { type: "text"; text: string };
  footer?: string;
  /** Label of the button that opens the list. */
  button: string;
  sections: { title?: string; rows: { id: string; title: string; description?: string }[] }[];
};

export type OutboundMessage = (TextMessage | MediaMessage | TemplateMessage | ReplyButtonsMessage | ListMessage) & {
  /** Quote-reply: the wamid of the message being answered. */
  replyTo?: string;
};

export type SendOptions = {
  /**
   * Our id for this send (e.g. the outbox row). No provider de-duplicates on it, so the caller must
   * not call send twice for one key; Cloud API providers echo it back in status webhooks as
   * `biz_opaque_callback_data` so a status can be tied to the send even before the wamid is stored.
   */
  idempotencyKey: string;
  /** Variable counts of the approved template, when known, so a mismatch fails before sending. */
  template?: TemplateExpectation;
};

/** How many variables the approved template has per component (from the synced template). */
export type TemplateExpectation = { header?: number; body?: number; buttons?: Record<number, number> };

export type SendResult = { wamid: string };

export type MediaInfo = {
  url: string;
  mimeType: string;
  /** Null where the provider does not report it (Twilio). */
  sha256: string | null;
  fileSize: number | null;
};

export type HealthResult =
  | { ok: true; displayPhoneNumber: string; qualityRating: string | null; messagingTier: string | null }
  | { ok: false; reason: "token_expired" | "wrong_id" | "unreachable" | "unknown"; detail: string };

export interface WhatsAppProvider {
  readonly name: "meta" | "dialog360" | "twilio";
  /** Validates Meta's limits first and throws ProviderError (code 100, httpStatus 0) without any request. */
  send(to: string, message: OutboundMessage, options: SendOptions): Promise<SendResult>;
  /** Marks the message (and earlier ones in the thread) read; `typing` also shows the typing indicator. */
  markAsRead(wamid: string, options?: { typing?: boolean }): Promise<void>;
  getMediaUrl(mediaId: string): Promise<MediaInfo>;
  downloadMedia(url: string): Promise<Uint8Array>;
  /** Never throws: a health check reports, it does not fail. */
  checkHealth(): Promise<HealthResult>;
  /**
   * Uploads a file for sending by id (ids from uploads live 30 days, fact sheet §10). Twilio has
   * no upload: it throws ProviderError and the caller sends a public link instead.
   */
  uploadMedia(bytes: Uint8Array, mimeType: string, filename?: string): Promise<UploadedMedia>;
  /** Submits a template for review; it starts PENDING and its verdict comes by webhook or list. */
  createTemplate(def: TemplateDefinition): Promise<{ id: string; status: string; category: string }>;
  /** Every template of the account (all pages), whatever its status. */
  listTemplates(): Promise<RemoteTemplate[]>;
}

/** The fetch signature the clients use, injectable so tests and the simulator can swap it. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** A template as submitted for review: Meta's management-API shape (`POST /{WABA_ID}/message_templates`). */
export type TemplateDefinition = {
  name: string;
  language: string;
  category: "MARKETING" | "UTILITY" | "AUTHENTICATION";
  parameterFormat?: "positional" | "named";
  /** HEADER / BODY / FOOTER / BUTTONS components with their `example` values, as Meta takes them. */
  components: (Record<string, unknown> & { type: string })[];
};

/** A template as the provider reports it (list or create). */
export type RemoteTemplate = {
  id: string;
  name: string;
  language: string;
  category: string;
  status: string;
  components: (Record<string, unknown> & { type: string })[];
  rejectedReason?: string | null;
};

export type UploadedMedia = { id: string };
