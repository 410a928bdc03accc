import * as chrono from "chrono-node";
import type { Language } from "../../types";
import { addDays, hhmm, isoToWall, isValidDate, nextDayOfMonth, nextWeekday, weekdayOf, ymd, type CalendarDate } from "./calendar";
import { alternation, MASK, matches } from "./text";
import type { DateValue, ExtractContext, Extractor, Found, Moment } from "./types";

const WEEKDAYS: Record<string, number> = {
  domingo: 0, lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  "segunda-feira": 1, "terca-feira": 2, "quarta-feira": 3, "quinta-feira": 4, "sexta-feira": 5,
  "segunda feira": 1, "terca feira": 2, "quarta feira": 3, "quinta feira": 4, "sexta feira": 5,
};
/** In Spanish "segunda" or "quinta" are not weekdays; only Portuguese reads them so. */
const PT_SHORT: Record<string, number> = { segunda: 1, terca: 2, quarta: 3, quinta: 4, sexta: 5 };
const MONTHS = [
  "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "janeiro", "fevereiro", "marco", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
];
const MONTH = alternation(MONTHS);

const weekdayWords = (ctx: ExtractContext) => ({ ...WEEKDAYS, ...(ctx.languages.includes("pt") ? PT_SHORT : {}) });

const date = (start: number, end: number, value: DateValue, extra: Partial<Moment> = {}): Found => ({
  kind: "date",
  start,
  end,
  normalized: ymd(value.resolved),
  moment: { date: value, ...extra },
});

/** ISO dates and date-times (tool results): converted to the workspace's clock. */
export const extractIsoDates: Extractor = (folded, _original, ctx) => {
  const out: Found[] = [];
  for (const m of matches(/\b\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:z|[+-]\d{2}:?\d{2})?)?(?![\d:])/g, folded)) {
    const wall = isoToWall(m[0], ctx.timeZone);
    if (!wall) continue;
    const value = { resolved: wall.date, year: wall.date.y, month: wall.date.m, day: wall.date.d, weekday: weekdayOf(wall.date) };
    const d = date(m.index, m.index + m[0].length, value, wall.time ? { time: { ...wall.time, ambiguous: false } } : {});
    out.push(d);
    // The time is a claim of its own, sharing the moment (the pair is checked together).
    if (wall.time) out.push({ kind: "time", start: d.start, end: d.end, normalized: hhmm(wall.time.hour, wall.time.minute), moment: d.moment });
  }
  return out;
};

const RELATIVE: [RegExp, number][] = [
  [/^(pasado manana|day after tomorrow|depois de amanha)$/, 2],
  [/^(anteayer|antes de ayer|day before yesterday|anteontem)$/, -2],
  [/^(hoy|today|hoje)$/, 0],
  [/^(manana|tomorrow|amanha)$/, 1],
  [/^(ayer|yesterday|ontem)$/, -1],
];
const RELATIVE_WORDS = /\b(pasado manana|day after tomorrow|depois de amanha|anteayer|antes de ayer|day before yesterday|anteontem|hoy|today|hoje|manana|tomorrow|amanha|ayer|yesterday|ontem)\b/g;
/** "la mañana", "esta mañana", "por la mañana" are mornings, not tomorrow. */
const MORNING_BEFORE = /\b(la|las|esta|una|cada|toda|the|this|de)\s+$/;

/** hoy, mañana, pasado mañana, today, tomorrow, hoje, amanhã… */
export const extractRelativeDays: Extractor = (folded, _original, ctx) => {
  const out: Found[] = [];
  for (const m of matches(RELATIVE_WORDS, folded)) {
    if (m[1] === "manana" && MORNING_BEFORE.test(folded.slice(Math.max(0, m.index - 12), m.index))) continue;
    const offset = RELATIVE.find(([re]) => re.test(m[1].replace(/\s+/g, " ")))?.[1] ?? 0;
    const resolved = addDays(ctx.today, offset);
    out.push(date(m.index, m.index + m[0].length, { resolved, year: resolved.y, month: resolved.m, day: resolved.d, weekday: weekdayOf(resolved), relative: true }));
  }
  return out;
};

/** "jueves 27", "Friday the 27th", "sexta-feira 27": a weekday and a day, no month (chrono reads those with a month). */
export const extractWeekdayDays: Extractor = (folded, _original, ctx) => {
  const words = weekdayWords(ctx);
  const re = new RegExp(
    String.raw`\b(${alternation(Object.keys(words))})\s*,?\s*(?:(?:el|the|dia|o dia)\s+)?(\d{1,2})(?:st|nd|rd|th|º|ª)?\b(?!\s*(?:de\s+|of\s+)?(?:${MONTH})\b|\s*[/.:h-]\s*\d|\s*(?:am|pm|h|hs)\b)`,
    "g",
  );
  const out: Found[] = [];
  for (const m of matches(re, folded)) {
    const weekday = words[m[1].replace(/\s+/g, " ")];
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    out.push(date(m.index, m.index + m[0].length, { resolved: nextDayOfMonth(ctx.today, day), day, weekday }));
  }
  return out;
};

