/**
 * A price as a business owner types it — "60.00 EUR", "60,00 €", "R$ 1.299,90", "$450 MXN",
 * "1,234.50 USD", "25990 CLP" — as integer micro-units and an ISO currency. Exact: the digits are
 * read as a string, never through a float.
 */
export type ParsedPrice = { amountMicros: number; currency: string };

const SYMBOLS: [RegExp, string][] = [
  [/R\$/, "BRL"],
  [/US\$/, "USD"],
  [/€/, "EUR"],
  [/£/, "GBP"],
];

export function parsePrice(text: string, fallbackCurrency = "EUR"): ParsedPrice {
  const raw = text.trim();
  let currency: string | null = null;
  const code = /\b([A-Z]{3})\b/.exec(raw);
  if (code) currency = code[1];
  for (const [symbol, iso] of SYMBOLS) if (!currency && symbol.test(raw)) currency = iso;
  if (!currency && raw.includes("$")) currency = fallbackCurrency;
  currency ??= fallbackCurrency;

  const number = raw.replace(/[A-Z]{3}|R\$|US\$|[€£$]/g, "").replace(/[\s\u00a0\u202f]/g, "");
  if (!/^-?\d[\d.,']*$/.test(number)) throw new Error(`not a price: "${text}"`);
  const negative = number.startsWith("-");
  const digits = number.replace(/^-/, "").replace(/'/g, "");
  const lastDot = digits.lastIndexOf(".");
  const lastComma = digits.lastIndexOf(",");
  let whole = digits;
  let fraction = "";
  const decimalAt = (() => {
    if (lastDot >= 0 && lastComma >= 0) return Math.max(lastDot, lastComma);
    const at = Math.max(lastDot, lastComma);
    if (at < 0) return -1;
    const sep = digits[at];
    const groups = digits.split(sep);
    // "1.500" or "25.990" (one separator, three digits after, repeated groups) are thousands.
    const thousands = groups.length > 1 && groups.slice(1).every((g) => g.length === 3) && (groups.length > 2 || groups[0].length <= 3);
    if (!thousands && groups.length > 2) throw new Error(`not a price: "${text}"`);
    return thousands ? -1 : at;
  })();
  if (decimalAt >= 0) {
    whole = digits.slice(0, decimalAt);
    fraction = digits.slice(decimalAt + 1);
  }
  whole = whole.replace(/[.,]/g, "");
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || fraction.length > 6 || (!whole && !fraction)) throw new Error(`not a price: "${text}"`);
  const micros = Number(whole || "0") * 1_000_000 + Number((fraction + "000000").slice(0, 6));
  if (!Number.isSafeInteger(micros)) throw new Error(`price too large: "${text}"`);
  return { amountMicros: negative ? -micros : micros, currency };
}
