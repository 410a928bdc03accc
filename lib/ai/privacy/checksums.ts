/**
 * Check digits of the identifiers the redactor looks for, so that a random run of digits is not
 * taken for a document: Luhn (cards), ISO 13616 mod 97 (IBAN), Spanish DNI/NIE letters,
 * Brazilian CPF, Argentine CUIT, Chilean RUT and Mexican CURP (and the shape of an RFC).
 */

const digits = (s: string) => s.replace(/\D/g, "");

/** Card numbers: 13–19 digits, a known issuer prefix and a valid Luhn sum. */
export function isCardNumber(raw: string): boolean {
  const d = digits(raw);
  if (d.length < 13 || d.length > 19 || !/^(4|5[1-5]|2[2-7]|3[47]|6(?:011|5|4[4-9])|35|36|30[0-5]|38|39|50|5[06-9]|62)/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
    sum += n;
  }
  return sum % 10 === 0;
}

/** IBAN lengths of the countries our customers bank in (others: 15–34). */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AT: 20, BE: 16, BR: 29, CH: 21, CR: 22, DE: 22, DK: 18, DO: 28, ES: 24, FI: 18, FR: 27, GB: 22, GT: 28,
  IE: 22, IT: 27, LU: 20, NL: 18, NO: 15, PL: 28, PT: 25, SE: 24, SV: 28,
};

/** IBAN: country, check digits, then the rest (the country's length); moved and read as a number, it leaves 1 modulo 97. */
export function isIban(raw: string): boolean {
  const s = raw.replace(/[\s-]+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const expected = IBAN_LENGTHS[s.slice(0, 2)];
  if (expected !== undefined && s.length !== expected) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const c of v) rem = (rem * 10 + Number(c)) % 97;
  }
  return rem === 1;
}

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

/** Spanish DNI (8 digits and a letter) or NIE (X/Y/Z, 7 digits and a letter). */
export function isDniOrNie(raw: string): boolean {
  const s = raw.replace(/[\s-]/g, "").toUpperCase();
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(s);
  if (!m || (m[1] ? m[2].length !== 7 : m[2].length !== 8)) return false;
  const n = Number(`${m[1] ? "XYZ".indexOf(m[1]) : ""}${m[2]}`);
  return DNI_LETTERS[n % 23] === m[3];
}

/** Brazilian CPF: 11 digits, two mod-11 check digits, not all the same digit. */
export function isCpf(raw: string): boolean {
  const d = digits(raw);
  if (d.length !== 11 || /^(\d)\1{10}$/.test(d)) return false;
  const check = (len: number) => {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += Number(d[i]) * (len + 1 - i);
    return ((sum * 10) % 11) % 10;
  };
  return check(9) === Number(d[9]) && check(10) === Number(d[10]);
}

/** Argentine CUIT/CUIL: a type prefix, 8 digits and a mod-11 check digit. */
export function isCuit(raw: string): boolean {
  const d = digits(raw);
  if (d.length !== 11 || !/^(20|23|24|27|30|33|34)/.test(d)) return false;
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(d[i]), 0);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check === 10 ? 9 : check;
  return expected === Number(d[10]);
}

/** Chilean RUT/RUN: body and verifier (0–9 or K), mod 11 with weights 2…7. */
export function isRut(raw: string): boolean {
  const s = raw.replace(/[.\s]/g, "").toUpperCase();
  const m = /^(\d{7,8})-?([\dK])$/.exec(s);
  if (!m) return false;
  let sum = 0;
  let w = 2;
  for (let i = m[1].length - 1; i >= 0; i--) {
    sum += Number(m[1][i]) * w;
    w = w === 7 ? 2 : w + 1;
  }
  const v = 11 - (sum % 11);
  return (v === 11 ? "0" : v === 10 ? "K" : String(v)) === m[2];
}

const validYymmdd = (s: string) => {
  const [m, d] = [Number(s.slice(2, 4)), Number(s.slice(4, 6))];
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
};

/** Mexican CURP: 18 characters, a birth date, and a check digit over the first 17. */
export function isCurp(raw: string): boolean {
  const s = raw.toUpperCase();
  if (!/^[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z\d]\d$/.test(s) || !validYymmdd(s.slice(4, 10))) return false;
  const dict = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ";
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += dict.indexOf(s[i]) * (18 - i);
  return (10 - (sum % 10)) % 10 === Number(s[17]);
}

/**
 * Mexican RFC (12 characters for companies, 13 for people): letters, a valid date and a homoclave.
 * Its last check digit is not required: the SAT has issued RFCs that fail it, and a missed RFC is
 * worse than a redacted look-alike.
 */
export function isRfc(raw: string): boolean {
  const m = /^([A-ZÑ&]{3,4})(\d{6})([1-9A-V][1-9A-Z][\dA])$/.exec(raw.toUpperCase());
  return Boolean(m) && validYymmdd(m![2]);
}
