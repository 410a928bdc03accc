import { and, asc, eq, gte } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/engine";
import { holidays } from "@/db/schema";
import { parseRangeText } from "./schedule";

/**
 * Days the business is closed — or open with their own ranges — in its own calendar. One row a
 * date: adding a date again replaces its name and hours. Run inside `withTenant`.
 */

export const holidayInput = z.object({
  date: z.iso.date(),
  name: z
    .string()
    .trim()
    .max(120)
    .optional()
    .transform((v) => v || null),
  /** "10:00-14:00" each; none = closed all day. */
  specialHours: z
    .array(z.string().trim())
    .max(6)
    .optional()
    .transform((v) => (v?.length ? v : null))
    .refine((v) => !v || v.every((r) => parseRangeText(r) !== null), "range"),
});
export type HolidayInput = z.input<typeof holidayInput>;
export type HolidayRow = typeof holidays.$inferSelect;

/** The workspace's holidays by date, from `from` (a "YYYY-MM-DD" date) on when given. */
export function listHolidays(tx: Tx, tenantId: string, opts: { from?: string } = {}): Promise<HolidayRow[]> {
  const where = opts.from ? and(eq(holidays.tenantId, tenantId), gte(holidays.date, opts.from)) : eq(holidays.tenantId, tenantId);
  return tx.select().from(holidays).where(where).orderBy(asc(holidays.date));
}

export async function addHoliday(tx: Tx, tenantId: string, input: HolidayInput): Promise<HolidayRow> {
  const { date, name, specialHours } = holidayInput.parse(input);
  const normalized = specialHours?.map((r) => {
    const range = parseRangeText(r)!;
    return `${range.opens}-${range.closes}`;
  }) ?? null;
  const [row] = await tx
    .insert(holidays)
    .values({ tenantId, date, name, specialHours: normalized })
    .onConflictDoUpdate({ target: [holidays.tenantId, holidays.date], set: { name, specialHours: normalized } })
    .returning();
  return row;
}

/** Whether the holiday existed in this workspace. */
export async function removeHoliday(tx: Tx, tenantId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(holidays)
    .where(and(eq(holidays.tenantId, tenantId), eq(holidays.id, id)))
    .returning({ id: holidays.id });
  return rows.length > 0;
}
