"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { encryptAiSecret } from "@/lib/ai/ai-secrets";
import { AI_PROVIDERS, checkModelConnection, loadAiSettings, resolveModel, saveAiSettings, type ConnectionCheck, type ModelProblem } from "@/lib/ai/providers";
import { INTENTS, type Intent } from "@/lib/ai/types";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { workspaceAction } from "@/lib/tenancy/workspace-action";
import { DISCLOSURE_LANGUAGES, SENSITIVE_TOPICS } from "@/components/assistant/options";

const optionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => v || null);
const many = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v == null ? [] : Array.isArray(v) ? v : [v]), z.array(item));

// The model part, shared by "save" and "test": the key is sent only when typed; `removeApiKey=1` drops the stored one.
const modelFields = z.object({
  provider: z.enum(AI_PROVIDERS),
  model: optionalText(200),
  transcriptionModel: optionalText(200),
  baseUrl: z
    .string()
    .trim()
    .max(500)
    .optional()
    .transform((v) => v || null)
    .pipe(z.url({ protocol: /^https?$/ }).nullable()),
  apiSecret: optionalText(500),
  removeApiKey: z.literal("1").optional(),
});

const requireEndpoint = (v: z.infer<typeof modelFields>, ctx: z.RefinementCtx) => {
  if (v.provider !== "openai_compatible") return;
  if (!v.baseUrl) ctx.addIssue({ code: "custom", path: ["baseUrl"], message: "required" });
  if (!v.model) ctx.addIssue({ code: "custom", path: ["model"], message: "required" });
};

const level = z.enum(["auto", "review", "off"]);
const automationFields = Object.fromEntries(INTENTS.map((i) => [`automation_${i}`, level])) as Record<`automation_${Intent}`, typeof level>;
const settingsSchema = modelFields
  .extend({
    confidenceThreshold: z.coerce.number().min(0).max(1),
    perCustomerHourlyLimit: z.coerce.number().int().min(1).max(1000),
    monthlyBudget: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? Number(v.replace(",", ".")) : null))
      .pipe(z.number().min(0).max(1_000_000).nullable()),
    sensitiveTopics: many(z.enum(SENSITIVE_TOPICS)),
    disclosure_es: optionalText(500),
    disclosure_en: optionalText(500),
    disclosure_pt: optionalText(500),
    ...automationFields,
  })
  .superRefine(requireEndpoint);

/** Saves the whole page; an OpenAI workspace must end up with a key (typed now or already stored). */
export const saveAssistantSettingsAction = workspaceAction({ schema: settingsSchema, roles: MANAGER_ROLES }, async (input, ctx, tx) => {
  const i = input;
  const current = await loadAiSettings(tx, ctx.tenantId);
  const keepsKey = i.provider === current.provider && current.apiKeyEnc !== null && !i.removeApiKey;
  if (i.provider === "openai" && !i.apiSecret && !keepsKey) throw new z.ZodError([{ code: "custom", path: ["apiSecret"], message: "required", input: undefined }]);
  const automation = Object.fromEntries(INTENTS.map((intent) => [intent, i[`automation_${intent}`]]));
  const disclosure = Object.fromEntries(DISCLOSURE_LANGUAGES.flatMap((l) => (i[`disclosure_${l}`] ? [[l, i[`disclosure_${l}`]]] : [])));
  await saveAiSettings(tx, ctx.tenantId, {
    provider: i.provider,
    model: i.model,
    transcriptionModel: i.provider === "local" ? null : (i.transcriptionModel ?? null),
    baseUrl: i.provider === "openai_compatible" ? i.baseUrl : null,
    apiKey: i.apiSecret ?? (i.removeApiKey ? null : undefined),
    confidenceThreshold: i.confidenceThreshold,
    perCustomerHourlyLimit: i.perCustomerHourlyLimit,
    monthlyBudgetMicros: i.monthlyBudget === null ? null : Math.round(i.monthlyBudget * 1_000_000),
    sensitiveTopics: i.sensitiveTopics,
    disclosure,
    automation,
  });
  revalidatePath(`/w/${ctx.tenant.slug}/settings/assistant`);
  return { saved: true };
});

export type ConnectionTestResult = (ConnectionCheck | { ok: false; reason: ModelProblem; detail?: undefined; status?: undefined }) & { model: string };

/**
 * "Probar conexión" on what the form holds, saved or not: the typed key, or the stored one if the
 * endpoint is unchanged (a stored key is never tried against another server). Nothing is saved.
 */
export const testAssistantConnectionAction = workspaceAction({ schema: modelFields.superRefine(requireEndpoint), roles: MANAGER_ROLES, transaction: false }, async (input, ctx): Promise<ConnectionTestResult> => {
  const current = await withTenant(ctx.tenantId, (tx) => loadAiSettings(tx, ctx.tenantId));
  const baseUrl = input.provider === "openai_compatible" ? (input.baseUrl?.replace(/\/+$/, "") ?? null) : null;
  const sameEndpoint = input.provider === current.provider && (input.provider !== "openai_compatible" || baseUrl === current.baseUrl);
  const apiKeyEnc = input.apiSecret ? encryptAiSecret(current.id, "api_key", input.apiSecret) : sameEndpoint && !input.removeApiKey ? current.apiKeyEnc : null;
  const resolved = resolveModel({ id: current.id, provider: input.provider, model: input.model, baseUrl, apiKeyEnc, transcriptionModel: null });
  if (resolved.problem) return { ok: false, reason: resolved.problem, model: resolved.id };
  return { ...(await checkModelConnection(resolved)), model: resolved.id };
});
