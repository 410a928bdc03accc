"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { contactFactsInput, saveContactFacts } from "@/lib/business/facts";
import { addHoliday, removeHoliday, replaceOpeningHours, weeklyHoursInput, type CheckedHours } from "@/lib/business/hours";
import { parseRangeText } from "@/lib/business/schedule";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";
import { workspaceAction } from "@/lib/tenancy/workspace-action";

const page = (slug: string) => `/w/${slug}/settings/business`;

/** Address, phone, website and email: saved as reviewed by the person saving; empty ones removed. */
export const saveContactFactsAction = workspaceAction({ schema: contactFactsInput, roles: MANAGER_ROLES }, async (input, ctx, tx) => {
  await saveContactFacts(tx, ctx, input);
  revalidatePath(page(ctx.tenant.slug));
  return { saved: true };
});

// The editor sends the whole week as JSON in one field.
const hoursSchema = z.object({
  hours: z
    .string()
    .max(20_000)
    .transform((v, c) => {
      try {
        return JSON.parse(v) as unknown;
      } catch {
        c.addIssue({ code: "custom", message: "json" });
        return z.NEVER;
      }
    })
    .pipe(weeklyHoursInput),
});

/** Replaces the week; a week with problems changes nothing and comes back with them. */
export const saveHoursAction = workspaceAction({ schema: hoursSchema, roles: MANAGER_ROLES }, async ({ hours }, ctx, tx): Promise<CheckedHours> => {
  const result = await replaceOpeningHours(tx, ctx.tenantId, hours);
  if (result.ok) revalidatePath(page(ctx.tenant.slug));
  return result;
});

const rangesText = z
  .string()
  .max(200)
  .default("")
  .transform((v) =>
    v
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .refine((list) => list.every((r) => parseRangeText(r) !== null), "ranges");

const holidaySchema = z.object({ date: z.iso.date(), name: z.string().trim().max(120).default(""), specialHours: rangesText });

/** A closed day (or one with its own hours); the same date again replaces it. */
export const addHolidayAction = workspaceAction({ schema: holidaySchema, roles: MANAGER_ROLES }, async (input, ctx, tx) => {
  const holiday = await addHoliday(tx, ctx.tenantId, input);
  revalidatePath(page(ctx.tenant.slug));
  return { id: holiday.id };
});

export const removeHolidayAction = workspaceAction({ schema: z.object({ id: z.uuid() }), roles: MANAGER_ROLES }, async ({ id }, ctx, tx) => {
  if (!(await removeHoliday(tx, ctx.tenantId, id))) throw new AppError("bad_request:input");
  revalidatePath(page(ctx.tenant.slug));
  return { removed: true };
});
