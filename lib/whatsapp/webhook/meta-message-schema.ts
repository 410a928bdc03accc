import { z } from "zod";
import { metaErrorSchema, unixSeconds } from "./meta-schema-common";

/**
 * `value.messages[]` (fact sheet §2). Strict only about what ingest relies on: id, sender (phone or
 * BSUID), timestamp and type. Type payloads are optional and loose so an unfamiliar shape of a
 * known type degrades to "no preview" instead of refusing the whole batch.
 */

const optionalString = z.string().optional();

/** image, video, audio, document and sticker share one shape; the id is fetched via GET /{media-id}. */
export const metaMediaSchema = z.looseObject({
  id: z.string().min(1),
  mime_type: optionalString,
  sha256: optionalString,
  caption: optionalString,
  filename: optionalString,
  voice: z.boolean().optional(),
  animated: z.boolean().optional(),
});

export const metaLocationSchema = z.looseObject({
  latitude: z.number(),
  longitude: z.number(),
  name: optionalString,
  address: optionalString,
  url: optionalString,
});

export const metaInteractiveSchema = z.looseObject({
  type: z.string(),
  button_reply: z.looseObject({ id: optionalString, title: optionalString }).optional(),
  list_reply: z.looseObject({ id: optionalString, title: optionalString, description: optionalString }).optional(),
  // WhatsApp Flows and address messages: `response_json` is a JSON string, kept as sent.
  nfm_reply: z.looseObject({ name: optionalString, body: optionalString, response_json: optionalString }).optional(),
});

export const metaContextSchema = z.looseObject({
  from: optionalString,
  id: optionalString,
  forwarded: z.boolean().optional(),
  frequently_forwarded: z.boolean().optional(),
  referred_product: z.looseObject({ catalog_id: optionalString, product_retailer_id: optionalString }).optional(),
});

/** Click-to-WhatsApp ad or post. `ctwa_clid` is omitted for Status ad placements. */
export const metaReferralSchema = z.looseObject({
  source_url: optionalString,
  source_id: optionalString,
  source_type: optionalString,
  body: optionalString,
  headline: optionalString,
  media_type: optionalString,
  image_url: optionalString,
  video_url: optionalString,
  thumbnail_url: optionalString,
  ctwa_clid: optionalString,
  welcome_message: z.looseObject({ text: optionalString }).optional(),
});

export const metaMessageSchema = z
  .looseObject({
    id: z.string().min(1),
    from: z.string().min(1).optional(),
    // BSUID of the sender; the only identifier when a username user withholds the number (§2.10).
    from_user_id: z.string().min(1).optional(),
    timestamp: unixSeconds,
    type: z.string().min(1),
    context: metaContextSchema.optional(),
    referral: metaReferralSchema.optional(),
    text: z.looseObject({ body: z.string() }).optional(),
    image: metaMediaSchema.optional(),
    video: metaMediaSchema.optional(),
    audio: metaMediaSchema.optional(),
    document: metaMediaSchema.optional(),
    sticker: metaMediaSchema.optional(),
    location: metaLocationSchema.optional(),
    // vCard-like cards; passed through untouched, their shape is the consumer's business.
    contacts: z.array(z.unknown()).optional(),
    interactive: metaInteractiveSchema.optional(),
    button: z.looseObject({ payload: optionalString, text: z.string() }).optional(),
    // A removed reaction comes without an emoji (or with an empty one).
    reaction: z.looseObject({ message_id: z.string(), emoji: z.string().nullish() }).optional(),
    order: z.unknown().optional(),
    // `new_wa_id` in older payloads, `wa_id` in newer ones.
    system: z.looseObject({ type: optionalString, body: optionalString, wa_id: optionalString, new_wa_id: optionalString }).optional(),
    errors: z.array(metaErrorSchema).optional(),
    // v25 folds the old `unknown` type into `unsupported` and says which type it was.
    unsupported: z.looseObject({ type: optionalString }).optional(),
  })
  .refine((m) => m.from !== undefined || m.from_user_id !== undefined, {
    message: "a message needs `from` or `from_user_id`",
    path: ["from"],
  });
export type MetaMessage = z.output<typeof metaMessageSchema>;
