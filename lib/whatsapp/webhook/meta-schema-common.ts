import { z } from "zod";

/**
 * Building blocks shared by the Meta webhook schemas. Every object is loose: Meta adds fields
 * without notice (BSUIDs arrived that way in 2026), and a new field must never make us refuse a
 * webhook, because a refused webhook is retried for 7 days and then lost.
 */

/**
 * Unix seconds. Messages and statuses send them as strings; `user_preferences` sends a number.
 * Both are accepted so the same rule serves every field.
 */
export const unixSeconds = z
  .union([z.string().regex(/^\d{1,12}$/, "unix seconds"), z.number().int().nonnegative()])
  .transform((v) => new Date(Number(v) * 1000));

/**
 * An id Meta may send as a JSON number (template ids do) or a string. Kept as a string: ids are
 * opaque, and numbers above 2^53 would already be rounded by JSON.parse, so never do arithmetic.
 */
export const idString = z.union([z.string().min(1), z.number().int().nonnegative()]).transform((v) => String(v));

/**
 * `{code, title, message, error_data:{details}, href}`, used by `statuses[].errors`, `messages[].errors`
 * (type unsupported) and `value.errors`. Only `code` is relied on: titles are deprecated (fact sheet §8.2).
 */
export const metaErrorSchema = z.looseObject({
  code: z.number().int(),
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.looseObject({ details: z.string().optional() }).optional(),
  href: z.string().optional(),
});
export type MetaError = z.output<typeof metaErrorSchema>;

/** The phone number a change belongs to; tenants are routed by `phone_number_id`. */
export const metaMetadataSchema = z.looseObject({
  display_phone_number: z.string().optional(),
  phone_number_id: z.string().min(1),
});

/**
 * `value.contacts[]`: who wrote. With usernames (2026) the phone number may be withheld and only the
 * business-scoped user id (`user_id`, a BSUID such as "BR.1502576394655843") is present.
 */
export const metaContactSchema = z.looseObject({
  wa_id: z.string().optional(),
  user_id: z.string().optional(),
  profile: z.looseObject({ name: z.string().optional() }).optional(),
});
export type MetaContact = z.output<typeof metaContactSchema>;
