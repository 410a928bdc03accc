import type { Language } from "@/lib/ai/types";
import { clockLabel, localParts } from "./schedule-time";

const LOCALES: Record<Language, string> = { es: "es-ES", en: "en-GB", pt: "pt-PT" };

const formatters = new Map<string, Intl.DateTimeFormat>();
function dayFormatter(language: Language, timeZone: string) {
  const key = `${language}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[language], { weekday: "long", day: "numeric", month: "long", timeZone });
    formatters.set(key, f);
  }
  return f;
}

/** A workspace or customer language, falling back to Spanish for anything else. */
export const asLanguage = (value: string | null | undefined): Language => {
  const base = (value ?? "").slice(0, 2).toLowerCase();
  return base === "en" || base === "pt" ? base : "es";
};

/** The day as people say it: "viernes 27 de noviembre", "Friday 27 November", "sexta-feira, 27 de novembro". */
export function dayLabel(at: Date, timeZone: string, language: Language): string {
  const text = dayFormatter(language, timeZone).format(at);
  // Spanish writes the weekday and the day together ("viernes 27 de noviembre"), without Intl's comma.
  return language === "es" ? text.replace(/^(\p{L}+),\s/u, "$1 ") : text;
}

/** A moment as the customer reads it, in the business's time zone: "viernes 27 de noviembre, 17:00" (no leading zero: "9:30", as in schedule-labels). */
export function slotLabel(at: Date, timeZone: string, language: Language): string {
  return `${dayLabel(at, timeZone, language)}, ${clockLabel(localParts(at, timeZone).minutes)}`;
}
