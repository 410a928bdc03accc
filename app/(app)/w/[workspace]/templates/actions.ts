"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { validateTemplateForm, type TemplateProblem } from "@/lib/templates/definition";
import { submitTemplate, type SubmitOutcome } from "@/lib/templates/submit-template";
import { syncTemplates } from "@/lib/templates/sync-templates";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";
import { workspaceAction } from "@/lib/tenancy/workspace-action";

// The form's fields arrive as typed; the rules (lengths, variables, examples) live in validateTemplateForm.
const field = (max: number) => z.string().max(max).optional().default("");
// A repeated field is an array with two or more values, a string with one, absent with none.
const list = z.preprocess((v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(2000)).max(20));

const createSchema = z.object({
  channelId: z.uuid(),
  name: field(600),
  language: field(20),
  category: field(30),
  headerText: field(200),
  headerExample: field(500),
  body: field(2000),
  bodyExamples: list,
  footer: field(200),
  quickReplies: list,
  urlButtonText: field(100),
  urlButtonUrl: field(2100),
  urlButtonExample: field(2000),
});

type CreateTemplateResult = { status: "invalid"; problems: TemplateProblem[] } | Exclude<SubmitOutcome, { status: "submitted" }>;

/**
 * "Nueva plantilla": checks the form with the same rules the browser used, submits it for review
 * and goes back to the list, where it shows as in review until WhatsApp's verdict arrives. No
 * transaction around it: the provider is called in between (see submitTemplate).
 */
export const createTemplateAction = workspaceAction({ schema: createSchema, roles: MANAGER_ROLES, transaction: false }, async ({ channelId, ...form }, ctx): Promise<CreateTemplateResult> => {
  const validated = validateTemplateForm(form);
  if (!validated.ok) return { status: "invalid", problems: validated.problems };
  const outcome = await submitTemplate(ctx, channelId, validated.definition);
  if (outcome.status !== "submitted") return outcome;
  revalidatePath(`/w/${ctx.tenant.slug}/templates`);
  redirect(`/w/${ctx.tenant.slug}/templates`);
});

/** "Sincronizar con WhatsApp": brings the channel's templates and their statuses from the provider. */
export const syncTemplatesAction = workspaceAction({ schema: z.object({ channelId: z.uuid() }), roles: MANAGER_ROLES, transaction: false }, async ({ channelId }, ctx) => {
  const outcome = await syncTemplates(ctx, channelId);
  revalidatePath(`/w/${ctx.tenant.slug}/templates`);
  return outcome;
});
