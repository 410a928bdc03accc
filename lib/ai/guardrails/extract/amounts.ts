import { NUMBER_WORDS, parseNumberWords } from "./number-words";
import { alternation, matches } from "./text";
import type { Extractor, Found } from "./types";

/** Currency markers (folded) → code. "$" alone stays "$": a dollar or any peso. */
const CURRENCIES: Record<string, string> = {
  "€": "EUR", eur: "EUR", euro: "EUR", euros: "EUR",
  "r$": "BRL", brl: "BRL", real: "BRL", reais: "BRL", reales: "BRL",
  "us$": "USD", "u$s": "USD", usd: "USD", dolar: "USD", dolares: "USD", dollar: "USD", dollars: "USD",
  $: "$", peso: "$", pesos: "$",
  mxn: "MXN", ars: "ARS", clp: "CLP", cop: "COP", uyu: "UYU", pen: "PEN", "s/": "PEN", "s/.": "PEN", sol: "PEN", soles: "PEN",
  "£": "GBP", gbp: "GBP", libras: "GBP", pounds: "GBP",
};
const DOLLAR_LIKE = new Set(["$", "USD", "MXN", "ARS", "CLP", "COP", "UYU"]);
const SYMBOLS = ["r$", "us$", "u$s", "$", "€", "£", "s/.", "s/"];
const CODES = ["eur", "usd", "brl", "mxn", "ars", "clp", "cop", "uyu", "pen", "gbp"];
const WORDS = Object.keys(CURRENCIES).filter((k) => /^[a-z]+$/.test(k) && !CODES.includes(k));

const NUM = String.raw`\d{1,3}(?:[.,\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const PREFIX = new RegExp(String.raw`(?<![\w$€£])(${alternation([...SYMBOLS, ...CODES])})\s?(${NUM})(?![\d.,]*\d)`, "g");
const SUFFIX = new RegExp(String.raw`(?<![\d.,])(${NUM})\s?(${alternation([...SYMBOLS, ...CODES, ...WORDS])})(?![a-z])`, "g");
const SPELLED = new RegExp(String.raw`\b(${NUMBER_WORDS})\s+(?:de\s+)?(${alternation(WORDS)})\b`, "g");
const FREE = /\b(gratis|gratuit[oa]s?|sin (?:coste|costo|cargo)|sem custo|free of charge|for free|no charge|at no cost)\b/g;

/** "1.299,00", "1,299.00", "60,5", "1.299" (thousands), "60.50" → a number. */
export function parseAmountNumber(raw: string): number {
  const s = raw.replace(/[\u00a0\u202f]/g, ".");
  const seps = s.match(/[.,]/g) ?? [];
  if (seps.length === 0) return Number(s);
  const last = Math.max(s.lastIndexOf("."), s.lastIndexOf(","));
  const lastSep = s[last];
  const mixed = new Set(seps).size > 1;
  const decimals = s.length - last - 1;
  const isDecimal = mixed || (seps.filter((c) => c === lastSep).length === 1 && decimals !== 3);
  const intPart = (isDecimal ? s.slice(0, last) : s).replace(/[.,]/g, "");
  return isDecimal ? Number(`${intPart}.${s.slice(last + 1)}`) : Number(intPart);
}

export const currencyOf = (marker: string) => CURRENCIES[marker.replace(/\s+/g, "")] ?? "$";

/** Same currency, or "$" against any dollar or peso; "*" (free) goes with every currency. */
export function sameCurrency(a: string, b: string): boolean {
  if (a === b || a === "*" || b === "*") return true;
  return (a === "$" && DOLLAR_LIKE.has(b)) || (b === "$" && DOLLAR_LIKE.has(a));
}

const found = (start: number, end: number, value: number, currency: string): Found => ({
  kind: "amount",
  start,
  end,
  normalized: `${value.toFixed(2)} ${currency}`,
  amount: { value, currency },
});

/** Prices and amounts: 60 €, 60,00 €, €60, $1,299.00, R$ 60,00, 60 euros, sesenta euros, gratis. */
export const extractAmounts: Extractor = (folded) => {
  const out: Found[] = [];
  const taken = (i: number) => out.some((f) => i >= f.start && i < f.end);
  for (const m of matches(PREFIX, folded)) out.push(found(m.index, m.index + m[0].length, parseAmountNumber(m[2]), currencyOf(m[1])));
  for (const m of matches(SUFFIX, folded)) if (!taken(m.index)) out.push(found(m.index, m.index + m[0].length, parseAmountNumber(m[1]), currencyOf(m[2])));
  for (const m of matches(SPELLED, folded)) {
    const value = parseNumberWords(m[1]);
    if (value !== null && !taken(m.index)) out.push(found(m.index, m.index + m[0].length, value, currencyOf(m[2])));
  }
  for (const m of matches(FREE, folded)) if (!taken(m.index)) out.push(found(m.index, m.index + m[0].length, 0, "*"));
  return out;
};
