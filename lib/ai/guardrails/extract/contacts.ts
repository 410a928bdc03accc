import { digitsOf, matches } from "./text";
import type { Extractor, Found } from "./types";

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g;
const TLD = "com|es|net|org|mx|br|ar|cl|co|pe|uy|ec|bo|py|ve|cr|gt|do|io|app|shop|store|info|eu|pt|dev|link|me|online|site|tienda|page";
const URL_RE = new RegExp(String.raw`\bhttps?:\/\/[^\s<>"'\])]+|\bwww\.[^\s<>"'\])]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:${TLD})\b(?:\/[^\s<>"'\])]*)?`, "g");
/** A run of digits and phone separators: +34 600 123 456, (11) 91234-5678, 0034-600-123-456. */
const PHONE = /(?<![\w+/.,:-])(?:\+|00)?\d[\d\s().-]{6,}\d(?![\w/]|[.,:]\d)/g;

/** Lower case, no scheme, no "www.", no trailing slash: how two links are compared. */
export function normalizeUrl(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .replace(/[/?#]+$/, "");
}

/** Digits with the international prefix as "+": "0034 600…" and "+34 600…" compare equal. */
export function normalizePhone(raw: string): string {
  const digits = digitsOf(raw);
  return raw.trim().startsWith("+") ? `+${digits}` : raw.trim().startsWith("00") ? `+${digits.slice(2)}` : digits;
}

/** The same number, with or without its country code: one is the other's tail, at least 8 digits long. */
export function samePhone(a: string, b: string): boolean {
  const [x, y] = [digitsOf(a), digitsOf(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 8 && long.endsWith(short);
}

export const extractEmails: Extractor = (folded) =>
  [...matches(EMAIL, folded)].map((m): Found => ({ kind: "email", start: m.index, end: m.index + m[0].length, normalized: m[0].replace(/\.$/, "") }));

export const extractUrls: Extractor = (folded) =>
  [...matches(URL_RE, folded)].map((m): Found => {
    const text = m[0].replace(/[.,;:!?]+$/, "");
    return { kind: "url", start: m.index, end: m.index + text.length, normalized: normalizeUrl(text) };
  });

/** Phone numbers: 9 to 15 digits, written with the usual separators. */
export const extractPhones: Extractor = (folded) => {
  const out: Found[] = [];
  for (const m of matches(PHONE, folded)) {
    const text = m[0].replace(/[\s(.-]+$/, "");
    const n = digitsOf(text).length;
    if (n < 9 || n > 15 || /^\d{1,3}(\.\d{3}){2,}-\d{1,2}$/.test(text)) continue;
    out.push({ kind: "phone", start: m.index, end: m.index + text.length, normalized: normalizePhone(text) });
  }
  return out;
};
