import baseEn from "./messages/en.json";
import baseEs from "./messages/es.json";
import channelHealthEn from "./messages/parts/channelHealth.en.json";
import channelHealthEs from "./messages/parts/channelHealth.es.json";
import consentEn from "./messages/parts/consent.en.json";
import consentEs from "./messages/parts/consent.es.json";
import sendingEn from "./messages/parts/sending.en.json";
import sendingEs from "./messages/parts/sending.es.json";
import templatesEn from "./messages/parts/templates.en.json";
import templatesEs from "./messages/parts/templates.es.json";
import testPhoneEn from "./messages/parts/testPhone.en.json";
import testPhoneEs from "./messages/parts/testPhone.es.json";
import type { Locale } from "./locales";

/**
 * The messages of one language: the base catalog plus one file per feature namespace
 * (`messages/parts/<namespace>.<locale>.json`, each holding only its namespace's keys), so features
 * keep their texts apart. A part never overrides a base namespace.
 */
const catalogs = {
  es: { ...baseEs, channelHealth: channelHealthEs, consent: consentEs, sending: sendingEs, templates: templatesEs, testPhone: testPhoneEs },
  en: { ...baseEn, channelHealth: channelHealthEn, consent: consentEn, sending: sendingEn, templates: templatesEn, testPhone: testPhoneEn },
} as const;

export type Catalog = (typeof catalogs)["es"];

export function catalogFor(locale: Locale): Record<string, unknown> {
  return catalogs[locale];
}
