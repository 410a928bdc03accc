/**
 * Dates printed on receipts and order screenshots, as ISO "YYYY-MM-DD": "12/03/2024", "12-03-24",
 * "2024-03-12", "12 de marzo de 2024", "12 mar. 2024", "March 12, 2024", "12 de março de 2024".
 * Numeric dates are read day first (Spain, Latin America, Brazil) unless that is impossible.
 */

const MONTHS: Record<string, number> = {};
const NAMES = [
  ["enero", "january", "janeiro", "ene", "jan"],
  ["febrero", "february", "fevereiro", "feb", "fev"],
  ["marzo", "march", "março", "marco", "mar"],
  ["abril", "april", "abr", "apr"],
  ["mayo", "may", "maio", "mai"],
  ["junio", "june", "junho", "jun"],
  ["julio", "july", "julho", "jul"],
  ["agosto", "august", "ago", "aug"],
  ["septiembre", "setiembre", "september", "setembro", "sep", "sept", "set"],
  ["octubre", "october", "outubro", "oct", "out"],
  ["noviembre", "november", "novembro", "nov"],
  ["diciembre", "december", "dezembro", "dic", "dec", "dez"],
];
NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));
const MONTH_WORD = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|")})\\.?`;

const NUMERIC = /(?<![\d/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]*\d)/g;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})(?:º|°)?\\s+(?:de\\s+)?${MONTH_WORD}\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)`, "gi");
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, "gi");

function iso(year: number, month: number, day: number): string | null {
  if (year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1 || year < 1990 || year > 2099) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return d.toISOString().slice(0, 10);
}

/** Every distinct date in the text, in the order they appear. */
export function datesIn(text: string, opts: { dayFirst?: boolean } = {}): string[] {
  const dayFirst = opts.dayFirst ?? true;
  const found: { at: number; date: string }[] = [];
  const add = (at: number, date: string | null) => {
    if (date) found.push({ at, date });
  };
  for (const m of text.matchAll(ISO)) add(m.index!, iso(+m[1], +m[2], +m[3]));
  for (const m of text.matchAll(NUMERIC)) {
    const [a, b, year] = [+m[1], +m[3], +m[4]];
    // Day first unless the first number cannot be a day's month partner (13/…) or the second cannot be a month.
    const dayMonth = dayFirst ? (b > 12 && a <= 12 ? [b, a] : [a, b]) : a > 12 ? [a, b] : [b, a];
    add(m.index!, iso(year, dayMonth[1], dayMonth[0]));
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR)) add(m.index!, iso(+m[3], MONTHS[m[2].toLowerCase()], +m[1]));
  for (const m of text.matchAll(MONTH_DAY_YEAR)) add(m.index!, iso(+m[3], MONTHS[m[1].toLowerCase()], +m[2]));
  return [...new Set(found.sort((x, y) => x.at - y.at).map((f) => f.date))];
}
