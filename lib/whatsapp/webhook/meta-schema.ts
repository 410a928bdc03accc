import { z } from "zod";
import {
  metaAccountSchema,
  metaTemplateCategorySchema,
  metaTemplateQualitySchema,
  metaTemplateStatusSchema,
  metaUserPreferencesValueSchema,
} from "./meta-management-schema";
import { metaMessageSchema } from "./meta-message-schema";
import { idString, metaContactSchema, metaErrorSchema, metaMetadataSchema, unixSeconds } from "./meta-schema-common";

/**
 * Zod schemas for Meta Cloud API webhook bodies; 360dialog posts the same envelope unchanged
 * (fact sheet §1.5, §11). Loose everywhere, strict only about what ingest relies on.
 */

export * from "./meta-management-schema";
export * from "./meta-message-schema";
export * from "./meta-schema-common";

/** `value.statuses[]` (§3). `status` stays a string: an unknown status is skipped, not refused. */
export const metaStatusSchema = z.looseObject({
  id: z.string().min(1),
  status: z.string().min(1),
  timestamp: unixSeconds,
  // Some failed statuses carry no recipient at all (§2.10); the wamid is what routes a status.
  recipient_id: z.string().optional(),
  recipient_user_id: z.string().optional(),
  pricing: z
    .looseObject({
      billable: z.boolean().optional(),
      pricing_model: z.string().optional(),
      type: z.string().optional(),
      category: z.string().optional(),
    })
    .optional(),
  conversation: z.looseObject({}).optional(),
  errors: z.array(metaErrorSchema).optional(),
  biz_opaque_callback_data: z.string().optional(),
});
export type MetaStatus = z.output<typeof metaStatusSchema>;

/** The `value` of a `messages` change: inbound messages, statuses of our sends, app-level errors. */
export const metaMessagesValueSchema = z.looseObject({
  messaging_product: z.string().optional(),
  metadata: metaMetadataSchema,
  contacts: z.array(metaContactSchema).optional(),
  messages: z.array(metaMessageSchema).optional(),
  statuses: z.array(metaStatusSchema).optional(),
  errors: z.array(metaErrorSchema).optional(),
});
export type MetaMessagesValue = z.output<typeof metaMessagesValueSchema>;

/**
 * The `value` schema of each `field` we normalize. Other fields (history, echoes, groups, security…)
 * are accepted and ignored: the raw body is kept for audit, so nothing is lost by skipping them.
 */
export const metaChangeValueSchemas = {
  messages: metaMessagesValueSchema,
  message_template_status_update: metaTemplateStatusSchema,
  message_template_quality_update: metaTemplateQualitySchema,
  template_category_update: metaTemplateCategorySchema,
  account_update: metaAccountSchema,
  account_alerts: metaAccountSchema,
  account_review_update: metaAccountSchema,
  business_capability_update: metaAccountSchema,
  phone_number_quality_update: metaAccountSchema,
  phone_number_name_update: metaAccountSchema,
  user_preferences: metaUserPreferencesValueSchema,
} as const;
export type MetaKnownField = keyof typeof metaChangeValueSchemas;

/**
 * The envelope. `value` is left unknown here and parsed per `field` by the normalizer, so a
 * future field never fails the body while a malformed known one still does.
 */
export const metaWebhookSchema = z.looseObject({
  object: z.literal("whatsapp_business_account"),
  entry: z.array(
    z.looseObject({
      // The WABA id.
      id: idString,
      changes: z.array(z.looseObject({ field: z.string().min(1), value: z.unknown() })),
    }),
  ),
});
export type MetaWebhook = z.output<typeof metaWebhookSchema>;
