"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addLeadQuestion, deleteLeadQuestion, fieldKey, LEAD_STAGES, moveLeadQuestion, setLeadStage, updateLeadQuestion } from "@/lib/business/leads";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";
import { workspaceAction } from "@/lib/tenancy/workspace-action";

const question = z.object({
  question: z.string().trim().min(1).max(300),
  // Typed as words ("Tratamiento de interés"); stored as a key, which must keep some letters.
  field: z.string().trim().min(1).max(60).refine((v) => fieldKey(v).length > 0),
  language: z.enum(["es", "en", "pt"]),
  weight: z.coerce.number().int().min(0).max(100),
});
const byId = z.object({ id: z.uuid() });
const done = (slug: string) => revalidatePath(`/w/${slug}/leads`);

export const addLeadQuestionAction = workspaceAction({ schema: question, roles: MANAGER_ROLES }, async (input, ctx, tx) => {
  const row = await addLeadQuestion(tx, ctx.tenantId, input);
  done(ctx.tenant.slug);
  return { id: row.id };
});

export const updateLeadQuestionAction = workspaceAction({ schema: question.extend(byId.shape), roles: MANAGER_ROLES }, async ({ id, ...input }, ctx, tx) => {
  const saved = await updateLeadQuestion(tx, ctx.tenantId, id, input);
  done(ctx.tenant.slug);
  return { saved };
});

export const deleteLeadQuestionAction = workspaceAction({ schema: byId, roles: MANAGER_ROLES }, async ({ id }, ctx, tx) => {
  const deleted = await deleteLeadQuestion(tx, ctx.tenantId, id);
  done(ctx.tenant.slug);
  return { deleted };
});

export const moveLeadQuestionAction = workspaceAction({ schema: byId.extend({ direction: z.enum(["up", "down"]) }), roles: MANAGER_ROLES }, async ({ id, direction }, ctx, tx) => {
  const moved = await moveLeadQuestion(tx, ctx.tenantId, id, direction);
  done(ctx.tenant.slug);
  return { moved };
});

export const setLeadStageAction = workspaceAction({ schema: byId.extend({ stage: z.enum(LEAD_STAGES) }), roles: MANAGER_ROLES }, async ({ id, stage }, ctx, tx) => {
  const saved = await setLeadStage(tx, ctx.tenantId, id, stage);
  done(ctx.tenant.slug);
  return { saved };
});
