import { z } from "zod";
import type { TenantSettings } from "@/db/schema";

export const REPLY_LANGUAGES = ["es", "en", "pt"] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

const perLanguage = z.object({ es: z.string().min(1).max(1000), en: z.string().min(1).max(1000), pt: z.string().min(1).max(1000) }).partial();

/**
 * A workspace's consent options, kept in `tenants.settings.consent` (all optional):
 * - `optInWording`: the sentence people accept on the web opt-in page (`{business}` is replaced);
 * - `defaultCountry`: ISO country for phone numbers written without a prefix (else from the time zone);
 * - `confirmReplies`: false to stop answering opt-out / opt-in keywords;
 * - `replies.optOut` / `replies.optIn`: the answer per language, replacing the defaults.
 */
export const consentSettingsSchema = z.object({
  optInWording: z.string().trim().min(10).max(1000).optional(),
  defaultCountry: z.string().regex(/^[A-Z]{2}$/).optional(),
  confirmReplies: z.boolean().optional(),
  replies: z.object({ optOut: perLanguage.optional(), optIn: perLanguage.optional() }).optional(),
});
export type ConsentSettings = z.infer<typeof consentSettingsSchema>;

/**
 * The consent options of a workspace. Malformed settings fall back to the defaults rather than
 * breaking the webhook intake or the public page.
 */
export function consentSettingsOf(settings: TenantSettings | null | undefined): ConsentSettings {
  const raw = (settings as { consent?: unknown } | null | undefined)?.consent;
  const parsed = consentSettingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
}

// The countries of the time zones offered at sign-up (lib/tenancy/time-zones.ts).
const COUNTRY_OF_ZONE: Record<string, string> = {
  "Europe/Madrid": "ES",
  "Atlantic/Canary": "ES",
  "Europe/Lisbon": "PT",
  "America/Mexico_City": "MX",
  "America/Bogota": "CO",
  "America/Lima": "PE",
  "America/Santiago": "CL",
  "America/Argentina/Buenos_Aires": "AR",
  "America/Montevideo": "UY",
  "America/Caracas": "VE",
  "America/Guatemala": "GT",
  "America/Costa_Rica": "CR",
  "America/Panama": "PA",
  "America/Santo_Domingo": "DO",
  "America/Guayaquil": "EC",
  "America/La_Paz": "BO",
  "America/Asuncion": "PY",
  "America/Sao_Paulo": "BR",
  "America/New_York": "US",
};

/** The country assumed for a phone number without "+": the workspace's setting, its time zone's country, or Spain. */
export function defaultCountryOf(tenant: { timeZone: string; settings: TenantSettings | null }): string {
  return consentSettingsOf(tenant.settings).defaultCountry ?? COUNTRY_OF_ZONE[tenant.timeZone] ?? "ES";
}

/** The language to talk to the workspace's customers in when nothing else says. */
export function replyLanguageOf(locale: string | null | undefined): ReplyLanguage {
  const tag = (locale ?? "").slice(0, 2).toLowerCase();
  return (REPLY_LANGUAGES as readonly string[]).includes(tag) ? (tag as ReplyLanguage) : "es";
}
