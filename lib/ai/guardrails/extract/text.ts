/**
 * Text helpers for the claim extractors. Every extractor reads a folded copy of the text (lower
 * case, no accents) that keeps the original's UTF-16 offsets, so a match maps back to the exact
 * words the draft used.
 */

/** Lower case without accents, the same length as `s` (offsets stay valid). */
export function fold(s: string): string {
  let out = "";
  for (const ch of s) {
    const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    out += base.length === ch.length ? base : ch.length === 1 ? (ch.toLowerCase().length === 1 ? ch.toLowerCase() : " ") : " ".repeat(ch.length);
  }
  return out;
}

/** Lower case, no accents, punctuation and symbols turned into single spaces. */
export function normalizeWords(s: string): string {
  return fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export type Span = { start: number; end: number };

/** The working copy an extractor reads: the original (for casing) and its folded twin, both masked as claims are taken. */
export type Workspace = { original: string; folded: string };

export function workspace(text: string): Workspace {
  return { original: text, folded: fold(text) };
}

/**
 * Blanks a span out of both copies so later extractors do not read it again. The filler is a
 * control character, not spaces: words on either side must not run together ("Tue 1 Dec" then
 * a blanked "10:00" must not read as "Dec" and a year).
 */
export const MASK = "\u0000";
export function mask(ws: Workspace, span: Span): void {
  const blank = MASK.repeat(span.end - span.start);
  ws.original = ws.original.slice(0, span.start) + blank + ws.original.slice(span.end);
  ws.folded = ws.folded.slice(0, span.start) + blank + ws.folded.slice(span.end);
}

/** Every match of a global regex, with its span. */
export function* matches(re: RegExp, s: string): Generator<RegExpExecArray> {
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
  for (let m = g.exec(s); m; m = g.exec(s)) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    yield m;
  }
}

/** An alternation of literal words, longest first, for use inside a regex. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
}

/** Digits only. */
export const digitsOf = (s: string) => s.replace(/\D/g, "");

/** Every maximal run of digits in a text. */
export const digitRuns = (s: string) => s.match(/\d+/g) ?? [];
