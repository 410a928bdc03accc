import { and, asc, eq, max } from "drizzle-orm";
import type { Tx } from "@/db/engine";
import { leadQuestions } from "@/db/schema";

export type LeadQuestionRow = typeof leadQuestions.$inferSelect;
export type LeadQuestionInput = { field: string; question: string; language: string; weight: number };

/** A lead field key as stored: lower case, letters, digits and underscores ("Tratamiento de interés" → "tratamiento_de_interes"). */
export function fieldKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40);
}

/** The questions in the order they are asked (one language, or all, by language then position). */
export async function listLeadQuestions(tx: Tx, tenantId: string, language?: string): Promise<LeadQuestionRow[]> {
  return tx
    .select()
    .from(leadQuestions)
    .where(and(eq(leadQuestions.tenantId, tenantId), language ? eq(leadQuestions.language, language) : undefined))
    .orderBy(asc(leadQuestions.language), asc(leadQuestions.position), asc(leadQuestions.createdAt));
}

/** Adds a question at the end of its language's list. */
export async function addLeadQuestion(tx: Tx, tenantId: string, input: LeadQuestionInput): Promise<LeadQuestionRow> {
  const [{ last }] = await tx
    .select({ last: max(leadQuestions.position) })
    .from(leadQuestions)
    .where(and(eq(leadQuestions.tenantId, tenantId), eq(leadQuestions.language, input.language)));
  const [row] = await tx
    .insert(leadQuestions)
    .values({ tenantId, field: fieldKey(input.field), question: input.question.trim(), language: input.language, weight: input.weight, position: (last ?? -1) + 1 })
    .returning();
  return row;
}

export async function updateLeadQuestion(tx: Tx, tenantId: string, id: string, input: LeadQuestionInput): Promise<boolean> {
  const updated = await tx
    .update(leadQuestions)
    .set({ field: fieldKey(input.field), question: input.question.trim(), language: input.language, weight: input.weight })
    .where(and(eq(leadQuestions.tenantId, tenantId), eq(leadQuestions.id, id)))
    .returning({ id: leadQuestions.id });
  return updated.length > 0;
}

export async function deleteLeadQuestion(tx: Tx, tenantId: string, id: string): Promise<boolean> {
  const deleted = await tx.delete(leadQuestions).where(and(eq(leadQuestions.tenantId, tenantId), eq(leadQuestions.id, id))).returning({ id: leadQuestions.id });
  return deleted.length > 0;
}

/** Moves a question one place up or down within its language, renumbering that list 0, 1, 2… */
export async function moveLeadQuestion(tx: Tx, tenantId: string, id: string, direction: "up" | "down"): Promise<boolean> {
  const [question] = await tx.select().from(leadQuestions).where(and(eq(leadQuestions.tenantId, tenantId), eq(leadQuestions.id, id)));
  if (!question) return false;
  const list = await listLeadQuestions(tx, tenantId, question.language);
  const i = list.findIndex((q) => q.id === id);
  const j = direction === "up" ? i - 1 : i + 1;
  if (j < 0 || j >= list.length) return true;
  [list[i], list[j]] = [list[j], list[i]];
  for (const [position, q] of list.entries()) {
    if (q.position !== position) await tx.update(leadQuestions).set({ position }).where(and(eq(leadQuestions.tenantId, tenantId), eq(leadQuestions.id, q.id)));
  }
  return true;
}
