import type { Language } from "../types";
import { FRUSTRATION, GRATITUDE, HUMAN_REQUEST, HUMAN_WORD_ALONE, SENSITIVE_TOPIC_KEYWORDS } from "./escalation-lexicon";
import { fold } from "./extract/text";

export { SENSITIVE_TOPIC_KEYWORDS } from "./escalation-lexicon";

export type EscalationReason = "human_request" | "frustration" | "sensitive";
export type EscalationSignal = { reason: EscalationReason | null; topic?: string; signals: string[] };
export type EscalationInput = { language: Language; history: { customerTexts: string[]; failures: number }; sensitiveTopics: string[] };

const LANGUAGES: Language[] = ["es", "en", "pt"];
const clean = (s: string) => fold(s.replace(/[’`´]/g, "'")).replace(/\s+/g, " ").trim();
const phrase = (sources: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join("|")})(?![\\p{L}\\p{N}])`, "u");

const humanRe = phrase(LANGUAGES.flatMap((l) => HUMAN_REQUEST[l]));
const frustrationRe = Object.fromEntries(LANGUAGES.map((l) => [l, phrase([...new Set([...FRUSTRATION[l], ...FRUSTRATION.en])].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")))])) as Record<Language, RegExp>;
const topicRe = new Map(Object.entries(SENSITIVE_TOPIC_KEYWORDS).map(([topic, words]) => [topic, phrase(LANGUAGES.flatMap((l) => words[l]).map((w) => w.replace(/ /g, "\\s+")))]));

/** A question as compared with earlier ones: folded words only. */
export const normalizeQuestion = (s: string) => clean(s).replace(/[^\p{L}\p{N}]+/gu, " ").trim();

function sameQuestion(a: string, b: string): boolean {
  if (a.length < 12 || a.split(" ").length < 3) return false;
  if (a === b) return true;
  const [x, y] = [new Set(a.split(" ")), new Set(b.split(" "))];
  if (x.size < 4) return false;
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / new Set([...x, ...y]).size >= 0.8;
}

/** Mostly capitals: at least 10 letters, 70 % of them upper case. */
function shouting(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = letters.filter((c) => /\p{Lu}/u.test(c)).length;
  return letters.length >= 10 && upper / letters.length >= 0.7;
}

/** A topic key the workspace added itself ("garantia") is its own keyword. */
function topicMatcher(topic: string): RegExp {
  return topicRe.get(topic) ?? phrase([clean(topic).replace(/_/g, " ").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")]);
}

/**
 * Why this message should go to a person: the customer asked for one; they raised a sensitive
 * topic the workspace turned on; or they are frustrated (insults and anger, shouting, "!!!" or
 * "???", the assistant failed twice, or they asked the same question again). Shouting and
 * exclamations in a thank-you are not frustration. `signals` lists everything that fired.
 */
export function detectEscalation(text: string, input: EscalationInput): EscalationSignal {
  const folded = clean(text);
  const signals: string[] = [];

  const asksForPerson = humanRe.test(folded) || HUMAN_WORD_ALONE.test(normalizeQuestion(text));
  if (asksForPerson) signals.push("human_request");

  let topic: string | undefined;
  for (const key of input.sensitiveTopics) {
    const hit = topicMatcher(key).exec(folded);
    if (hit) {
      signals.push(`sensitive:${key}:${hit[0]}`);
      topic ??= key;
    }
  }

  const lexicon = frustrationRe[input.language].exec(folded);
  if (lexicon) signals.push(`frustration:lexicon:${lexicon[0]}`);
  const grateful = GRATITUDE.test(folded);
  if (shouting(text) && !grateful) signals.push("frustration:caps");
  if (/[!?¡¿]{3,}/.test(text.replace(/\s+/g, "")) && !grateful) signals.push("frustration:punctuation");
  if (input.history.failures >= 2) signals.push(`frustration:failures:${input.history.failures}`);
  const question = normalizeQuestion(text);
  if (input.history.customerTexts.slice(-5).some((earlier) => sameQuestion(question, normalizeQuestion(earlier)))) signals.push("frustration:repeated_question");

  const reason: EscalationReason | null = asksForPerson ? "human_request" : topic ? "sensitive" : signals.some((s) => s.startsWith("frustration:")) ? "frustration" : null;
  return { reason, ...(reason === "sensitive" ? { topic } : {}), signals };
}
