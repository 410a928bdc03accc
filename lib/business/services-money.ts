import type { Language } from "@/lib/ai/types";

/**
 * Prices as people type and read them. Stored as integer micro-units of a currency (ARCHITECTURE:
 * money); typed as "60", "60,00", "60.00", "1.234,50" or "1,234.50"; shown as "60,00 €" in Spanish,
 * "€60.00" in English, "R$ 60,00" in Brazilian Portuguese. Pure: safe in the browser too.
 */

export const MICROS = 1_000_000;
/** The highest price accepted, in whole units: anything above is a typing mistake. */
export const MAX_PRICE_UNITS = 100_000_000;

/** Currencies of the markets Hilo serves, first the likeliest. */
export const CURRENCIES = ["EUR", "USD", "MXN", "COP", "ARS", "CLP", "PEN", "BRL", "UYU", "BOB", "PYG", "GTQ", "CRC", "DOP", "PAB", "VES"] as const;
export const isCurrency = (c: string) => (CURRENCIES as readonly string[]).includes(c);

/**
 * A price as typed → micro-units, or null when it is not a price. With both separators, the last
 * one is the decimal mark; with one, it is a thousands separator only when exactly three digits
 * follow it ("1.500" is fifteen hundred, as in Spain; "60.5" and "60,50" are sixty and a half).
 * A currency symbol or code around the number is ignored.
 */
export function parsePrice(input: string): number | null {
  const text = input
    .trim()
    .replace(/^(?:[A-Z]{3}|R\$|US\$|[€$£])\s*/i, "")
    .replace(/\s*(?:[A-Z]{3}|[€$£])$/i, "")
    .replace(/[\s\u00a0\u202f']/g, "");
  if (!/^\d[\d.,]*$/.test(text) || /[.,]{2}|[.,]$/.test(text)) return null;
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  let integer: string;
  let fraction = "";
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    const [int, frac, ...rest] = text.split(decimal);
    if (rest.length || frac.includes(thousands) || !/^\d{1,3}([.,]\d{3})*$/.test(int)) return null;
    integer = int.split(thousands).join("");
    fraction = frac;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? "." : ",";
    const groups = text.split(sep);
    const grouped = groups.length > 2 || (groups[1].length === 3 && groups[0] !== "0");
    if (grouped) {
      if (!groups.slice(1).every((g) => g.length === 3) || groups[0].length > 3) return null;
      integer = groups.join("");
    } else {
      [integer, fraction] = groups;
    }
  } else integer = text;
  if (fraction.length > 6) return null;
  const units = Number(integer);
  if (!Number.isSafeInteger(units) || units > MAX_PRICE_UNITS) return null;
  return units * MICROS + Number(fraction.padEnd(6, "0") || "0");
}

/** Spanish-speaking country by currency, so pesos look as they do at home ("$60.00" in Mexico). */
const SPANISH_LOCALE: Record<string, string> = { MXN: "es-MX", COP: "es-CO", ARS: "es-AR", CLP: "es-CL", PEN: "es-PE", UYU: "es-UY", BOB: "es-BO", PYG: "es-PY", GTQ: "es-GT", CRC: "es-CR", DOP: "es-DO", PAB: "es-PA", VES: "es-VE", USD: "es-US" };

function localeFor(language: Language, currency: string): string {
  if (language === "en") return "en-US";
  if (language === "pt") return currency === "BRL" ? "pt-BR" : "pt-PT";
  return SPANISH_LOCALE[currency] ?? "es-ES";
}

/** "60,00 €" (es), "€60.00" (en), "R$ 60,00" (pt, reais). Ordinary spaces, so it reads the same on WhatsApp. */
export function formatMoney(micros: number, currency: string, language: Language): string {
  const code = currency.toUpperCase();
  try {
    return new Intl.NumberFormat(localeFor(language, code), { style: "currency", currency: code })
      .format(micros / MICROS)
      .replace(/[\u00a0\u202f]/g, " ");
  } catch {
    return `${(micros / MICROS).toFixed(2)} ${code}`;
  }
}

/** Micro-units back to what a form shows: 60000000 → "60,00" (es/pt) or "60.00" (en). */
export function priceInputValue(micros: number | null, language: Language = "es"): string {
  if (micros === null) return "";
  const text = (micros / MICROS).toFixed(micros % 10_000 ? 4 : 2).replace(/(\.\d\d)0+$/, "$1");
  return language === "en" ? text : text.replace(".", ",");
}
