import { asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "@/db/engine";
import { openingHours } from "@/db/schema";
import type { WeeklyRange } from "./schedule";
import { checkWeeklyHours, type CheckedHours, type weeklyHoursInput } from "./hours-check";

export { checkWeeklyHours, MAX_RANGES_PER_DAY, weeklyHoursInput, weeklyRangeInput, type CheckedHours, type HoursProblem, type HoursReason } from "./hours-check";
export { addHoliday, holidayInput, listHolidays, removeHoliday, type HolidayInput, type HolidayRow } from "./hours-holidays";

export function listOpeningHours(tx: Tx, tenantId: string): Promise<WeeklyRange[]> {
  return tx
    .select({ weekday: openingHours.weekday, opens: openingHours.opens, closes: openingHours.closes })
    .from(openingHours)
    .where(eq(openingHours.tenantId, tenantId))
    .orderBy(asc(openingHours.weekday), asc(openingHours.opens));
}

/** Replaces the whole week when it passes `checkWeeklyHours`; otherwise changes nothing and says why. */
export async function replaceOpeningHours(tx: Tx, tenantId: string, input: z.input<typeof weeklyHoursInput>): Promise<CheckedHours> {
  const checked = checkWeeklyHours(input);
  if (!checked.ok) return checked;
  await tx.delete(openingHours).where(eq(openingHours.tenantId, tenantId));
  if (checked.ranges.length) await tx.insert(openingHours).values(checked.ranges.map((r) => ({ tenantId, ...r })));
  return checked;
}
