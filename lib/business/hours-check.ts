import { z } from "zod";
import type { WeeklyRange } from "./schedule";
import { parseHHMM, toHHMM } from "./schedule-time";

/**
 * The weekly opening hours: several ranges a day (split shifts), "HH:MM" in the workspace's time
 * zone, each closing after it opens and none overlapping another of the same day. Saved whole:
 * the editor sends the week and it replaces the old one in the caller's transaction.
 */

export const MAX_RANGES_PER_DAY = 6;

export const weeklyRangeInput = z.object({ weekday: z.coerce.number().int().min(0).max(6), opens: z.string().max(10), closes: z.string().max(10) });
export const weeklyHoursInput = z.array(weeklyRangeInput).max(7 * MAX_RANGES_PER_DAY);

export type HoursReason = "time_invalid" | "closes_before_opens" | "overlap" | "too_many";
/** `index` is the range's position within its weekday, as the editor lists them. */
export type HoursProblem = { weekday: number; index: number; reason: HoursReason };
export type CheckedHours = { ok: true; ranges: WeeklyRange[] } | { ok: false; problems: HoursProblem[] };

/** Checks a week of ranges and normalizes them ("9:00" → "09:00"), sorted by weekday and time. */
export function checkWeeklyHours(input: z.input<typeof weeklyHoursInput>): CheckedHours {
  const ranges = weeklyHoursInput.parse(input);
  const problems: HoursProblem[] = [];
  const ok: WeeklyRange[] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    const day = ranges.filter((r) => r.weekday === weekday);
    if (day.length > MAX_RANGES_PER_DAY) problems.push({ weekday, index: MAX_RANGES_PER_DAY, reason: "too_many" });
    const valid: { index: number; opens: number; closes: number }[] = [];
    day.forEach((r, index) => {
      const opens = parseHHMM(r.opens);
      const closes = parseHHMM(r.closes);
      if (opens === null || closes === null || opens === 24 * 60) problems.push({ weekday, index, reason: "time_invalid" });
      else if (closes <= opens) problems.push({ weekday, index, reason: "closes_before_opens" });
      else valid.push({ index, opens, closes });
    });
    valid.sort((a, b) => a.opens - b.opens);
    valid.forEach((r, i) => {
      if (i > 0 && r.opens < valid[i - 1].closes) problems.push({ weekday, index: Math.max(r.index, valid[i - 1].index), reason: "overlap" });
    });
    ok.push(...valid.map((r) => ({ weekday, opens: toHHMM(r.opens), closes: toHHMM(r.closes) })));
  }
  return problems.length ? { ok: false, problems } : { ok: true, ranges: ok };
}
