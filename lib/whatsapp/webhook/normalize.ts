import { z } from "zod";
import { metaChangeValueSchemas, metaWebhookSchema, type MetaKnownField } from "./meta-schema";
import { normalizeAccount, normalizeTemplateCategory, normalizeTemplateQuality, normalizeTemplateStatus, normalizeUserPreferences } from "./normalize-management";
import { normalizeMessage } from "./normalize-message";
import { normalizeStatus } from "./normalize-status";
import type { WebhookItem } from "./webhook-item";

export type { AccountUpdateItem, DeliveryStatus, MessageItem, StatusItem, TemplateUpdateItem, UserPreferenceItem, WebhookItem } from "./webhook-item";
export { previewText } from "./preview-text";

const isKnownField = (field: string): field is MetaKnownField => Object.hasOwn(metaChangeValueSchemas, field);

/**
 * Parses one change's value with its field's schema. Issues are re-rooted at the change, so the
 * ZodError points into the original body (`entry.0.changes.1.value.messages.0.id`).
 */
function parseValue<F extends MetaKnownField>(field: F, value: unknown, path: (string | number)[]): z.output<(typeof metaChangeValueSchemas)[F]> {
  const result = metaChangeValueSchemas[field].safeParse(value);
  if (!result.success) throw new z.ZodError(result.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })));
  return result.data as z.output<(typeof metaChangeValueSchemas)[F]>;
}

/** The items of one change; unknown fields yield none (the caller keeps the raw body for audit). */
function normalizeChange(wabaId: string, field: string, value: unknown, path: (string | number)[]): WebhookItem[] {
  if (!isKnownField(field)) return [];
  switch (field) {
    case "messages": {
      const v = parseValue(field, value, path);
      const phoneNumberId = v.metadata.phone_number_id;
      const contacts = v.contacts ?? [];
      // A change carries messages and/or statuses; Meta sends them in separate arrays, so within a
      // change messages come first, which matches the array order of the body.
      const messages = (v.messages ?? []).map((m) => normalizeMessage(phoneNumberId, contacts, m));
      const statuses = (v.statuses ?? []).flatMap((s) => normalizeStatus(phoneNumberId, s) ?? []);
      return [...messages, ...statuses];
    }
    case "message_template_status_update":
      return [normalizeTemplateStatus(wabaId, parseValue(field, value, path))];
    case "message_template_quality_update":
      return [normalizeTemplateQuality(wabaId, parseValue(field, value, path))];
    case "template_category_update":
      return [normalizeTemplateCategory(wabaId, parseValue(field, value, path))];
    case "user_preferences":
      return normalizeUserPreferences(parseValue(field, value, path));
    default:
      return [normalizeAccount(wabaId, field, parseValue(field, value, path), value)];
  }
}

/**
 * Turns a Meta Cloud API (or 360dialog) webhook body into WebhookItems, in body order: entries,
 * then changes, then messages before statuses within a change. Pure: no I/O, no clock.
 *
 * Throws a ZodError when the body is not a WhatsApp Business Account envelope, or when a change we
 * act on lacks what we rely on (a message without id, sender, timestamp or type). Unknown fields and
 * unknown change kinds are tolerated. Text is returned verbatim, never escaped.
 */
export function normalizeMetaWebhook(body: unknown): WebhookItem[] {
  const envelope = metaWebhookSchema.parse(body);
  return envelope.entry.flatMap((entry, e) =>
    entry.changes.flatMap((change, c) => normalizeChange(entry.id, change.field, change.value, ["entry", e, "changes", c, "value"])),
  );
}
