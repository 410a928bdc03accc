import * as chrono from "chrono-node";
import type { Language } from "../types";
import { fold } from "./text";
import { addDays, localParts, offsetMinutes, weekdayOf, type LocalDate } from "./tz";

/**
 * When the customer means, on the business's clock: a day ("el viernes", "mañana", "sexta-feira",
 * "27/11", "3 de diciembre"), a span ("la semana que viene", "this weekend"), a time ("a las 5",
 * "10am", "às 15h") and a part of day ("por la tarde", "de manhã"). Spanish and Portuguese
 * colloquial forms are handled by rules; chrono-node (es/en/pt) covers the rest of the dates.
 */

export type PartOfDay = "morning" | "afternoon" | "evening";
export type When = {
  date?: LocalDate;
  range?: { from: LocalDate; to: LocalDate };
  time?: { h: number; mi: number };
  partOfDay?: PartOfDay;
  weekday?: number;
  /** Whether the day was named by its weekday only ("el viernes"): then any Friday may fit. */
  byWeekday?: boolean;
  /** The fragments that expressed it, to strip from other entities (service names). */
  fragments: string[];
};

const WEEKDAYS: [RegExp, number][] = [
  [/\b(domingo|sunday|sun)\b/, 0],
  [/\b(lunes|monday|mon|segunda(?:[ -]?feira)?|2a feira)\b/, 1],
  [/\b(martes|tuesday|tues?|terca(?:[ -]?feira)?|3a feira)\b/, 2],
  [/\b(miercoles|miercole|wednesday|weds?|quarta(?:[ -]?feira)?)\b/, 3],
  [/\b(jueves|thursday|thurs?|thu|quinta(?:[ -]?feira)?)\b/, 4],
  [/\b(viernes|friday|fri|sexta(?:[ -]?feira)?)\b/, 5],
  [/\b(sabado|saturday|sat)\b/, 6],
];
const PT_ONLY = /^(segunda|terca|quarta|quinta|sexta)$/;

const MONTHS: Record<string, number> = {
  enero: 1, janeiro: 1, january: 1, jan: 1, febrero: 2, fevereiro: 2, february: 2, feb: 2, marzo: 3, marco: 3, march: 3, mar: 3, abril: 4, april: 4, apr: 4,
  mayo: 5, maio: 5, may: 5, junio: 6, junho: 6, june: 6, jun: 6, julio: 7, julho: 7, july: 7, jul: 7, agosto: 8, august: 8, aug: 8, septiembre: 9, setiembre: 9,
  setembro: 9, september: 9, sep: 9, sept: 9, octubre: 10, outubro: 10, october: 10, oct: 10, noviembre: 11, novembro: 11, november: 11, nov: 11,
  diciembre: 12, dezembro: 12, december: 12, dec: 12, dic: 12, dez: 12,
};
const MONTH_RE = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");

const NUMBER_WORDS: Record<string, number> = {
  una: 1, uno: 1, uma: 1, um: 1, one: 1, dos: 2, duas: 2, dois: 2, two: 2, tres: 3, three: 3, cuatro: 4, quatro: 4, four: 4, cinco: 5, five: 5,
  seis: 6, six: 6, siete: 7, sete: 7, seven: 7, ocho: 8, oito: 8, eight: 8, nueve: 9, nove: 9, nine: 9, diez: 10, dez: 10, ten: 10, once: 11, onze: 11,
  eleven: 11, doce: 12, doze: 12, twelve: 12,
};
const PREFIX = "a las|a la|las|para las|sobre las|hacia las|a eso de las|de las|desde las|at|around|as|pelas|por volta das|depois das|antes das";
/** Words that may introduce a time or anything else ("a 6 meses"): only when nothing but a time can follow. */
const WEAK_PREFIX = "a|tipo|by|after|before|ate";
const NOT_A_TIME = "(?!\\s*(de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)|[/.-]\\d|€|eur|\\$|%|dias|days|semanas|weeks|meses|months|mes|month|anos|years|minutos|minutes|min|personas|people|pessoas|kg|km|unidades|units|\\d))";
const DIGIT_TIME = new RegExp(`\\b(?:${PREFIX})\\s+(\\d{1,2})(?:\\s*(?:horas|hs|h|o clock|oclock))?\\b${NOT_A_TIME}`);
const WEAK_DIGIT_TIME = new RegExp(`\\b(?:${WEAK_PREFIX})\\s+(\\d{1,2})(?:\\s*(?:horas|hs|h|o clock|oclock))?\\b(?=\\s*($|y |e |de la |da |en punto|pm\\b|am\\b|por favor|please|porfa|,|\\.|manana|amanha|tomorrow|today|hoy|hoje))`);
/** "a las dos", "at three": only where a number word cannot be anything else ("las dos opciones" is not 14:00). */
const WORD_TIME = new RegExp(
  `\\b(?:a las|a la|sobre las|hacia las|para las|pelas|at|around)\\s+(${Object.keys(NUMBER_WORDS).join("|")})(?=\\s*($|y |e |de |da |en |em |horas|h\\b|am\\b|pm\\b|o clock|in |por |pela |para |el |la |the |on |manana|amanha|tomorrow|today|hoy|hoje|next|este|this))`,
);

