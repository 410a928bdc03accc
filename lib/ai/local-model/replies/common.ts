import type { Language } from "../../types";

/** Small helpers the reply templates share: lists, dates the tools give as ISO days, names. */

export type Texts<T> = Record<Language, T>;
export const pick = <T>(language: Language, texts: Texts<T>): T => texts[language];

const OR: Texts<string> = { es: "o", en: "or", pt: "ou" };
const AND: Texts<string> = { es: "y", en: "and", pt: "e" };

function join(items: string[], word: string): string {
  const list = items.filter(Boolean);
  if (list.length <= 1) return list.join("");
  return `${list.slice(0, -1).join(", ")} ${word} ${list[list.length - 1]}`;
}

/** "a, b o c" / "a, b or c" / "a, b ou c". */
export const joinOr = (items: string[], language: Language) => join(items, OR[language]);
export const joinAnd = (items: string[], language: Language) => join(items, AND[language]);

const LOCALES: Texts<string> = { es: "es-ES", en: "en-GB", pt: "pt-PT" };

/**
 * A calendar day the tools give as "2026-11-27", as people say it: "jueves 27 de noviembre",
 * "Thursday 27 November", "quinta-feira, 27 de novembro". Anything else is returned as given.
 */
export function dayOf(value: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return value;
  const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  const text = new Intl.DateTimeFormat(LOCALES[language], { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(at);
  return language === "es" ? text.replace(/^(\p{L}+),\s/u, "$1 ") : text;
}

/** "Ana" from "Ana García López"; null for nothing usable. */
export function firstName(name: string | null | undefined): string | null {
  const first = name?.trim().split(/\s+/)[0];
  return first && /^\p{L}[\p{L}'’-]*$/u.test(first) && first.length <= 20 ? first : null;
}

/** Ends a sentence with a full stop unless it already ends with punctuation. */
export const sentence = (text: string) => (/[.!?…:]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** The first letter upper-case ("viernes 27…" → "Viernes 27…"). */
export const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Several sentences as one WhatsApp message. */
export const lines = (...parts: (string | null | undefined | false)[]) => parts.filter((p): p is string => Boolean(p && p.trim())).join(" ");

/** One line each, for replies that list facts (status, date, tracking link…). */
export const rows = (...parts: (string | null | undefined | false)[]) => parts.filter((p): p is string => Boolean(p && p.trim())).join("\n");
