import baseEn from "./messages/en.json";
import baseEs from "./messages/es.json";
import assistantEn from "./messages/parts/assistant.en.json";
import assistantEs from "./messages/parts/assistant.es.json";
import businessEn from "./messages/parts/business.en.json";
import businessEs from "./messages/parts/business.es.json";
import channelHealthEn from "./messages/parts/channelHealth.en.json";
import channelHealthEs from "./messages/parts/channelHealth.es.json";
import consentEn from "./messages/parts/consent.en.json";
import consentEs from "./messages/parts/consent.es.json";
import operationsEn from "./messages/parts/operations.en.json";
import operationsEs from "./messages/parts/operations.es.json";
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
  es: { ...baseEs, assistant: assistantEs, business: businessEs, channelHealth: channelHealthEs, consent: consentEs, operations: operationsEs, sending: sendingEs, templates: templatesEs, testPhone: testPhoneEs },
  en: { ...baseEn, assistant: assistantEn, business: businessEn, channelHealth: channelHealthEn, consent: consentEn, operations: operationsEn, sending: sendingEn, templates: templatesEn, testPhone: testPhoneEn },
} as const;

export type Catalog = (typeof catalogs)["es"];

export function catalogFor(locale: Locale): Record<string, unknown> {
  return catalogs[locale];
}
