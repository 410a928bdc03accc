import type { Language } from "../types";
import { fold } from "./text";
import { extractWhen, type When } from "./when";

/**
 * What the customer's words name: an order number ("#8842", "pedido 8842", "order no. A-1209"),
 * an email, a phone number, their name, and when (see when.ts).
 */

export type Entities = { orderNumber?: string; email?: string; phone?: string; name?: string; when: When };

const ORDER_WORDS = /^(pedido|pedidos|orden|order|ordem|encomenda|compra|compras|n|no|nº|n°|num|numero|number|nr|nro|ref|referencia|reference|localizador|tracking|paquete|package|parcel|envio|shipment|pacote|codigo|code|#)$/;
const LINKERS = /^(de|del|do|da|mi|my|meu|minha|el|la|o|a|the|es|is|e|é|:|#|n|no|nº|n°|numero|number|num|nro|pedido|compra|order|con|with|com)$/;
const CANDIDATE = /^#?[a-z]{0,4}-?\d[a-z0-9-]{1,19}$/i;
const NOT_ORDER = /^(\d{1,2}(h|hs|am|pm|h\d{2})|\d{1,2}:\d{2}|\d+(€|eur|usd|brl|mxn|\$|%|min|mins|km|kg|x|st|nd|rd|th|o|a|º|ª))$/i;

const rawTokens = (text: string) =>
  text
    .replace(/[¿?¡!,;()"“”«»]/g, " ")
    .replace(/\.(\s|$)/g, " ")
    .split(/\s+/)
    .filter(Boolean);

const digits = (s: string) => s.replace(/\D/g, "").length;
const clean = (t: string) => t.replace(/^#/, "").replace(/[.:,]+$/, "");

/**
 * The order number the customer gives: after "#", or within a few words of "pedido"/"order"/
 * "encomenda"/"nº", or — when an order number is expected (the assistant asked for it, or the
 * message is just a number) — a bare token with three or more digits that is not a phone, a time
 * or an amount.
 */
export function extractOrderNumber(text: string, expectNumber = false): string | undefined {
  const toks = rawTokens(text);
  for (const t of toks) {
    const m = /^#\s?([a-z0-9][a-z0-9-]{1,19})$/i.exec(t);
    if (m && /\d/.test(m[1])) return clean(m[1]);
  }
  const folded = toks.map((t) => fold(t).replace(/[.:]+$/, ""));
  for (let i = 0; i < toks.length; i++) {
    if (!ORDER_WORDS.test(folded[i])) continue;
    for (let j = i + 1; j < Math.min(toks.length, i + 5); j++) {
      const t = toks[j].replace(/[.:]+$/, "");
      if (CANDIDATE.test(t) && !NOT_ORDER.test(t) && digits(t) >= 2 && digits(t) <= 14 && !(digits(t) >= 9 && /^\+/.test(t))) return clean(t);
      if (!LINKERS.test(folded[j])) break;
    }
  }
  // A code like "MX-7781" or "OV2020" is an order reference wherever it stands.
  for (const t0 of toks) {
    const t = t0.replace(/[.:,]+$/, "");
    if (/^[A-Z]{1,4}-?\d{3,12}$/.test(t)) return t;
  }
  const short = toks.length <= 4;
  if (!expectNumber && !short) return undefined;
  for (const t0 of toks) {
    const t = t0.replace(/[.:]+$/, "");
    if (CANDIDATE.test(t) && !NOT_ORDER.test(t) && digits(t) >= 3 && digits(t) <= 12 && !(digits(t) >= 9 && /^\+?\d+$/.test(t))) return clean(t);
  }
  return undefined;
}

export function extractEmail(text: string): string | undefined {
  return /[\w.+-]+@[\w-]+(\.[\w-]+)+/.exec(text)?.[0];
}

/** A phone number: 9 to 15 digits, possibly with "+", spaces, dots or dashes. */
export function extractPhone(text: string, exclude?: string): string | undefined {
  for (const m of text.matchAll(/(\+?\d[\d\s().-]{7,18}\d)/g)) {
    const n = m[1].replace(/[^\d+]/g, "");
    const count = digits(n);
    if (count >= 9 && count <= 15 && n !== exclude && !/^\d{1,2}[/.-]\d{1,2}/.test(m[1])) return n;
  }
  return undefined;
}

const NAME_WORD = "[A-Za-zÁÉÍÓÚÜÑÇÃÕÂÊÔÀáéíóúüñçãõâêôà'’-]+";
const NAME_STOP = new Set(
  "y e and de del da do el la o a the from of en in con com with cliente client customer interesado interesada interessado interessada nuevo nueva novo nova new aqui here quiero quero want i que pero but muy very un una um uma an tu your su seu sua vuestro looking writing calling escribiendo gracias obrigado thanks por para hola oi hi".split(" "),
);

/** "me llamo Ana García", "my name is John", "meu nome é João", "soy Marta" (capitalised). */
export function extractName(text: string): string | undefined {
  const free = new RegExp(`(?:me llamo|mi nombre es|my name is|name is|meu nome [eé]|me chamo|nombre:|name:|nome:|a nombre de|em nome de|in the name of)\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})`, "i");
  const capital = new RegExp(`(?:\\b[Ss]oy|\\b[Ss]ou|\\b[Ii]'?m|\\b[Ii] am|\\b[Tt]his is|\\b[Aa]qu[ií] (?:es|[eé])|\\b[Hh]abla)\\s+(?:o |a |el |la )?([A-ZÁÉÍÓÚÑÇ]${NAME_WORD.slice(0, -1)}*(?:\\s+[A-ZÁÉÍÓÚÑÇ]${NAME_WORD.slice(0, -1)}*){0,2})`);
  const m = free.exec(text) ?? capital.exec(text);
  if (!m) return undefined;
  const words: string[] = [];
  for (const w of m[1].split(/\s+/)) {
    if (NAME_STOP.has(fold(w)) && !(words.length > 0 && /^(de|da|do|del)$/i.test(w))) break;
    words.push(w);
  }
  while (words.length && /^(de|da|do|del)$/i.test(words[words.length - 1])) words.pop();
  if (!words.length || words.join(" ").length > 60) return undefined;
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
}

export function extractEntities(text: string, input: { language: Language; now: Date; timeZone: string; expectOrderNumber?: boolean }): Entities {
  const orderNumber = extractOrderNumber(text, input.expectOrderNumber);
  const email = extractEmail(text);
  const phone = extractPhone(email ? text.replace(email, " ") : text, orderNumber);
  return { orderNumber: phone && orderNumber && phone.endsWith(orderNumber) ? undefined : orderNumber, email, phone, name: extractName(text), when: extractWhen(text, input.language, input.now, input.timeZone) };
}
