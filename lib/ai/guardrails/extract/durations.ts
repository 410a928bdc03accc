import { addDays, ymd } from "./calendar";
import { NUMBER_WORDS, parseCount } from "./number-words";
import { matches } from "./text";
import type { Extractor, Found } from "./types";

/** Unit (folded) → minutes; "day" units become business days when qualified ("laborables", "úteis"). */
const UNIT_MINUTES: [RegExp, number][] = [
  [/^(minutos?|mins?|minutes?)$/, 1],
  [/^(horas?|hours?|hrs?)$/, 60],
  [/^(dias?|days?)$/, 1440],
  [/^(semanas?|weeks?)$/, 10080],
  [/^(meses|mes|months?)$/, 43200],
];
const UNITS = String.raw`minutos?|mins?|minutes?|horas?|hours?|hrs?|dias?|days?|semanas?|weeks?|meses|mes|months?`;
const BUSINESS = String.raw`(?:\s+(?:habiles|laborables|laborales|uteis|business|working))`;
const COUNT = String.raw`\d{1,4}|${NUMBER_WORDS}|an?(?=\s+(?:day|hour|week|minute|month)\b)`;
const BUSINESS_BEFORE = String.raw`(?:business|working)\s+`;

/** "en 2 días", "dentro de una semana", "in 2 days", "em 3 dias", "daqui a 2 dias": a date, counted from today. */
const OFFSET = new RegExp(String.raw`\b(?:en|dentro de|in|within|em|daqui a|dentro de)\s+(${COUNT})\s+(dias?|days?|semanas?|weeks?)\b(?!${BUSINESS}|\s*(?:-|a|o|to|or|ou|y|e)\s*\d)`, "g");

/** "45 minutos", "3-5 días laborables", "entre 3 y 5 días hábiles", "2 to 3 business days", "media hora". */
const DURATION = new RegExp(
  String.raw`\b(?:(?:entre|de|from|between)\s+)?(${COUNT})(?:\s*(?:-|–|a|y|to|and|e|ou|o|or)\s*(\d{1,4}|${NUMBER_WORDS}))?\s*(${BUSINESS_BEFORE})?(${UNITS})\b(${BUSINESS})?`,
  "g",
);
const HALF_HOUR = /\b(media hora|half an hour|meia hora|meia-hora)\b/g;

function minutesPer(unit: string): number {
  return UNIT_MINUTES.find(([re]) => re.test(unit))?.[1] ?? 1;
}

/** The canonical form: business days as "3-5 bd", everything else in the largest whole unit (d, h, min). */
export function durationLabel(d: { min: number; max: number; businessDays: boolean }): string {
  const range = (a: number, b: number) => (a === b ? `${a}` : `${a}-${b}`);
  if (d.businessDays) return `${range(d.min, d.max)} bd`;
  for (const [unit, size] of [["d", 1440], ["h", 60]] as const) if (d.min % size === 0 && d.max % size === 0) return `${range(d.min / size, d.max / size)} ${unit}`;
  return `${range(d.min, d.max)} min`;
}

function duration(start: number, end: number, min: number, max: number, businessDays: boolean): Found {
  const d = { min: Math.min(min, max), max: Math.max(min, max), businessDays };
  return { kind: "duration", start, end, normalized: durationLabel(d), duration: d };
}

/** Relative deadlines counted in days or weeks ("en 2 días" → the date two days from today). */
export const extractOffsets: Extractor = (folded, _original, ctx) => {
  const out: Found[] = [];
  for (const m of matches(OFFSET, folded)) {
    const n = parseCount(m[1]);
    if (n === null) continue;
    const days = /^(semana|week)/.test(m[2]) ? n * 7 : n;
    const resolved = addDays(ctx.today, days);
    out.push({ kind: "deadline", start: m.index, end: m.index + m[0].length, normalized: ymd(resolved), moment: { date: { resolved, relative: true }, offsetDays: days } });
  }
  return out;
};

/** How long something takes or lasts. */
export const extractDurations: Extractor = (folded) => {
  const out: Found[] = [];
  for (const m of matches(HALF_HOUR, folded)) out.push(duration(m.index, m.index + m[0].length, 30, 30, false));
  for (const m of matches(DURATION, folded)) {
    if (out.some((f) => m.index < f.end && f.start < m.index + m[0].length)) continue;
    // "en un minuto", "in a minute": a figure of speech, not a duration.
    if (!m[2] && /^(un|una|a|an|um|uma|one)$/.test(m[1]) && /^min/.test(m[4])) continue;
    // "de 9 a 14 horas" is opening hours, not a duration: the time extractor reads it.
    if (m[2] && /^horas?$/.test(m[4]) && /^(de|desde|das)\s/.test(m[0])) continue;
    const a = parseCount(m[1]);
    const b = m[2] ? parseCount(m[2]) : a;
    if (a === null || b === null) continue;
    const businessDays = Boolean(m[3] || m[5]) && /^(dias?|days?)$/.test(m[4]);
    const size = businessDays ? 1 : minutesPer(m[4]);
    out.push(duration(m.index, m.index + m[0].length, a * size, b * size, businessDays));
  }
  return out;
};
