"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { cancelAppointment } from "@/lib/business/appointments";
import { addResource, removeResource, setResourceServices } from "@/lib/business/scheduling-resources";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";
import { workspaceAction } from "@/lib/tenancy/workspace-action";

// A repeated field is an array with two or more values, a string with one, absent with none.
const ids = z.preprocess((v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid()).max(200));

/** Appointments → cancel (owners and admins). Safe to repeat. */
export const cancelAppointmentAction = workspaceAction({ schema: z.object({ id: z.uuid() }), roles: MANAGER_ROLES }, async ({ id }, ctx, tx) => {
  const result = await cancelAppointment(tx, ctx.tenantId, { appointmentId: id });
  revalidatePath(`/w/${ctx.tenant.slug}/appointments`);
  return result.ok ? { cancelled: true as const } : { cancelled: false as const, reason: result.reason };
});

export const addResourceAction = workspaceAction(
  { schema: z.object({ name: z.string().trim().min(1).max(120), kind: z.enum(["staff", "room"]).default("staff"), serviceIds: ids }), roles: MANAGER_ROLES },
  async (input, ctx, tx) => {
    const resource = await addResource(tx, ctx.tenantId, input);
    revalidatePath(`/w/${ctx.tenant.slug}/appointments`);
    return { id: resource.id };
  },
);

/** Which services a resource does; none ticked means all of them. */
export const setResourceServicesAction = workspaceAction({ schema: z.object({ id: z.uuid(), serviceIds: ids }), roles: MANAGER_ROLES }, async ({ id, serviceIds }, ctx, tx) => {
  const saved = await setResourceServices(tx, ctx.tenantId, id, serviceIds);
  revalidatePath(`/w/${ctx.tenant.slug}/appointments`);
  return { saved };
});

/** Takes a resource off the agenda; refused while it has appointments to come. */
export const removeResourceAction = workspaceAction({ schema: z.object({ id: z.uuid() }), roles: MANAGER_ROLES }, async ({ id }, ctx, tx) => {
  const result = await removeResource(tx, ctx.tenantId, id);
  if (result.ok) revalidatePath(`/w/${ctx.tenant.slug}/appointments`);
  return result;
});
