import type { ListMessage, MediaKind, ReplyButtonsMessage, TextMessage } from "@/lib/whatsapp/providers/types";

/** Media the business sends: stored by Hilo (lib/media/storage) and handed to the provider at send time. */
export type StoredMediaMessage = {
  kind: "media";
  mediaType: MediaKind;
  storageKey: string;
  mimeType: string;
  sizeBytes: number;
  filename?: string;
  caption?: string;
};

/** Values for a stored template's variables (message_templates row), by component, in order. */
export type TemplateVariables = { header?: string[]; body?: string[]; buttons?: Record<number, string[]> };

export type TemplateSend = { kind: "template"; templateId: string; variables: TemplateVariables };

/**
 * What a queued outbound message asks to send, stored on the message row (`content.outbound`) until
 * the send-message workflow delivers it. Provider-neutral; deliverOutbound turns it into an
 * `OutboundMessage` for the channel's provider.
 */
export type QueuedContent = (TextMessage | StoredMediaMessage | TemplateSend | ReplyButtonsMessage | ListMessage) & { replyTo?: string };

/** Free-form means "not a template": only allowed inside the customer-service window. */
export const isFreeForm = (c: QueuedContent) => c.kind !== "template";

/** The row's `type` column for a queued content. */
export function messageTypeOf(c: QueuedContent): string {
  if (c.kind === "media") return c.mediaType;
  if (c.kind === "buttons" || c.kind === "list") return "interactive";
  return c.kind;
}

/** The text an inbox shows for it (a template's body is filled in by queueOutbound). */
export function previewOf(c: QueuedContent): string | null {
  switch (c.kind) {
    case "text":
      return c.body;
    case "media":
      return c.caption ?? null;
    case "buttons":
    case "list":
      return c.body;
    case "template":
      return null;
  }
}