/** "el día 27", "dia 27", "the 27th" without a month. */
export const extractDayOnly: Extractor = (folded, _original, ctx) => {
  const re = new RegExp(String.raw`\b(?:(?:el|o)\s+)?dia\s+(\d{1,2})\b(?!\s*(?:de\s+)?(?:${MONTH})\b|\s*[/.:]\s*\d)|\b(?:on|by|until|from|before|after|for)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\s+(?:${MONTH})\b)`, "g");
  const out: Found[] = [];
  for (const m of matches(re, folded)) {
    const day = Number(m[1] ?? m[2]);
    if (day >= 1 && day <= 31) out.push(date(m.index, m.index + m[0].length, { resolved: nextDayOfMonth(ctx.today, day), day }));
  }
  return out;
};

const PARSERS: Record<Language, chrono.Chrono> = { es: chrono.es.casual, en: chrono.en.casual, pt: chrono.pt.casual };
/** Read elsewhere ("mañana" may be a morning: extractRelativeDays decides) or not a date at all. */
const NOT_A_DATE = /^(ahora|ahorita|now|agora|right now|ya|(?:(?:pasado|por la|de la|la|esta) )?manana|hoy|today|tomorrow|hoje|amanha|ayer|yesterday|ontem)$/;
/** Portuguese short weekdays are also ordinals ("na segunda opção"): only a weekday when followed by a time, a date or nothing. */
const PT_SHORT_WEEKDAY = /^(segunda|terca|quarta|quinta|sexta)$/;
const PT_WEEKDAY_CONTEXT = /^\s*(?:$|[,.;:!?)]|(?:as|a|ate|e|ou|de manha|de tarde|a tarde|a noite|pela|que vem|dia)\b|\d)/;

/** Abbreviations chrono takes for weekdays are everyday words: "ter" (to have), "mar" (sea), "sat", "sun". */
const ABBREVIATION = /^(?:(?:el|la|on|the|no|na|o|a)\s+)?[a-z]{2,4}\.?$/;

/** "un segundo", "in a minute", "next week", "este fin de semana": no day is stated. */
const VAGUE = /^(?:(?:in|en|em|a|an|un|una|um|uma|one|this|next|este|esta|neste|nesta|la|el|o|a|proxima|proximo)\s+)*(?:segundos?|seconds?|minutos?|minutes?|momentos?|moments?|rato|week|weekend|semana|fin de semana|fim de semana)(?:\s+(?:que viene|proxima|proximo))?$/;

/** Everything else chrono reads: "27 de noviembre", "Thursday, November 27", "27/11/2026", "el lunes"… (dates only: times are read apart). */
export const extractChronoDates: Extractor = (folded, original, ctx) => {
  const ref = new Date(ctx.now.y, ctx.now.m - 1, ctx.now.d, ctx.now.hh, ctx.now.mi);
  // Every language reads the text; where readings overlap the longest wins ("sábado, 5 de dezembro" over "sábado").
  const input = original.replaceAll(MASK, "_");
  const results = ctx.languages.flatMap((language) => PARSERS[language].parse(input, ref, { forwardDate: true }));
  results.sort((a, b) => b.text.length - a.text.length);
  const out: Found[] = [];
  for (const r of results) {
    const start = r.index;
    const end = r.index + r.text.length;
    const words = folded.slice(start, end).trim().replace(/\s+/g, " ");
    if (NOT_A_DATE.test(words) || ABBREVIATION.test(words) || VAGUE.test(words) || out.some((f) => start < f.end && f.start < end)) continue;
    if (PT_SHORT_WEEKDAY.test(words) && !PT_WEEKDAY_CONTEXT.test(folded.slice(end, end + 20))) continue;
    for (const p of [r.start, ...(r.end ? [r.end] : [])]) {
      if (!p.isCertain("day") && !p.isCertain("weekday")) continue;
      const resolved: CalendarDate = { y: p.get("year") ?? ctx.today.y, m: p.get("month") ?? ctx.today.m, d: p.get("day") ?? ctx.today.d };
      if (!isValidDate(resolved)) continue;
      const value: DateValue = {
        resolved: !p.isCertain("day") && p.isCertain("weekday") ? nextWeekday(ctx.today, p.get("weekday") ?? 0) : resolved,
        ...(p.isCertain("year") ? { year: resolved.y } : {}),
        ...(p.isCertain("month") ? { month: resolved.m } : {}),
        ...(p.isCertain("day") ? { day: resolved.d } : {}),
        ...(p.isCertain("weekday") ? { weekday: p.get("weekday") ?? undefined } : {}),
      };
      // Both ends of a range are checked ("del 1 al 5 de diciembre").
      out.push(date(start, end, value));
    }
  }
  return out.sort((a, b) => a.start - b.start);
};
