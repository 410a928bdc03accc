/**
 * Text normalisation shared by the local model: folding (case, accents), WhatsApp shorthand,
 * tokens, and the tolerant token comparison (typos, Latin American / Brazilian spellings) that
 * the lexicons rely on.
 */

/** Lowercase without diacritics: "Mañana, ¿CUÁNTO?" → "manana, ¿cuanto?". */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** Chat shorthand → the word it stands for (after folding). */
const SHORTHAND: Record<string, string> = {
  q: "que", k: "que", ke: "que", xq: "porque", pq: "porque", porq: "porque", x: "por", tb: "tambien", tmb: "tambien", tbn: "tambien",
  tbm: "tambem", vc: "voce", vcs: "voces", voce: "voce", dnd: "donde", cdo: "cuando", pa: "para", pra: "para", pro: "para",
  d: "de", msj: "mensaje", msg: "mensagem", pls: "please", plz: "please", thx: "thanks", thnx: "thanks",
  ty: "thanks", u: "you", ur: "your", im: "i am", cant: "can not", cannot: "can not", dont: "do not", doesnt: "does not", didnt: "did not",
  wont: "will not", hasnt: "has not", havent: "have not", isnt: "is not", wasnt: "was not", whats: "what is", wheres: "where is",
  obg: "obrigado", obgd: "obrigado", obgda: "obrigada", brigado: "obrigado", brigada: "obrigada", vlw: "valeu", blz: "beleza",
  tdo: "todo", td: "tudo", hj: "hoje", amn: "amanha", hrs: "horas", hs: "horas", hr: "hora", nro: "numero", num: "numero",
  n: "numero", pfv: "por favor", pf: "por favor", porfa: "por favor", xfa: "por favor", xfavor: "por favor", tqm: "gracias",
  ta: "esta", oq: "o que", cmg: "comigo", qdo: "quando", qnd: "quando", qto: "quanto", qt: "quanto", mt: "muito", mto: "muito",
};

/**
 * Folded, punctuation-free, shorthand expanded, letter runs collapsed ("holaaa" → "hola"),
 * apostrophes dropped ("don't" → "do not"). Keeps "#", digits and "@" so numbers and emails survive.
 */
