import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/engine";
import { knowledgeEntries } from "@/db/schema";
import { LANGUAGES } from "@/lib/ai/types";

export { searchKnowledge, type KnowledgeSearchHit } from "./knowledge-search";

/**
 * The workspace's FAQs: what the assistant may answer from. Every function takes the tenant first
 * and filters by it; run them inside `withTenant`.
 */

export const MAX_QUESTION = 500;
export const MAX_ANSWER = 4000;

const unique = (items: string[], key: (s: string) => string = (s) => s.toLowerCase()) => {
  const seen = new Set<string>();
  return items.filter((s) => !seen.has(key(s)) && seen.add(key(s)));
};

/** What a person (or a CSV row) gives for one entry; variants and tags are trimmed and de-duplicated. */
export const knowledgeEntryInput = z.object({
  question: z.string().trim().min(1).max(MAX_QUESTION),
  variants: z
    .array(z.string().trim().max(MAX_QUESTION))
    .max(50)
    .default([])
    .transform((v) => unique(v.filter(Boolean))),
  answer: z.string().trim().min(1).max(MAX_ANSWER),
  tags: z
    .array(z.string().trim().max(40))
    .max(20)
    .default([])
    .transform((v) => unique(v.filter(Boolean).map((t) => t.toLowerCase()))),
  language: z.enum(LANGUAGES).default("es"),
  active: z.boolean().default(true),
});
export type KnowledgeEntryInput = z.input<typeof knowledgeEntryInput>;
export type KnowledgeEntry = typeof knowledgeEntries.$inferSelect;

/** Every entry, in one language or all, by question. */
export function listKnowledgeEntries(tx: Tx, tenantId: string, opts: { language?: string } = {}): Promise<KnowledgeEntry[]> {
  const where = opts.language ? and(eq(knowledgeEntries.tenantId, tenantId), eq(knowledgeEntries.language, opts.language)) : eq(knowledgeEntries.tenantId, tenantId);
  return tx.select().from(knowledgeEntries).where(where).orderBy(asc(knowledgeEntries.language), asc(knowledgeEntries.question));
}

export async function getKnowledgeEntry(tx: Tx, tenantId: string, id: string): Promise<KnowledgeEntry | null> {
  const [row] = await tx
    .select()
    .from(knowledgeEntries)
    .where(and(eq(knowledgeEntries.tenantId, tenantId), eq(knowledgeEntries.id, id)));
  return row ?? null;
}

export async function createKnowledgeEntry(tx: Tx, tenantId: string, input: KnowledgeEntryInput): Promise<KnowledgeEntry> {
  const values = knowledgeEntryInput.parse(input);
  const [row] = await tx
    .insert(knowledgeEntries)
    .values({ tenantId, ...values })
    .returning();
  return row;
}

/** Replaces an entry's content; null when the workspace has no such entry. */
export async function updateKnowledgeEntry(tx: Tx, tenantId: string, id: string, input: KnowledgeEntryInput): Promise<KnowledgeEntry | null> {
  const values = knowledgeEntryInput.parse(input);
  const [row] = await tx
    .update(knowledgeEntries)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(knowledgeEntries.tenantId, tenantId), eq(knowledgeEntries.id, id)))
    .returning();
  return row ?? null;
}

/** Whether an entry was deleted. */
export async function deleteKnowledgeEntry(tx: Tx, tenantId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(knowledgeEntries)
    .where(and(eq(knowledgeEntries.tenantId, tenantId), eq(knowledgeEntries.id, id)))
    .returning({ id: knowledgeEntries.id });
  return rows.length > 0;
}