const GREETINGS = /\b(buenas tardes|buenas noches|buenos dias|buen dia|good morning|good afternoon|good evening|boa tarde|boa noite|bom dia)\b/g;
const PARTS: [RegExp, PartOfDay][] = [
  [/\b((por|en|a|esta|esa|la) (la )?manana|temprano|primera hora|morning|manha|cedo)\b/, "morning"],
  [/\b((por|en|a|de|esta|esa|pela|na) (la )?tarde|afternoon|after lunch|depois do almoco|tarde)\b/, "afternoon"],
  [/\b((por|en|a|de|esta|esa|pela|na) (la )?noche|(a|de|pela|esta|na) noite|evening|tonight|night|after work|ultima hora|fim do dia|final del dia|noche|noite)\b/, "evening"],
];

const clampDate = (y: number, m: number, d: number): LocalDate | undefined => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? { y, m, d } : undefined;
};

/** The next date on or after `today` with this day of month (this month, else the next). */
function nextDayOfMonth(today: LocalDate, d: number): LocalDate | undefined {
  for (let k = 0; k < 3; k++) {
    const m = ((today.m - 1 + k) % 12) + 1;
    const y = today.y + Math.floor((today.m - 1 + k) / 12);
    const date = clampDate(y, m, d);
    if (date && (k > 0 || d >= today.d)) return date;
  }
  return undefined;
}

function withMonth(today: LocalDate, d: number, m: number, y?: number): LocalDate | undefined {
  if (y) return clampDate(y < 100 ? 2000 + y : y, m, d);
  const thisYear = clampDate(today.y, m, d);
  if (thisYear && Date.UTC(today.y, m - 1, d) >= Date.UTC(today.y, today.m - 1, today.d)) return thisYear;
  return clampDate(today.y + 1, m, d);
}

type WeekdayMention = { weekday: number; index: number; text: string; role: "source" | "target" | null };