export function normalize(text: string): string {
  const folded = fold(text)
    .replace(/['’`´]/g, "")
    .replace(/([a-z])\1{2,}/g, "$1")
    .replace(/[^a-z0-9#@ñ\s-]/g, " ")
    .replace(/(^|\s)-+|-+(\s|$)/g, " ");
  return folded
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => (Object.hasOwn(SHORTHAND, t) ? SHORTHAND[t] : t))
    .join(" ");
}

export function tokens(text: string): string[] {
  return normalize(text).split(/[\s-]+/).filter(Boolean);
}

/**
 * How a word sounds in Spanish / Portuguese spelling, so "sita" = "cita", "kiero" = "quiero",
 * "orario" = "horario", "reserbar" = "reservar".
 */
export function phonetic(word: string): string {
  return word
    .replace(/ch/g, "§")
    .replace(/h/g, "")
    .replace(/qu([ei])/g, "k$1")
    .replace(/c([ei])/g, "s$1")
    .replace(/[cq]/g, "k")
    .replace(/z/g, "s")
    .replace(/v/g, "b")
    .replace(/ll/g, "y")
    .replace(/y/g, "i")
    .replace(/([a-z])\1+/g, "$1");
}

/** Keys next to each other on a keyboard, and letters that sound alike in es/pt: the typos people make. */
const NEAR: Record<string, string> = {
  q: "wask", w: "qeasd", e: "wrsdf", r: "etdfg", t: "ryfgh", y: "tughji", u: "yihjk", i: "uojkly", o: "ipkl", p: "ol",
  a: "qwszx", s: "qweadzxc", d: "wersfxcv", f: "ertdgcvb", g: "rtyfhvbnj", h: "tyugjbnm", j: "yuihknmg", k: "uiojlmcq", l: "iopk",
  z: "asxc", x: "zsdca", c: "xdfvszk", v: "cfgbw", b: "vghn", n: "bhjm", m: "njk",
};
// "vieja" / "viejo", "pronta" / "pronto": gender endings differ by one vowel.
const substitution = (a: string, b: string) => (a === b ? 0 : (NEAR[a]?.includes(b) ?? false) || (a === "a" && b === "o") || (a === "o" && b === "a") ? 1 : 2);

/**
 * Optimal-string-alignment distance where a letter can only be mistyped as a neighbouring key or
 * a same-sounding letter ("quedarme" is not a typo of "quejarme"); abandons once over `max`.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2: number[] = new Array(b.length + 1).fill(0);
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + substitution(a[i - 1], b[j - 1]));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    prev2.splice(0, prev2.length, ...prev);
    prev = cur;
    if (rowMin > max) return max + 1;
  }
  return prev[b.length];
}

const allowedTypos = (length: number) => (length >= 10 ? 2 : length >= 5 ? 1 : 0);

/**
 * Whether a customer's token matches a lexicon token: equal, same sound, or a typo away (one edit
 * from 5 letters, two from 9). A trailing "*" on the lexicon token matches any ending. `fuzzy`
 * false (the token is itself a real word: "hasta" is no typo of "harta") allows exact matches only.
 */
export function tokenMatches(token: string, cue: string, fuzzy = true): boolean {
  if (cue.endsWith("*")) {
    const stem = cue.slice(0, -1);
    if (token.startsWith(stem)) return true;
    if (!fuzzy || stem.length < 5 || token.length < stem.length) return false;
    const head = token.slice(0, stem.length);
    return (head[0] === stem[0] && editDistance(head, stem, 1) <= 1) || phonetic(head) === phonetic(stem);
  }
  if (token === cue) return true;
  if (!fuzzy || cue.length < 3 || token.length < 3) return false;
  if (phonetic(token) === phonetic(cue)) return true;
  // People rarely mistype the first letter: "tarta" is no typo of "harta".
  if (token[0] !== cue[0]) return false;
  const max = allowedTypos(cue.length);
  return max > 0 && /[a-z]/.test(token) && editDistance(token, cue, max) <= max;
}

/** Stop words that say nothing about what the customer wants (all three languages, folded). */
export const STOP_WORDS = new Set(
  (
    "a al algo algun alguna ante aqui as ao aos com como con cual cuales da das de del do dos e el ella em en entre era es esa ese eso esta este esto estoy " +
    "eu i is it la las le les lo los me mi mis muy na nas no nos o os para pela pelo per pero por porque pra que se ser si sim sin so sobre su sus " +
    "te tem tengo teneis tenes tienen tiene ti tu tus um uma un una uno unos vos vosotros voce voces y ya the an and or of to in on at for with my your " +
    "you we our me be are was do does did have has can could would will please hola ola oi hello hi buenas buenos bom boa dia dias tardes noches gracias " +
    "obrigado obrigada thanks thank quiero quisiera queria quero gostaria would like want need necesito preciso saber know tell decir dizer hay ha he " +
    "what que quando cuando donde onde how much cuanto quanto is isso esse essa favor podeis podrian pueden puede puedo posso pode podem se sabe"
  ).split(" "),
);

/** A Spanish / Portuguese diminutive's base word: "gatitos" → "gatos", "perrito" → "perro" (null when none). */
export function undiminished(word: string): string | null {
  const m = /^(\w{3,}?)(?:c|z)?it([oa]s?)$/.exec(word);
  return m && word.length >= 6 && !/^(visit|bonit|necesit|invit|maldit|favorit|gratuit|exit|solicit|habit|limit|evit|marit|quit|escrit|descrit|infinit|debit|credit|merit|transit|deposit|suit|requisit)/.test(word) ? `${m[1]}${m[2]}` : null;
}

/** Content words of a text (stop words dropped, diminutives also as their base word), for overlaps. */
export function contentWords(text: string): string[] {
  const words = tokens(text).filter((t) => t.length > 2 && !STOP_WORDS.has(t) && !/^\d+$/.test(t));
  return [...words, ...words.map(undiminished).filter((w): w is string => Boolean(w))];
}

/** How many of `a`'s content words appear (tolerantly, by their first 5 letters) among `b`'s. */
export function overlap(a: string[], b: string[]): number {
  const stems = b.map((w) => w.slice(0, 5));
  return a.filter((w) => stems.some((s) => tokenMatches(w.slice(0, 5), s))).length;
}
