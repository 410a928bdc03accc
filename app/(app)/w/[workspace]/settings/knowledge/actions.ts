"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { LANGUAGES } from "@/lib/ai/types";
import { importFaqs, type FaqImportResult } from "@/lib/business/business-csv";
import { createKnowledgeEntry, deleteKnowledgeEntry, knowledgeEntryInput, updateKnowledgeEntry } from "@/lib/business/knowledge";
import { MAX_IMPORT_BYTES } from "@/lib/consent/import-limits";
import { AppError } from "@/lib/errors/app-error";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { workspaceAction } from "@/lib/tenancy/workspace-action";

const page = (slug: string) => `/w/${slug}/settings/knowledge`;

const split = (separators: RegExp) => (v: string) =>
  v
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);

// The form: variants one per line, tags separated by commas, "active" a checkbox.
const entrySchema = z.object({
  question: knowledgeEntryInput.shape.question,
  variants: z.string().max(25_000).default("").transform(split(/\r?\n/)),
  answer: knowledgeEntryInput.shape.answer,
  tags: z.string().max(1000).default("").transform(split(/[,;]/)),
  language: z.enum(LANGUAGES),
  active: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
});

export const createEntryAction = workspaceAction({ schema: entrySchema, roles: MANAGER_ROLES }, async (input, ctx, tx) => {
  const entry = await createKnowledgeEntry(tx, ctx.tenantId, input);
  revalidatePath(page(ctx.tenant.slug));
  return { id: entry.id };
});

export const updateEntryAction = workspaceAction({ schema: entrySchema.extend({ id: z.uuid() }), roles: MANAGER_ROLES }, async ({ id, ...input }, ctx, tx) => {
  const entry = await updateKnowledgeEntry(tx, ctx.tenantId, id, input);
  if (!entry) throw new AppError("bad_request:input");
  revalidatePath(page(ctx.tenant.slug));
  return { id: entry.id };
});

export const deleteEntryAction = workspaceAction({ schema: z.object({ id: z.uuid() }), roles: MANAGER_ROLES }, async ({ id }, ctx, tx) => {
  if (!(await deleteKnowledgeEntry(tx, ctx.tenantId, id))) throw new AppError("bad_request:input");
  revalidatePath(page(ctx.tenant.slug));
  return { deleted: true };
});

// A form with no file chosen still sends an empty one.
const fileSchema = z.object({ file: z.instanceof(File).refine((f) => f.size > 0 && f.name.length > 0) });

/** FAQs from a CSV, checked whole and written in one transaction (none is held while the file is read). */
export const importFaqsAction = workspaceAction({ schema: fileSchema, roles: MANAGER_ROLES, transaction: false }, async ({ file }, ctx): Promise<FaqImportResult> => {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, fileProblem: "too_large", problems: [], problemCount: 0 };
  const text = await file.text();
  const defaultLanguage = LANGUAGES.find((l) => l === ctx.tenant.defaultLocale) ?? "es";
  const result = await withTenant(ctx.tenantId, (tx) => importFaqs(tx, ctx, { name: file.name, text }, { defaultLanguage }));
  if (result.ok) revalidatePath(page(ctx.tenant.slug));
  return result;
});
