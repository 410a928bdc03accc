import { hhmm } from "./calendar";
import { matches } from "./text";
import type { Extractor, Found, TimeValue } from "./types";

const PM = String.raw`p\.?\s?m\.?|de la tarde|de la noche|da tarde|da noite|in the afternoon|in the evening|at night`;
const AM = String.raw`a\.?\s?m\.?|de la manana|de la madrugada|da manha|da madrugada|in the morning`;
const QUALIFIER = String.raw`(?:\s*(${PM}|${AM}))?`;
const H = String.raw`([01]?\d|2[0-3])`;
const MM = String.raw`([0-5]\d)`;
const LEAD = String.raw`(?:(?:las|la|as|a)\s+)?`;

/** "de 9 a 14h", "das 9h às 18h", "de 9 a 14 horas": the mark after the second hour makes both times. */
const RANGE = new RegExp(
  String.raw`\b(?:de|desde|das|da|entre)\s+${LEAD}${H}(?:[:h]${MM})?\s*(?:h|hs)?\s*(?:a|hasta|as|ate|y|e|-|–)\s*${LEAD}${H}(?:[:h]${MM})?\s*(?:h|hs|hrs|horas)\b`,
  "gd",
);
/** "10:00", "9:30 pm", "10h30". */
const CLOCK = new RegExp(String.raw`(?<![\d:/.,])${H}(?::|h)${MM}(?![\d:])(?:\s*(?:h|hs|hrs|horas)\b)?${QUALIFIER}`, "g");
/** "5pm", "5 p.m.". */
const MERIDIEM = new RegExp(String.raw`(?<![\d:/.,])(1[0-2]|0?[1-9])\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])`, "g");
/** "17h", "10 hs" (not "en 2 h", a duration). */
const HOUR_H = new RegExp(String.raw`(?<!(?:\ben|\bin|\bem|\bcada|\bevery|\bdurante|\bfor|\bpor|\d|[:/.,])\s*)${H}\s?(?:h|hs|hrs)\b${QUALIFIER}`, "g");
/** "a las 5", "a la una"… with digits: "a las 10 y media", "às 9", "at 5 in the afternoon". */
const SPOKEN = new RegExp(
  String.raw`\b(?:a las|a la|son las|es la|hasta las|desde las|de las|sobre las|antes de las|despues de las|as|at|until|by|from|ate as)\s+(\d{1,2})(?![\d:]|[/.,]\d|\s*(?:%|€|\$|euros?|dias?|days?|horas?|hours?|min|semanas?|weeks?|personas|people|pessoas|de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)))(\s+y\s+media|\s+y\s+cuarto|\s+menos\s+cuarto|\s+e\s+meia|\s+e\s+quinze|\s*o'?clock)?${QUALIFIER}`,
  "g",
);

function timeValue(hourRaw: string, minute: number, qualifier: string | undefined, hasClockMinutes: boolean, language24h: boolean): TimeValue | null {
  let hour = Number(hourRaw);
  if (hour > 24 || minute > 59) return null;
  if (hour === 24) hour = 0;
  const q = qualifier?.trim();
  if (q && new RegExp(`^(?:${PM})$`).test(q)) return { hour: hour < 12 ? hour + 12 : hour, minute, ambiguous: false };
  if (q && new RegExp(`^(?:${AM})$`).test(q)) return { hour: hour === 12 ? 0 : hour, minute, ambiguous: false };
  // "a las 5" or "at 5:30" may mean 17:00; a clock with minutes in Spanish or Portuguese is 24-hour.
  const ambiguous = hour >= 1 && hour <= 12 && !(hasClockMinutes && language24h);
  return { hour, minute, ambiguous };
}

const found = (start: number, end: number, t: TimeValue): Found => ({ kind: "time", start, end, normalized: hhmm(t.hour, t.minute), moment: { time: t } });

/** Times of day, normalized to HH:MM (in the workspace's clock, as written). */
export const extractTimes: Extractor = (folded, _original, ctx) => {
  const out: Found[] = [];
  const free = (a: number, b: number) => !out.some((f) => a < f.end && f.start < b);
  const h24 = !(ctx.languages.length === 1 && ctx.languages[0] === "en");
  for (const m of matches(RANGE, folded)) {
    const a = timeValue(m[1], Number(m[2] ?? 0), undefined, Boolean(m[2]), h24);
    const b = timeValue(m[3], Number(m[4] ?? 0), undefined, Boolean(m[4]), h24);
    const [firstEnd, secondStart] = [m.indices![m[2] ? 2 : 1][1], m.indices![3][0]];
    if (a && b) out.push(found(m.index, firstEnd, a), found(secondStart, m.index + m[0].length, b));
  }
  for (const m of matches(CLOCK, folded)) {
    const t = timeValue(m[1], Number(m[2]), m[3], true, h24);
    if (t && free(m.index, m.index + m[0].length)) out.push(found(m.index, m.index + m[0].length, t));
  }
  for (const m of matches(MERIDIEM, folded)) {
    const t = timeValue(m[1], 0, m[2], false, h24);
    if (t && free(m.index, m.index + m[0].length)) out.push(found(m.index, m.index + m[0].length, t));
  }
  for (const m of matches(HOUR_H, folded)) {
    const t = timeValue(m[1], 0, m[2], false, h24);
    if (t && free(m.index, m.index + m[0].length)) out.push(found(m.index, m.index + m[0].length, t));
  }
  for (const m of matches(SPOKEN, folded)) {
    const extra = m[2]?.trim() ?? "";
    const minute = /media|meia/.test(extra) ? 30 : /menos/.test(extra) ? -15 : /cuarto|quinze/.test(extra) ? 15 : 0;
    const hourRaw = minute < 0 ? String(Number(m[1]) - 1) : m[1];
    const t = timeValue(hourRaw, minute < 0 ? 45 : minute, m[3], false, h24);
    if (t && free(m.index, m.index + m[0].length)) out.push(found(m.index, m.index + m[0].length, t));
  }
  return out;
};