/** Every weekday named, in order, and whether it is the day being left ("del jueves") or wanted ("para el sábado"). */
function weekdayMentions(f: string, language: Language): WeekdayMention[] {
  const out: WeekdayMention[] = [];
  for (const [re, weekday] of WEEKDAYS) {
    for (const m of f.matchAll(new RegExp(re.source, "g"))) {
      const word = m[1];
      if (PT_ONLY.test(word) && language !== "pt") continue;
      const beforeText = f.slice(0, m.index);
      const before = beforeText.trim().split(" ").pop() ?? "";
      const after = f.slice(m.index + m[0].length);
      if (word === "segunda" && /^(a|o|la|el|the)$/.test(before) && !/^\s*(a |as |de |da |pela |\d)/.test(after)) continue;
      if (/^(sun|sat|mon|wed|weds|fri|tue|tues|thu|thurs)$/.test(word) && language !== "en") continue;
      const source = /\b(del|de|from|da|do|en vez del|en vez de|en lugar del|en lugar de|instead of|em vez de|no lugar de)\s+(la |el |o |a )?$/.test(beforeText) || /^\s*(no|not)\b/.test(after);
      const target = /\b(para|al|to|for|pra|pro|hasta|until|ate|por)\s+(el |la |o |a |the |next |proximo |proxima |este |esta )?$/.test(beforeText);
      out.push({ weekday, index: m.index, text: m[0], role: target ? "target" : source ? "source" : null });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Spanish "mañana" is tomorrow unless it follows "la", "por la", "esta"… (then it is the morning). */
function saysTomorrow(f: string, when: When): boolean {
  for (const m of f.matchAll(/\bmanana\b/g)) {
    const before = f.slice(0, m.index).trim().split(" ").pop() ?? "";
    if (!/^(la|por|en|a|esta|esa|da|pela|na|cada|toda|una)$/.test(before)) {
      when.fragments.push("manana");
      return true;
    }
  }
  return false;
}

function findDay(f: string, language: Language, today: LocalDate, when: When): void {
  const hit = (re: RegExp) => {
    const m = re.exec(f);
    if (m) when.fragments.push(m[0]);
    return m;
  };
  if (hit(/\b(pasado manana|day after tomorrow|depois de amanha)\b/)) return void (when.date = addDays(today, 2));
  if (hit(/\b(hoy|today|hoje|tonight|esta noche|esta noite|esta tarde|this (morning|afternoon|evening))\b/)) return void (when.date = today);
  if (hit(/\b(amanha|tomorrow|tmrw|tmr)\b/) || saysTomorrow(f, when)) return void (when.date = addDays(today, 1));
  const range = hit(/\b(semana que viene|proxima semana|la otra semana|next week|semana que vem|semana seguinte)\b/);
  if (range) {
    const monday = addDays(today, ((8 - weekdayOf(today)) % 7) || 7);
    return void (when.range = { from: monday, to: addDays(monday, 6) });
  }
  if (hit(/\b(esta semana|this week|essa semana|nesta semana|esta semana)\b/)) return void (when.range = { from: today, to: addDays(today, (7 - weekdayOf(today)) % 7) });
  if (hit(/\b(fin de semana|finde|weekend|fim de semana|fds)\b/)) {
    const wd = weekdayOf(today);
    const sat = wd === 0 ? today : addDays(today, (6 - wd + 7) % 7);
    return void (when.range = { from: sat, to: wd === 0 ? today : addDays(sat, 1) });
  }
  const weekdays = weekdayMentions(f, language);
  if (weekdays.length) {
    // "la cita del viernes para el sábado", "on Thursday to Friday", "en vez del jueves": the day wanted, not the one left.
    const chosen = weekdays.find((n) => n.role === "target") ?? weekdays.find((n) => n.role !== "source") ?? weekdays[0];
    when.fragments.push(...weekdays.map((n) => n.text));
    const thisOne = /\b(este|esta|this|essa|nesta|hoy)\s*$/.test(f.slice(0, chosen.index));
    const delta = (chosen.weekday - weekdayOf(today) + 7) % 7;
    when.weekday = chosen.weekday;
    when.byWeekday = true;
    when.date = addDays(today, delta === 0 && !thisOne ? 7 : delta);
    return;
  }
  const numeric = hit(/\b(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?\b(?!\s*(€|eur|\$|h\b|:))/);
  if (numeric) {
    let [d, m] = [Number(numeric[1]), Number(numeric[2])];
    if (language === "en" && d <= 12 && m > 12) [d, m] = [m, d];
    const date = m >= 1 && m <= 12 ? withMonth(today, d, m, numeric[3] ? Number(numeric[3]) : undefined) : undefined;
    if (date) return void (when.date = date);
  }
  const named = hit(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|º|o)?(?: de| of)? (${MONTH_RE})\\b`)) ?? hit(new RegExp(`\\b(${MONTH_RE}) (\\d{1,2})(?:st|nd|rd|th)?\\b`));
  if (named) {
    const [d, month] = /^\d/.test(named[1]) ? [Number(named[1]), named[2]] : [Number(named[2]), named[1]];
    const date = withMonth(today, d, MONTHS[month]);
    if (date) return void (when.date = date);
  }
  const dom = hit(/\b(?:el dia|el|dia|the|on the|no dia)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(:|h\b|horas|am|pm|de la|€|eur|\$|%|\d))/);
  if (dom) {
    const date = nextDayOfMonth(today, Number(dom[1]));
    if (date) return void (when.date = date);
  }
}

function findTime(f: string, when: When): void {
  const hit = (re: RegExp) => {
    const m = re.exec(f);
    if (m) when.fragments.push(m[0]);
    return m;
  };
  let h: number | undefined;
  let mi = 0;
  let meridiem: "am" | "pm" | undefined;
  const clock = hit(/\b(\d{1,2})(?::|h)(\d{2})\s*(am|pm|a m|p m)?\b(?!\s*(€|eur|\$))/);
  const ampm = clock ? null : hit(/\b(\d{1,2})\s*(am|pm|a m|p m)\b/);
  const hh = clock || ampm ? null : hit(/\b(\d{1,2})\s*(?:h|hs|hrs)\b/);
  const prefixed = clock || ampm || hh ? null : (hit(DIGIT_TIME) ?? hit(WEAK_DIGIT_TIME) ?? hit(WORD_TIME));
  if (clock) [h, mi, meridiem] = [Number(clock[1]), Number(clock[2]), clock[3]?.startsWith("p") ? "pm" : clock[3] ? "am" : undefined];
  else if (ampm) [h, meridiem] = [Number(ampm[1]), ampm[2].startsWith("p") ? "pm" : "am"];
  else if (hh) h = Number(hh[1]);
  else if (prefixed) h = /^\d+$/.test(prefixed[1]) ? Number(prefixed[1]) : NUMBER_WORDS[prefixed[1]];
  else if (hit(/\b(mediodia|noon|meio dia|meiodia)\b/)) h = 12;
  if (h === undefined || h > 23 || mi > 59) return;
  const after = f.slice(f.indexOf(when.fragments[when.fragments.length - 1]) + when.fragments[when.fragments.length - 1].length);
  if (/^\s*(y media|e meia|and a half|y treinta)/.test(after)) mi = 30;
  else if (/^\s*(y cuarto|e quinze|and a quarter)/.test(after)) mi = 15;
  if (!meridiem && /^\s*(de la manana|da manha|in the morning|de manha)/.test(after)) meridiem = "am";
  if (!meridiem && /^\s*(de la tarde|de la noche|da tarde|da noite|in the afternoon|in the evening|at night|a la tarde|de tarde|a tarde|a noite)/.test(after)) meridiem = "pm";
  if (meridiem === "pm" && h < 12) h += 12;
  else if (meridiem === "am" && h === 12) h = 0;
  else if (!meridiem && h >= 1 && h <= 7) h += 12;
  if (!meridiem && h < 12 && (when.partOfDay === "afternoon" || when.partOfDay === "evening")) h += 12;
  when.time = { h, mi };
}

/** Everything the text says about when; empty `fragments` means it said nothing. */
export function extractWhen(text: string, language: Language, now: Date, timeZone: string): When {
  const when: When = { fragments: [] };
  const f = fold(text).replace(GREETINGS, " ").replace(/[¿?¡!,;()"]/g, " ").replace(/\s+/g, " ").trim();
  const p = localParts(now, timeZone);
  const today: LocalDate = { y: p.y, m: p.m, d: p.d };
  for (const [re, part] of PARTS) {
    const m = re.exec(f);
    if (!m) continue;
    // Bare "tarde" is also "late" in Spanish ("llega tarde"): only after a day ("el viernes tarde").
    if (part === "afternoon" && m[0] === "tarde" && language !== "pt" && !/(lunes|martes|miercoles|jueves|viernes|sabado|domingo|hoy|manana) $/.test(f.slice(0, m.index))) continue;
    when.partOfDay = part;
    when.fragments.push(m[0]);
    break;
  }
  findDay(f, language, today, when);
  findTime(f, when);
  if (!when.date && !when.range) chronoDay(text, language, now, timeZone, when);
  if (when.date && when.weekday === undefined) when.weekday = weekdayOf(when.date);
  return when;
}

/** chrono-node's parser for the language, for the dates the rules above do not know. */
function chronoDay(text: string, language: Language, now: Date, timeZone: string, when: When) {
  const parser = language === "pt" ? chrono.pt : language === "en" ? chrono.en : chrono.es;
  const results = parser.parse(text, { instant: now, timezone: offsetMinutes(now, timeZone) }, { forwardDate: true });
  // "a segunda" / "la quinta" are ordinals when they stand alone, not weekdays.
  const ordinal = (r: chrono.ParsedResult) => /^(segunda|quarta|quinta|sexta)$/.test(fold(r.text)) && /\b(a|o|la|el)\s*$/.test(fold(text.slice(0, r.index)));
  const found = results.find((r) => (r.start.isCertain("day") || r.start.isCertain("weekday")) && !ordinal(r));
  if (!found) return;
  const at = localParts(found.start.date(), timeZone);
  const today = localParts(now, timeZone);
  // "ayer", "last week": what happened is no day to book or deliver.
  if (Date.UTC(at.y, at.m - 1, at.d) < Date.UTC(today.y, today.m - 1, today.d)) return;
  when.date = { y: at.y, m: at.m, d: at.d };
  if (!found.start.isCertain("day")) when.byWeekday = true;
  when.fragments.push(fold(found.text));
}
