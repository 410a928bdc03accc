import type { Language } from "@/lib/ai/types";
import { MAX_ANSWER, MAX_QUESTION } from "./knowledge";
import { headerKey, readTable, shown, type CsvRead } from "./business-csv-table";

export type FaqRow = { question: string; answer: string; variants: string[]; tags: string[]; language: Language };
export type FaqRowReason = "question_missing" | "question_too_long" | "answer_missing" | "answer_too_long" | "variant_too_long" | "too_many_variants" | "too_many_tags" | "language_invalid" | "duplicate_question";

type Column = "question" | "answer" | "variants" | "tags" | "language";
const ALIASES: Record<Column, string[]> = {
  question: ["question", "pregunta", "pergunta", "faq", "q"],
  answer: ["answer", "respuesta", "resposta", "a"],
  variants: ["variants", "variantes", "variations", "variaciones", "variações", "otras formas", "other ways", "alternatives", "alternativas"],
  tags: ["tags", "etiquetas", "tag", "etiqueta", "categoria", "categoría", "category"],
  language: ["language", "idioma", "lengua", "lingua", "língua", "lang"],
};

const LANGUAGE_NAMES: Record<string, Language> = {
  es: "es",
  esp: "es",
  spa: "es",
  espanol: "es",
  castellano: "es",
  spanish: "es",
  en: "en",
  eng: "en",
  ingles: "en",
  english: "en",
  pt: "pt",
  por: "pt",
  portugues: "pt",
  portuguese: "pt",
  "pt br": "pt",
  "es es": "es",
  "es mx": "es",
  "en us": "en",
  "en gb": "en",
  "pt pt": "pt",
};

/** "es", "Español", "english", "pt-BR"… → a language; "" → the default; anything else → null. */
export function languageOf(text: string, fallback: Language): Language | null {
  const key = headerKey(text);
  return key ? (LANGUAGE_NAMES[key] ?? null) : fallback;
}

const split = (text: string, separators: RegExp) =>
  text
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * A FAQ file: `question` and `answer` columns required; `variants` separated by "|", `tags` by
 * "|", "," or ";", `language` es/en/pt (default `defaultLanguage`). A question may appear once per
 * language in the file.
 */
export function readFaqsFile(text: string, opts: { defaultLanguage?: Language } = {}): CsvRead<FaqRow, FaqRowReason> {
  const seen = new Map<string, number>();
  return readTable<Column, FaqRow, FaqRowReason>(text, { aliases: ALIASES, required: ["question", "answer"] }, (c, row, problem) => {
    if (!c.question) problem("question_missing");
    else if (c.question.length > MAX_QUESTION) problem("question_too_long");
    if (!c.answer) problem("answer_missing");
    else if (c.answer.length > MAX_ANSWER) problem("answer_too_long");
    const variants = split(c.variants, /\|/);
    if (variants.length > 50) problem("too_many_variants");
    const long = variants.find((v) => v.length > MAX_QUESTION);
    if (long) problem("variant_too_long", { value: shown(long) });
    const tags = split(c.tags, /[|,;]/).map((t) => t.toLowerCase().slice(0, 40));
    if (tags.length > 20) problem("too_many_tags");
    const language = languageOf(c.language, opts.defaultLanguage ?? "es");
    if (!language) problem("language_invalid", { value: shown(c.language) });
    if (c.question && language) {
      const key = `${language}:${headerKey(c.question)}`;
      if (seen.has(key)) problem("duplicate_question", { value: shown(c.question), otherRow: seen.get(key) });
      else seen.set(key, row);
    }
    return language ? { question: c.question, answer: c.answer, variants, tags, language } : null;
  });
}
