import type { Language } from "@/lib/ai/types";
import type { Range, Schedule } from "./schedule";
import { clockLabel, daysBetween, localParts, parseHHMM } from "./schedule-time";

/**
 * Opening hours and opening times as a customer reads them, in Spanish, English or Portuguese:
 * "lunes: 9:00–14:00 y 16:00–20:00", "mañana a las 9:00". Times have no leading zero.
 */

const WEEKDAYS: Record<Language, string[]> = {
  es: ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  pt: ["domingo", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado"],
};
const MONTHS: Record<Language, string[]> = {
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  pt: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
};
const AND: Record<Language, string> = { es: "y", en: "and", pt: "e" };
const CLOSED: Record<Language, string> = { es: "cerrado", en: "closed", pt: "fechado" };

/** Monday first, as calendars in Spain, Portugal and Latin America show the week. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

export type HoursLabel = { weekday: number; label: string; ranges: Range[] };

/** "a, b y c" in the language. */
export function listLabel(items: string[], language: Language): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${AND[language]} ${items[items.length - 1]}`;
}

export const weekdayName = (weekday: number, language: Language) => WEEKDAYS[language][weekday];

/** "9:00–14:00" from stored "09:00" and "14:00". */
export const rangeLabel = (r: Range) => `${clockLabel(parseHHMM(r.opens) ?? 0)}–${clockLabel(parseHHMM(r.closes) ?? 0)}`;

/** Every weekday, Monday first: "lunes: 9:00–14:00 y 16:00–20:00", "domingo: cerrado". Holidays aside. */
export function describeHours(schedule: Schedule, language: Language): HoursLabel[] {
  return WEEK_ORDER.map((weekday) => {
    const ranges = schedule.hours
      .filter((h) => h.weekday === weekday)
      .map(({ opens, closes }) => ({ opens, closes }))
      .sort((a, b) => (parseHHMM(a.opens) ?? 0) - (parseHHMM(b.opens) ?? 0));
    const text = ranges.length ? listLabel(ranges.map(rangeLabel), language) : CLOSED[language];
    return { weekday, label: `${weekdayName(weekday, language)}: ${text}`, ranges };
  });
}

function atTime(minutes: number, language: Language): string {
  const time = clockLabel(minutes);
  const one = Math.floor(minutes / 60) === 1;
  if (language === "es") return `${one ? "a la" : "a las"} ${time}`;
  if (language === "pt") return `${one ? "à" : "às"} ${time}`;
  return `at ${time}`;
}

function dayPhrase(date: string, weekday: number, days: number, sameYear: boolean, language: Language): string {
  if (days === 0) return { es: "hoy", en: "today", pt: "hoje" }[language];
  if (days === 1) return { es: "mañana", en: "tomorrow", pt: "amanhã" }[language];
  const name = weekdayName(weekday, language);
  if (days > 1 && days < 7) {
    if (language === "es") return `el ${name}`;
    if (language === "pt") return `${weekday === 0 || weekday === 6 ? "no" : "na"} ${name}`;
    return `on ${name}`;
  }
  const [y, m, d] = date.split("-").map(Number);
  const month = MONTHS[language][m - 1];
  if (language === "en") return `on ${d} ${month}${sameYear ? "" : ` ${y}`}`;
  const year = sameYear ? "" : ` de ${y}`;
  return language === "es" ? `el ${d} de ${month}${year}` : `em ${d} de ${month}${year}`;
}

/**
 * When something happens, relative to `now`, on the business's clock: "hoy a las 16:00",
 * "mañana a las 9:00", "el lunes a las 9:00" (within the week), else "el 8 de diciembre a las 9:00";
 * "tomorrow at 9:00", "amanhã às 9:00"…
 */
export function formatNextOpen(date: Date, timeZone: string, language: Language, now: Date = new Date()): string {
  const at = localParts(date, timeZone);
  const today = localParts(now, timeZone).date;
  const phrase = dayPhrase(at.date, at.weekday, daysBetween(today, at.date), at.date.slice(0, 4) === today.slice(0, 4), language);
  return `${phrase} ${atTime(at.minutes, language)}`;
}
