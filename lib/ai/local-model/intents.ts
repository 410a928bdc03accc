import { INTENTS, type Intent, type Language } from "../types";
import { LEXICON, SENSITIVE, type IntentLexicon } from "./intents-lexicon";
import { MARKER_WORDS } from "./language";
import { fold, STOP_WORDS, tokenMatches, tokens } from "./text";

/**
 * Scores every intent for a message from the lexicons: each matching phrase adds its weight (the
 * best one fully, the others at a third, so many weak words never beat one clear phrase), combos
 * add theirs, and phrases of another language than the message's count a little less.
 */

type Cue = { words: string[]; w: number; lang: Language; only: boolean; text: string };
type CompiledCombo = { groups: string[][][]; w: number };
type Compiled = { cues: Cue[]; combos: CompiledCombo[] };

const phrases = (alternatives: string) => alternatives.split("|").map((p) => p.trim().split(/\s+/));

function compile(lex: IntentLexicon): Compiled {
  const cues: Cue[] = [];
  for (const [lang, text] of Object.entries(lex.cues) as [Language, string][]) {
    for (const raw of text.split("|")) {
      const [phrase, weight] = raw.split(":");
      const only = phrase.startsWith("!");
      const clean = phrase.replace(/^!/, "").trim();
      if (clean) cues.push({ words: clean.split(/\s+/), w: weight ? Number(weight) : 1, lang, only, text: clean });
    }
  }
  const combos = (lex.combos ?? []).map((c) => ({ groups: c.all.map(phrases), w: c.w }));
  return { cues, combos };
}

let compiled: Map<Intent, Compiled> | null = null;
let known: Set<string> | null = null;
function lexicon(): Map<Intent, Compiled> {
  compiled ??= new Map((Object.keys(LEXICON) as (keyof typeof LEXICON)[]).map((k) => [k as Intent, compile(LEXICON[k])]));
  return compiled;
}

/** Words the engine knows as words (lexicon, language markers, stop words): these are never read as typos. */
function knownWords(): Set<string> {
  if (!known) {
    known = new Set([...MARKER_WORDS, ...STOP_WORDS, ...COMMON]);
    for (const c of lexicon().values()) for (const cue of c.cues) for (const w of cue.words) if (!w.endsWith("*")) known.add(w);
  }
  return known;
}
const COMMON = "poder puedo pueden hasta desde mas menos muy bien mal hora horas dia dias ver ir voy vas va vamos van ser estar hacer decir dar tener poner venir salir llegar pasar quedar mismo misma todo toda todos nada cosa cosas vez veces mucho poco otro otra casa gente tiempo ahora luego antes despues siempre nunca aqui alli solo tambien".split(" ");

/** Capitalised words inside a sentence ("falar com a Marta"): names, never typos of a lexicon word. */
let names: Set<string> = new Set();
export function properNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![.!?¿¡]\s*|^\s*)\b(\p{Lu}\p{Ll}+)/gu)) out.add(fold(m[1]));
  return out;
}

const matches = (token: string, cue: string) => tokenMatches(token, cue, !knownWords().has(token) && !names.has(token));

/** Where `words` occur in `toks` in order, allowing one filler word between two of them; -1 if not. */
export function findPhrase(toks: string[], words: string[]): number {
  for (let start = 0; start < toks.length; start++) {
    if (!matches(toks[start], words[0])) continue;
    let pos = start;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) {
      if (pos + 1 < toks.length && matches(toks[pos + 1], words[k])) pos += 1;
      else if (pos + 2 < toks.length && matches(toks[pos + 2], words[k])) pos += 2;
      else ok = false;
    }
    if (ok) return start;
  }
  return -1;
}

/** Whether any of the alternatives ("word|two words|stem*") appears in the tokens. */
export function hasAny(toks: string[], alternatives: string | string[][]): boolean {
  const list = typeof alternatives === "string" ? phrases(alternatives) : alternatives;
  return list.some((words) => findPhrase(toks, words) >= 0);
}

export type IntentScores = { scores: Record<Intent, number>; matched: Partial<Record<Intent, string[]>>; shouting: number; sensitive: boolean };

/** Capitals, "!!!" and "???": how loudly the customer writes (0–2). */
export function shoutingLevel(text: string): number {
  const letters = text.replace(/[^A-Za-zÀ-ÿ]/g, "");
  const upper = letters.replace(/[^A-ZÀ-Þ]/g, "").length;
  let level = 0;
  if (letters.length >= 10 && upper / letters.length >= 0.7) level += 1.5;
  if (/!{2,}|\?{3,}|[!?]{3,}/.test(text)) level += 0.7;
  return level;
}

export function scoreIntents(text: string, language: Language): IntentScores {
  const toks = tokens(text);
  names = properNames(text);
  const scores = Object.fromEntries(INTENTS.map((i) => [i, 0])) as Record<Intent, number>;
  const matched: Partial<Record<Intent, string[]>> = {};
  for (const [intent, lex] of lexicon()) {
    const best = new Map<string, number>();
    for (const cue of lex.cues) {
      if (cue.only && cue.lang !== language) continue;
      if (findPhrase(toks, cue.words) < 0) continue;
      // The same phrase listed for two languages counts once.
      best.set(cue.text, Math.max(best.get(cue.text) ?? 0, cue.lang === language ? cue.w : cue.w * 0.85));
    }
    const weights = [...best.values()];
    if (best.size) matched[intent] = [...best.keys()];
    for (const combo of lex.combos) {
      if (combo.groups.every((g) => hasAny(toks, g))) {
        weights.push(combo.w);
        (matched[intent] ??= []).push(`combo:${combo.w}`);
      }
    }
    weights.sort((a, b) => b - a);
    scores[intent] = weights.length ? weights[0] + weights.slice(1).reduce((s, w) => s + w / 3, 0) : 0;
  }
  const shouting = shoutingLevel(text);
  if (shouting > 0) scores.complaint += scores.complaint > 0 || shouting >= 1.5 ? shouting : 0;
  return { scores, matched, shouting, sensitive: hasAny(toks, SENSITIVE) };
}

/** The task intents, best first (greeting, opt-out, complaints and people are decided apart). */
export const TASK_INTENTS: Intent[] = ["order_status", "delivery_change", "book_appointment", "reschedule_appointment", "cancel_appointment", "hours_location", "prices_services", "faq", "lead_interest"];

export function ranked(scores: Record<Intent, number>, among: Intent[] = TASK_INTENTS): [Intent, number][] {
  return among.map((i) => [i, scores[i]] as [Intent, number]).sort((a, b) => b[1] - a[1]);
}

/** Confidence from the winning score and how far ahead of the next it is. */
export function confidenceFor(top: number, second: number): number {
  const base = top >= 3 ? 0.92 : top >= 2.5 ? 0.89 : top >= 2 ? 0.86 : top >= 1.5 ? 0.78 : top >= 1 ? 0.7 : top >= 0.5 ? 0.6 : 0.42;
  const close = second > 0 && second >= top * 0.85 ? 0.12 : second >= top * 0.65 ? 0.05 : 0;
  return Math.max(0.3, Math.round((base - close) * 100) / 100);
}
