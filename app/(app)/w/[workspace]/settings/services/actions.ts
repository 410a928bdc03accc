"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { importServices, type ServiceImportResult } from "@/lib/business/business-csv";
import { createService, deleteService, serviceFormFields, toServiceInput, updateService } from "@/lib/business/services";
import { MAX_IMPORT_BYTES } from "@/lib/consent/import-limits";
import { AppError } from "@/lib/errors/app-error";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { workspaceAction } from "@/lib/tenancy/workspace-action";

const page = (slug: string) => `/w/${slug}/settings/services`;
const checkbox = z.preprocess((v) => v === "on" || v === "true", z.boolean());

// The form: price as typed ("60,00"), duration in minutes, checkboxes for bookable and active.
const fields = serviceFormFields.extend({ bookable: checkbox, active: checkbox });
const serviceSchema = fields.transform(toServiceInput);
const updateSchema = fields.extend({ id: z.uuid() }).transform(({ id, ...rest }) => ({ id, ...toServiceInput(rest) }));

export const createServiceAction = workspaceAction({ schema: serviceSchema, roles: MANAGER_ROLES }, async (input, ctx, tx) => {
  const service = await createService(tx, ctx.tenantId, input);
  revalidatePath(page(ctx.tenant.slug));
  return { id: service.id };
});

export const updateServiceAction = workspaceAction({ schema: updateSchema, roles: MANAGER_ROLES }, async ({ id, ...input }, ctx, tx) => {
  const service = await updateService(tx, ctx.tenantId, id, input);
  if (!service) throw new AppError("bad_request:input");
  revalidatePath(page(ctx.tenant.slug));
  return { id: service.id };
});

export const deleteServiceAction = workspaceAction({ schema: z.object({ id: z.uuid() }), roles: MANAGER_ROLES }, async ({ id }, ctx, tx) => {
  if (!(await deleteService(tx, ctx.tenantId, id))) throw new AppError("bad_request:input");
  revalidatePath(page(ctx.tenant.slug));
  return { deleted: true };
});

// A form with no file chosen still sends an empty one.
const fileSchema = z.object({ file: z.instanceof(File).refine((f) => f.size > 0 && f.name.length > 0) });

/** Services from a CSV, checked whole and written in one transaction (none is held while the file is read). */
export const importServicesAction = workspaceAction({ schema: fileSchema, roles: MANAGER_ROLES, transaction: false }, async ({ file }, ctx): Promise<ServiceImportResult> => {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, fileProblem: "too_large", problems: [], problemCount: 0 };
  const text = await file.text();
  const result = await withTenant(ctx.tenantId, (tx) => importServices(tx, ctx, { name: file.name, text }));
  if (result.ok) revalidatePath(page(ctx.tenant.slug));
  return result;
});
