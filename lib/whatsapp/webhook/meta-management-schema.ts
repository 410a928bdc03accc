import { z } from "zod";
import { idString, metaContactSchema, unixSeconds } from "./meta-schema-common";

/**
 * `value` shapes of the non-message fields we act on (fact sheet §1.5, §6.1, §7, §8.1, §9). Template
 * and account fields always go to the app-level callback URL, never to a per-number override, so
 * they carry no `metadata.phone_number_id`: they are routed by WABA (`entry[].id`) instead.
 */

const optionalString = z.string().optional();
/** Messaging limits arrive as "TIER_2K"-style strings or as plain numbers depending on the field and version. */
const limit = z.union([z.string(), z.number()]).transform((v) => String(v)).optional();

/** field `message_template_status_update` */
export const metaTemplateStatusSchema = z.looseObject({
  event: z.string().min(1),
  message_template_id: idString.optional(),
  message_template_name: optionalString,
  message_template_language: optionalString,
  // "NONE" when there is no reason; real reasons look like "INCORRECT_CATEGORY".
  reason: z.string().nullish(),
  message_template_category: optionalString,
  disable_info: z.unknown().optional(),
  other_info: z.unknown().optional(),
});

/** field `message_template_quality_update`: GREEN / YELLOW / RED / UNKNOWN. */
export const metaTemplateQualitySchema = z.looseObject({
  new_quality_score: z.string().min(1),
  previous_quality_score: optionalString,
  message_template_id: idString.optional(),
  message_template_name: optionalString,
  message_template_language: optionalString,
});

/** field `template_category_update`: Meta re-categorized a template; the new category is billed. */
export const metaTemplateCategorySchema = z.looseObject({
  new_category: z.string().min(1),
  previous_category: optionalString,
  correct_category: optionalString,
  message_template_id: idString.optional(),
  message_template_name: optionalString,
  message_template_language: optionalString,
});

/**
 * fields `account_update`, `phone_number_quality_update`, `phone_number_name_update`,
 * `account_alerts`, `account_review_update`, `business_capability_update`. Their shapes differ and
 * nothing in them is needed to accept the webhook, so every field is optional; the normalizer
 * picks what it understands and keeps the rest as `raw`.
 */
export const metaAccountSchema = z.looseObject({
  event: optionalString,
  phone_number_id: optionalString,
  // account_update uses `phone_number`, phone_number_quality_update `display_phone_number`.
  phone_number: optionalString,
  display_phone_number: optionalString,
  quality_rating: optionalString,
  current_limit: limit,
  messaging_limit_tier: limit,
  max_daily_conversations_per_business: limit,
  // account_alerts
  alert_type: optionalString,
  // account_review_update
  decision: optionalString,
});

/**
 * field `user_preferences`: the user stopped or resumed marketing inside WhatsApp (§9; error 131050
 * follows if we keep sending). `timestamp` is a number here, unlike messages.
 */
export const metaUserPreferenceSchema = z
  .looseObject({
    wa_id: optionalString,
    user_id: optionalString,
    category: z.string().min(1),
    value: z.string().min(1),
    detail: optionalString,
    timestamp: unixSeconds,
  })
  .refine((p) => p.wa_id !== undefined || p.user_id !== undefined, { message: "a preference needs `wa_id` or `user_id`", path: ["wa_id"] });

export const metaUserPreferencesValueSchema = z.looseObject({
  messaging_product: optionalString,
  metadata: z.looseObject({ phone_number_id: optionalString, display_phone_number: optionalString }).optional(),
  contacts: z.array(metaContactSchema).optional(),
  user_preferences: z.array(metaUserPreferenceSchema),
});
