/**
 * Amounts and currencies as they appear on Spanish, Latin American, Brazilian and English receipts
 * ("59,90 €", "R$ 1.250,00", "$45.99", "EUR 12"), read through OCR noise ("59, 90", "S9,9O").
 */

/** `amount` as printed (OCR look-alikes fixed), `micros` its value in millionths. */
export type Money = { amount: string; currency: string | null; micros: number; hasCents: boolean };

/** Currency markers. A bare "$" names no currency: it is used from Mexico to Chile. */
const CURRENCY_MARKERS: [RegExp, string][] = [
  [/R\s?\$|\bBRL\b|\breais\b/gi, "BRL"],
  [/US\s?\$|\bUSD\b|\bd[oó]lares\b|\bdollars?\b/gi, "USD"],
  [/MX\s?\$|\bMXN\b/gi, "MXN"],
  [/\bCOP\b/gi, "COP"],
  [/\bARS\b/gi, "ARS"],
  [/\bCLP\b/gi, "CLP"],
  [/\bPEN\b|\bS\/\.?/gi, "PEN"],
  [/€|\bEUR\b|\beuros?\b/gi, "EUR"],
  [/£|\bGBP\b/gi, "GBP"],
];

/** The currency written in a piece of text, if exactly one kind is. */
export function currencyIn(text: string): string | null {
  const found = new Set<string>();
  let rest = text;
  for (const [re, code] of CURRENCY_MARKERS) {
    if (rest.match(re)) found.add(code);
    rest = rest.replace(re, " ");
  }
  return found.size === 1 ? [...found][0] : null;
}

/** Letters OCR confuses with digits, fixed only inside what is otherwise a number. */
const LOOKALIKES: Record<string, string> = { O: "0", o: "0", D: "0", Q: "0", l: "1", I: "1", "|": "1", S: "5", s: "5", B: "8", Z: "2" };
const NUMBER = /^[0-9OoDQlI|SsBZ]+(?:[.,][0-9Oo]{3})*(?:[.,][0-9Oo]{2})?$/;
/** Currency signs or codes stuck to a figure ("€59,90", "59,90EUR", "R$120"), and trailing punctuation. */
const STUCK_BEFORE = /^(?:[-+(]|R\$|US\$|MX\$|S\/\.?|[€$£]|EUR|BRL|USD|MXN)+/i;
const STUCK_AFTER = /(?:[€$£]|EUR|BRL|USD|MXN|[:;)*]|\.(?=$)|,(?=$))+$/i;

/** Parses one figure as printed; null when it is no plausible amount. */
export function parseAmount(raw: string): Omit<Money, "currency"> | null {
  const token = raw.replace(STUCK_BEFORE, "").replace(STUCK_AFTER, "");
  if (!NUMBER.test(token)) return null;
  // At least two real digits: "S" or "lO" alone is a word, not a number.
  if ((token.match(/\d/g) ?? []).length < 2 && token.length > 1) return null;
  if (!/\d/.test(token)) return null;
  const fixed = token.replace(/[OoDQlI|SsBZ]/g, (c) => LOOKALIKES[c] ?? c);
  const cents = fixed.match(/^(.*)[.,](\d{2})$/);
  const whole = (cents ? cents[1] : fixed).replace(/[.,]/g, "");
  const micros = Number(whole) * 1_000_000 + (cents ? Number(cents[2]) * 10_000 : 0);
  if (!Number.isSafeInteger(micros)) return null;
  return { amount: fixed, micros, hasCents: Boolean(cents) };
}

/** Joins what OCR splits inside a figure: "59, 90" and "59 ,90" → "59,90". */
function rejoinFigures(line: string): string {
  return line.replace(/(\d)\s*([.,])\s+([0-9Oo]{2})(?![0-9Oo])/g, "$1$2$3").replace(/(\d)\s+([.,])([0-9Oo]{2})(?![0-9Oo])/g, "$1$2$3");
}

/** Every amount in a line, with the currency written on it or next to it, in order. */
export function amountsIn(line: string): Money[] {
  const tokens = rejoinFigures(line).split(/\s+/).filter(Boolean);
  const lineCurrency = currencyIn(line);
  const out: Money[] = [];
  tokens.forEach((token, i) => {
    if (/%$/.test(token)) return;
    const money = parseAmount(token);
    if (!money) return;
    const near = currencyIn(token) ?? currencyIn(tokens[i - 1] ?? "") ?? currencyIn(tokens[i + 1] ?? "");
    out.push({ ...money, currency: near ?? lineCurrency });
  });
  return out;
}

/** Whether a currency sign or code is written on the line at all (a bare "$" counts). */
export function hasCurrencyMark(line: string): boolean {
  return /[€$£]|\b(?:EUR|BRL|USD|MXN|COP|ARS|CLP|PEN|GBP)\b/i.test(line);
}

/** How an amount reads back to the customer: "59,90 €", "R$ 120,00", "US$ 12.50", or just the figure. */
export function formatMoney(m: { amount: string; currency: string | null }): string {
  switch (m.currency) {
    case "EUR":
      return `${m.amount} €`;
    case "BRL":
      return `R$ ${m.amount}`;
    case "USD":
      return `US$ ${m.amount}`;
    case "GBP":
      return `£${m.amount}`;
    case null:
      return m.amount;
    default:
      return `${m.amount} ${m.currency}`;
  }
}
