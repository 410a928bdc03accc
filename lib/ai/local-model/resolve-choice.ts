import type { Language } from "../types";
import { NO, YES } from "./intents-lexicon";
import { hasAny } from "./intents";
import { contentWords, fold, tokenMatches, tokens } from "./text";
import { localParts } from "./tz";
import type { When } from "./when";

/**
 * Which of the options offered last turn the customer picks: "la segunda", "the first one", "la
 * del viernes por la tarde", "a das 15h", "recogida en tienda", "sí, esa" (when there was one).
 * Returns null when nothing — or more than one option equally — fits.
 */

export type Choice = { label: string; startsAt?: string };

const ORDINALS: [RegExp, number][] = [
  [/\b(primer|primera|primero|primeira|primeiro|first|1st|1a|1o|uno|opcion 1|opcao 1|option 1|numero 1|number 1)\b/, 0],
  [/\b(segunda|segundo|second|2nd|2a|2o|dos|opcion 2|opcao 2|option 2|numero 2|number 2)\b/, 1],
  [/\b(tercera|tercero|tercer|terceira|terceiro|third|3rd|3a|3o|tres|opcion 3|opcao 3|option 3|numero 3|number 3)\b/, 2],
  [/\b(cuarta|cuarto|quarta|quarto|fourth|4th|opcion 4|opcao 4|option 4)\b/, 3],
  [/\b(quinta|quinto|fifth|5th|opcion 5|opcao 5|option 5)\b/, 4],
];
/** Words that say what the options are about, not which one: they never pick an option. */
const GENERIC = new Set(
  "entrega entregar entregas delivery deliver envio enviar pedido order encomenda cambiar cambio change mudar alterar quiero want quero prefiero prefer prefiro cita appointment consulta opcion option opcao horario hueco slot dia day".split(" "),
);
const LAST = /\b(ultima|ultimo|last|la ultima|the last)\b/;

const WEEKDAY_WORDS = [
  ["domingo", "sunday", "dom", "sun"],
  ["lunes", "monday", "segunda", "lun", "mon", "seg"],
  ["martes", "tuesday", "terca", "mar", "tue", "ter"],
  ["miercoles", "wednesday", "quarta", "mie", "wed", "qua"],
  ["jueves", "thursday", "quinta", "jue", "thu", "qui"],
  ["viernes", "friday", "sexta", "vie", "fri", "sex"],
  ["sabado", "saturday", "sab", "sat"],
];

/** The ordinal the customer used ("la segunda" → 1), or null. A lone digit counts too ("2"). */
export function ordinalOf(text: string, count: number, when?: When): number | null {
  const f = fold(text).replace(/[º°ª.]/g, "");
  if (LAST.test(f)) return count - 1;
  const lone = /^\s*(?:la |el |a |o |the |opcion |opcao |option |#)?(\d)\s*$/.exec(f);
  if (lone && Number(lone[1]) >= 1 && Number(lone[1]) <= count) return Number(lone[1]) - 1;
  for (const [re, index] of ORDINALS) {
    if (!re.test(f) || index >= count) continue;
    // "las dos" with a time, "segunda" meaning Monday: weekdays and times were read by when.ts.
    if (when?.time && /\b(dos|tres|uno)\b/.test(f)) continue;
    if (when?.weekday !== undefined && when.date && /\b(segunda|quarta|quinta)\b/.test(f) && !/\b(opcion|opcao|option)\b/.test(f)) continue;
    return index;
  }
  return null;
}

function labelWeekday(label: string): number | null {
  const words = fold(label).split(/[^a-z]+/);
  const i = WEEKDAY_WORDS.findIndex((names) => names.some((n) => words.includes(n)));
  return i >= 0 ? i : null;
}

function partOf(hour: number): "morning" | "afternoon" | "evening" {
  return hour < 12 ? "morning" : hour < 19 ? "afternoon" : "evening";
}

function labelPart(label: string): "morning" | "afternoon" | "evening" | null {
  const f = fold(label);
  if (/\b(manana|morning|manha)\b/.test(f)) return "morning";
  if (/\b(tarde|afternoon)\b/.test(f)) return "afternoon";
  if (/\b(noche|evening|noite|night)\b/.test(f)) return "evening";
  return null;
}

/** Scores one option against what the customer said. */
function scoreOption(option: Choice, text: string, when: When, timeZone: string): number {
  let score = 0;
  const at = option.startsAt && !Number.isNaN(Date.parse(option.startsAt)) ? localParts(new Date(option.startsAt), timeZone) : null;
  const weekday = at?.weekday ?? labelWeekday(option.label);
  if (when.weekday !== undefined && weekday !== null) score += when.weekday === weekday ? 3 : -3;
  if (when.date && at && !when.byWeekday) score += when.date.y === at.y && when.date.m === at.m && when.date.d === at.d ? 3 : -3;
  if (when.time) {
    const hour = at?.h ?? null;
    const labelTimes = [...fold(option.label).matchAll(/\b(\d{1,2})(?::|h)(\d{2})?/g)].map((m) => ({ h: Number(m[1]), mi: Number(m[2] ?? 0) }));
    const times = at ? [{ h: at.h, mi: at.mi }] : labelTimes;
    const same = (t: { h: number; mi: number }) => t.mi === when.time!.mi && (t.h === when.time!.h || t.h === (when.time!.h + 12) % 24 || t.h + 12 === when.time!.h);
    if (times.some(same)) score += 4;
    else if (hour !== null || times.length) score -= 3;
  }
  if (when.partOfDay) {
    const part = at ? partOf(at.h) : labelPart(option.label);
    if (part) score += part === when.partOfDay ? 1.5 : -1.5;
  }
  const mine = contentWords(text).filter((w) => !GENERIC.has(w));
  const theirs = contentWords(option.label).filter((w) => !GENERIC.has(w));
  const shared = theirs.filter((w) => mine.some((m) => tokenMatches(m, w) || (m.length >= 5 && w.startsWith(m.slice(0, 5)))));
  score += shared.length * 1.5 + (theirs.length && shared.length === theirs.length ? 1 : 0);
  return score;
}

export function resolveChoice(text: string, options: Choice[], input: { when: When; timeZone: string; language?: Language; shown?: Choice[] }): { index: number; option: Choice } | null {
  if (!options.length || !text.trim()) return null;
  // Ordinals count what the customer was shown (slots: a spread of the ones found).
  const shown = input.shown ?? options;
  const ordinal = ordinalOf(text, shown.length, input.when);
  if (ordinal !== null) return { index: options.indexOf(shown[ordinal]), option: shown[ordinal] };
  const toks = tokens(text);
  const scores = options.map((o) => scoreOption(o, text, input.when, input.timeZone));
  const best = Math.max(...scores);
  const winners = scores.filter((s) => s === best).length;
  if (best >= 1.5 && winners === 1) {
    const index = scores.indexOf(best);
    return { index, option: options[index] };
  }
  // "sí" / "vale, esa" when exactly one thing was offered.
  if (options.length === 1 && toks.length <= 5 && hasAny(toks, YES) && !hasAny(toks, NO)) return { index: 0, option: options[0] };
  return null;
}

/** The customer turns every option down ("ninguna me va bien", "none of those"). */
export function rejectsAll(text: string): boolean {
  const f = fold(text);
  return /\b(ninguna|ninguno|none|nenhuma|nenhum|neither|ningun)\b/.test(f) || /\b(otro dia|otra hora|otro horario|outro dia|outro horario|another day|another time|other times|otras horas|mas tarde|mas temprano|later|earlier)\b/.test(f);
}
