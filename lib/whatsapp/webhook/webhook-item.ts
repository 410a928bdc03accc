/**
 * What one webhook body means to Hilo, independent of the provider's wire format: one item per
 * inbound message, status update, template event, account event or marketing preference, in the
 * order they appear in the body. Text fields are kept verbatim (never escaped or trimmed): they are
 * stored as sent and rendered as inert text.
 */

export type MessageItem = {
  kind: "message";
  phoneNumberId: string;
  wamid: string;
  /** wa_id digits, or the BSUID when the user withholds the number. Never E.164-normalize a BSUID. */
  from: string;
  bsuid?: string;
  profileName?: string;
  timestamp: Date;
  type: string;
  /** What a person would read: text body, caption, button text, interactive title, order or system text. */
  text?: string;
  media?: { id: string; mimeType?: string; sha256?: string; caption?: string; filename?: string; voice?: boolean; animated?: boolean };
  location?: { latitude: number; longitude: number; name?: string; address?: string; url?: string };
  contacts?: unknown[];
  interactive?: {
    kind: "button_reply" | "list_reply" | "nfm_reply";
    id?: string;
    title?: string;
    description?: string;
    /** nfm_reply only: "flow" or "address_message". */
    name?: string;
    /** nfm_reply only: the stringified JSON exactly as Meta sent it. */
    responseJson?: string;
  };
  button?: { payload?: string; text: string };
  /** `emoji: null` means the user removed their reaction. */
  reaction?: { messageId: string; emoji: string | null };
  context?: {
    messageId?: string;
    from?: string;
    forwarded?: boolean;
    frequentlyForwarded?: boolean;
    referredProduct?: { catalogId?: string; productRetailerId?: string };
  };
  referral?: { sourceUrl?: string; sourceId?: string; sourceType?: string; headline?: string; body?: string; ctwaClid?: string; mediaType?: string };
  order?: unknown;
  system?: { type?: string; body?: string; newWaId?: string };
  unsupported?: { code?: number; title?: string; details?: string; type?: string };
};

export type DeliveryStatus = "sent" | "delivered" | "read" | "played" | "failed";

export type StatusItem = {
  kind: "status";
  phoneNumberId: string;
  wamid: string;
  status: DeliveryStatus;
  timestamp: Date;
  /** wa_id, else the BSUID, else "" when Meta omitted both (some failed statuses do); route by wamid. */
  recipientId: string;
  recipientUserId?: string;
  pricing?: { category?: string; type?: string; billable?: boolean; model?: string };
  error?: { code: number; title?: string; message?: string; details?: string };
  /** Echo of what we set on send (tenant or job ids). */
  bizOpaqueCallbackData?: string;
};

export type TemplateUpdateItem = {
  kind: "template_update";
  wabaId: string;
  /** APPROVED, REJECTED, PAUSED…; QUALITY_UPDATE and CATEGORY_UPDATE for the other template fields. */
  event: string;
  templateId?: string;
  name?: string;
  language?: string;
  /** null when Meta gives none (it sends the string "NONE"). */
  reason?: string | null;
  quality?: string;
  previousQuality?: string;
  category?: string;
};

export type AccountUpdateItem = {
  kind: "account_update";
  wabaId: string;
  /** The change's `field`, e.g. "phone_number_quality_update". */
  field: string;
  phoneNumberId?: string;
  /** Account and quality fields name the number by its display number, not its id. */
  displayPhoneNumber?: string;
  /** Meta's event (FLAGGED, DOWNGRADE, VOLUME_BASED_PRICING_TIER_UPDATE…), else the field name upper-cased. */
  event: string;
  qualityRating?: string;
  messagingTier?: string;
  raw: unknown;
};

export type UserPreferenceItem = {
  kind: "user_preference";
  phoneNumberId?: string;
  /** wa_id, or the BSUID when the number is withheld. */
  waId: string;
  bsuid?: string;
  category: string;
  value: "stop" | "resume" | (string & {});
  timestamp: Date;
};

export type WebhookItem = MessageItem | StatusItem | TemplateUpdateItem | AccountUpdateItem | UserPreferenceItem;
