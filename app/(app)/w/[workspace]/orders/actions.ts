"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { MAX_IMPORT_BYTES } from "@/lib/consent/import-limits";
import { defaultCountryOf } from "@/lib/consent/settings";
import { deleteOrder, saveOrder } from "@/lib/business/orders";
import { orderFormSchema, orderFromForm, type OrderFormProblem } from "@/lib/business/orders-form";
import { importOrdersCsv, type OrdersImportResult } from "@/lib/business/orders-import";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { workspaceAction } from "@/lib/tenancy/workspace-action";

export type SaveOrderOutcome = { saved: false; problem: OrderFormProblem | "duplicate_number" | "invalid_number" | "not_found"; value?: string };

/**
 * Orders → new or edit (owners and admins): the form read by orderFromForm, saved, then back to
 * the list. Its own transaction, so the redirect happens after the commit.
 */
export const saveOrderAction = workspaceAction(
  { schema: orderFormSchema.extend({ id: z.union([z.uuid(), z.literal("")]).optional() }), roles: MANAGER_ROLES, transaction: false },
  async ({ id, ...form }, ctx): Promise<SaveOrderOutcome> => {
    const read = orderFromForm(form, defaultCountryOf(ctx.tenant));
    if (!read.ok) return { saved: false, problem: read.problem, value: read.value };
    const result = await withTenant(ctx.tenantId, (tx) => saveOrder(tx, ctx.tenantId, read.order, id || undefined));
    if (!result.ok) return { saved: false, problem: result.reason };
    revalidatePath(`/w/${ctx.tenant.slug}/orders`);
    redirect(`/w/${ctx.tenant.slug}/orders`);
  },
);

export const deleteOrderAction = workspaceAction({ schema: z.object({ id: z.uuid() }), roles: MANAGER_ROLES, transaction: false }, async ({ id }, ctx) => {
  await withTenant(ctx.tenantId, (tx) => deleteOrder(tx, ctx.tenantId, id));
  revalidatePath(`/w/${ctx.tenant.slug}/orders`);
  redirect(`/w/${ctx.tenant.slug}/orders`);
});

// A form with no file chosen still sends an empty one.
const fileSchema = z.object({ file: z.instanceof(File).refine((f) => f.size > 0 && f.name.length > 0) });

/** Orders → Import CSV (owners and admins): checked whole, written in one transaction, or nothing. */
export const importOrdersAction = workspaceAction({ schema: fileSchema, roles: MANAGER_ROLES }, async ({ file }, ctx, tx): Promise<OrdersImportResult> => {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, fileProblem: "too_large", problems: [], problemCount: 0 };
  const result = await importOrdersCsv(tx, ctx.tenantId, await file.text(), { defaultCountry: defaultCountryOf(ctx.tenant) });
  if (result.ok) revalidatePath(`/w/${ctx.tenant.slug}/orders`);
  return result;
});
