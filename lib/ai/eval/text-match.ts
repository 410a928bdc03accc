import type { Language } from "../types";

/**
 * How the evaluation reads a reply: substrings are compared without case, accents or spacing
 * differences (a narrow no-break space in "60,00 €" is a space), and the language of a reply is
 * guessed from common words — enough for es / en / pt, and honest about short texts.
 */

export function normalizeText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

export const containsText = (haystack: string, needle: string) => normalizeText(haystack).includes(normalizeText(needle));

/** Which `mentions` entries are missing (an array entry is satisfied by any of its strings). */
export function missingMentions(text: string, mentions: (string | string[])[]): (string | string[])[] {
  return mentions.filter((m) => !(Array.isArray(m) ? m : [m]).some((alt) => containsText(text, alt)));
}

/** Which `mustNotMention` strings appear. */
export function forbiddenMentions(text: string, mustNot: string[]): string[] {
  return mustNot.filter((m) => containsText(text, m));
}

// Frequent words that tell the three languages apart (after accent removal, so "não" is "nao").
const MARKERS: Record<Language, string[]> = {
  es: ["el", "la", "los", "las", "del", "que", "es", "esta", "estan", "para", "por", "con", "una", "un", "tu", "su", "pedido", "cita", "hola", "gracias", "y", "lo", "te", "le", "muy", "pero", "hoy", "manana", "puedes", "podemos", "hasta", "tenemos", "horario", "precio", "ya", "donde", "cuando", "si", "no", "hay"],
  pt: ["o", "a", "os", "as", "do", "da", "dos", "das", "que", "e", "esta", "para", "por", "com", "uma", "um", "voce", "seu", "sua", "pedido", "ola", "obrigado", "obrigada", "nao", "em", "no", "na", "nos", "ao", "muito", "mas", "hoje", "amanha", "pode", "podemos", "ate", "temos", "horario", "preco", "ja", "onde", "quando", "sim", "agendamento", "consulta"],
  en: ["the", "a", "an", "is", "are", "your", "you", "to", "for", "with", "and", "of", "order", "appointment", "hello", "hi", "thanks", "thank", "we", "our", "it", "be", "will", "can", "today", "tomorrow", "until", "have", "hours", "price", "where", "when", "yes", "not", "please", "open", "closed", "at", "on", "in"],
};

/** The reply's language, or null when the text is too short or too mixed to tell. */
export function detectLanguage(text: string): Language | null {
  const words = normalizeText(text).split(/[^a-z]+/).filter(Boolean);
  if (words.length < 3) return null;
  const scores = (Object.keys(MARKERS) as Language[]).map((l) => ({ l, n: words.filter((w) => MARKERS[l].includes(w)).length }));
  // Words only one language uses weigh more: "nao", "voce", "the" say more than "que".
  for (const s of scores) s.n += words.filter((w) => MARKERS[s.l].includes(w) && !(Object.keys(MARKERS) as Language[]).some((o) => o !== s.l && MARKERS[o].includes(w))).length;
  scores.sort((x, y) => y.n - x.n);
  if (scores[0].n === 0 || scores[0].n === scores[1].n) return null;
  return scores[0].l;
}
