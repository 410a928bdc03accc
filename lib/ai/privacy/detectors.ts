import { findPhoneNumbersInText, type CountryCode } from "libphonenumber-js/max";
import { isCardNumber, isCpf, isCuit, isCurp, isDniOrNie, isIban, isRfc, isRut } from "./checksums";

export type PiiKind = "EMAIL" | "IBAN" | "CARD" | "ID" | "PHONE";
/** A piece of personal data in a text: where, what, and a canonical form (same value → same key). */
export type PiiSpan = { start: number; end: number; kind: PiiKind; key: string };

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const IBAN = /\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{1,4}){3,8}\b/gi;
const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
/** Candidate ids, each with its validator. */
const IDS: [RegExp, (s: string) => boolean][] = [
  [/(?<![\p{L}\p{N}])[XYZ][ -]?\d{7}[ -]?[A-Z](?![\p{L}\p{N}])/giu, isDniOrNie],
  [/(?<![\p{L}\p{N}.-])\d{8}[ -]?[A-Z](?![\p{L}\p{N}])/giu, isDniOrNie],
  [/(?<![\p{L}\p{N}])[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z\d]\d(?![\p{L}\p{N}])/giu, isCurp],
  [/(?<![\p{L}\p{N}&])[A-ZÑ&]{3,4}\d{6}[A-Z\d]{3}(?![\p{L}\p{N}])/giu, isRfc],
  [/(?<![\d.-])\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![\d.-])/g, isCpf],
  [/(?<![\d-])(?:20|23|24|27|30|33|34)-?\d{8}-?\d(?![\d-])/g, isCuit],
  [/(?<![\d.-])\d{1,2}\.?\d{3}\.?\d{3}-[\dkK](?![\p{L}\p{N}])/gu, isRut],
];
/** Where our customers' numbers come from: a national number is tried in each. */
const COUNTRIES: CountryCode[] = ["ES", "MX", "BR", "AR", "CO", "CL", "PE"];

const compact = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, "").toUpperCase();

/** The longest prefix of an IBAN-looking run that passes mod 97 ("ES91 2100 … 1332 HOLA" → without "HOLA"). */
function ibanPrefix(run: string): number | null {
  for (let end = run.length; end >= 15; end--) {
    const candidate = run.slice(0, end);
    const atBoundary = end === run.length || /[ -]/.test(run[end]);
    if (atBoundary && /[A-Z0-9]$/i.test(candidate) && isIban(candidate.replace(/[ -]/g, ""))) return end;
  }
  return null;
}

/**
 * Personal data in a text: emails, IBANs (mod 97), card numbers (Luhn), national ids with valid
 * check digits (DNI/NIE, CURP, RFC, CPF, CUIT, RUT) and phone numbers valid in our markets. Spans
 * never overlap; the more specific kind wins.
 */
export function findPii(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const free = (start: number, end: number) => !spans.some((s) => start < s.end && s.start < end);
  const add = (start: number, end: number, kind: PiiKind, key: string) => {
    if (free(start, end)) spans.push({ start, end, kind, key });
  };
  for (const m of text.matchAll(EMAIL)) add(m.index, m.index + m[0].length, "EMAIL", m[0].toLowerCase());
  for (const m of text.matchAll(IBAN)) {
    const end = ibanPrefix(m[0]);
    if (end) add(m.index, m.index + end, "IBAN", compact(m[0].slice(0, end)));
  }
  for (const m of text.matchAll(CARD)) if (isCardNumber(m[0])) add(m.index, m.index + m[0].length, "CARD", compact(m[0]));
  for (const [re, valid] of IDS) for (const m of text.matchAll(re)) if (valid(m[0])) add(m.index, m.index + m[0].length, "ID", compact(m[0]));
  const phones = COUNTRIES.flatMap((defaultCountry) => findPhoneNumbersInText(text, { defaultCountry }).filter((p) => p.number.isValid()));
  phones.sort((a, b) => b.endsAt - b.startsAt - (a.endsAt - a.startsAt));
  for (const p of phones) add(p.startsAt, p.endsAt, "PHONE", p.number.number);
  return spans.sort((a, b) => a.start - b.start);
}
