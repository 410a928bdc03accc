import type { z } from "zod";
import type {
  metaAccountSchema,
  metaTemplateCategorySchema,
  metaTemplateQualitySchema,
  metaTemplateStatusSchema,
  metaUserPreferencesValueSchema,
} from "./meta-schema";
import type { AccountUpdateItem, TemplateUpdateItem, UserPreferenceItem } from "./webhook-item";

/** Template, account and marketing-preference changes: everything that is not a chat message. */

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** `message_template_status_update`. Meta's "NONE" reason means there is none, so it becomes null. */
export function normalizeTemplateStatus(wabaId: string, v: z.output<typeof metaTemplateStatusSchema>): TemplateUpdateItem {
  return withoutUndefined<TemplateUpdateItem>({
    kind: "template_update",
    wabaId,
    event: v.event,
    templateId: v.message_template_id,
    name: v.message_template_name,
    language: v.message_template_language,
    reason: v.reason === undefined ? undefined : v.reason === null || v.reason === "NONE" ? null : v.reason,
    category: v.message_template_category,
  });
}

/** `message_template_quality_update`; a RED score is the warning before a pause (132015). */
export function normalizeTemplateQuality(wabaId: string, v: z.output<typeof metaTemplateQualitySchema>): TemplateUpdateItem {
  return withoutUndefined<TemplateUpdateItem>({
    kind: "template_update",
    wabaId,
    event: "QUALITY_UPDATE",
    templateId: v.message_template_id,
    name: v.message_template_name,
    language: v.message_template_language,
    quality: v.new_quality_score,
    previousQuality: v.previous_quality_score,
  });
}

/** `template_category_update`: the business is billed at the category in force at send time. */
export function normalizeTemplateCategory(wabaId: string, v: z.output<typeof metaTemplateCategorySchema>): TemplateUpdateItem {
  return withoutUndefined<TemplateUpdateItem>({
    kind: "template_update",
    wabaId,
    event: "CATEGORY_UPDATE",
    templateId: v.message_template_id,
    name: v.message_template_name,
    language: v.message_template_language,
    category: v.new_category,
  });
}

/**
 * Account and phone-number events. Shapes vary by field, so the value is kept whole in `raw` and
 * only the parts the channel settings use (quality, messaging tier) are lifted out.
 */
export function normalizeAccount(wabaId: string, field: string, v: z.output<typeof metaAccountSchema>, raw: unknown): AccountUpdateItem {
  return withoutUndefined<AccountUpdateItem>({
    kind: "account_update",
    wabaId,
    field,
    phoneNumberId: v.phone_number_id,
    displayPhoneNumber: v.display_phone_number ?? v.phone_number,
    event: v.event ?? v.alert_type ?? v.decision ?? field.toUpperCase(),
    qualityRating: v.quality_rating,
    messagingTier: v.current_limit ?? v.max_daily_conversations_per_business ?? v.messaging_limit_tier,
    raw,
  });
}

/** `user_preferences`: one item per stop/resume, keyed like contacts (wa_id, else BSUID). */
export function normalizeUserPreferences(v: z.output<typeof metaUserPreferencesValueSchema>): UserPreferenceItem[] {
  const phoneNumberId = v.metadata?.phone_number_id;
  return v.user_preferences.map((p) =>
    withoutUndefined<UserPreferenceItem>({
      kind: "user_preference",
      phoneNumberId,
      // The schema guarantees one of the two.
      waId: (p.wa_id ?? p.user_id) as string,
      bsuid: p.user_id,
      category: p.category,
      value: p.value,
      timestamp: p.timestamp,
    }),
  );
}
