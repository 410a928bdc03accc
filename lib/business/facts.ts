import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/engine";
import { businessFacts } from "@/db/schema";
import { LANGUAGES, type Language } from "@/lib/ai/types";

/**
 * Reviewed facts the assistant may quote as they are (address, phone, parking…), one value per key
 * and language. Saving stamps who reviewed it and when: a fact is only as good as the person who
 * wrote it down. Run inside `withTenant`.
 */

export const CONTACT_FACT_KEYS = ["address", "phone", "website", "email"] as const;
export type ContactFactKey = (typeof CONTACT_FACT_KEYS)[number];

export const factKey = z.string().trim().toLowerCase().regex(/^[a-z][a-z0-9_]{0,39}$/);
export const factInput = z.object({ key: factKey, value: z.string().trim().min(1).max(2000), language: z.enum(LANGUAGES).default("es") });
export type FactInput = z.input<typeof factInput>;
export type BusinessFact = typeof businessFacts.$inferSelect;

/** Who saves: the workspace and the person (null for a script or an import without one). */
export type FactAuthor = { tenantId: string; userId: string | null };

/** The contact facts as the settings form checks them; "" means "remove". */
export const contactFactsInput = z.object({
  address: z.string().trim().max(300).default(""),
  phone: z
    .string()
    .trim()
    .max(40)
    .default("")
    .refine((v) => !v || /^\+?[\d\s().-]{6,30}$/.test(v), "phone"),
  website: z
    .string()
    .trim()
    .max(200)
    .default("")
    .refine((v) => !v || /^(https?:\/\/)?[\p{L}\d-]+(\.[\p{L}\d-]+)+(\/\S*)?$/u.test(v), "url"),
  email: z.union([z.literal(""), z.email().max(200)]).default(""),
});
export type ContactFacts = z.output<typeof contactFactsInput>;

export function listFacts(tx: Tx, tenantId: string, opts: { language?: string } = {}): Promise<BusinessFact[]> {
  const where = opts.language ? and(eq(businessFacts.tenantId, tenantId), eq(businessFacts.language, opts.language)) : eq(businessFacts.tenantId, tenantId);
  return tx.select().from(businessFacts).where(where).orderBy(asc(businessFacts.key), asc(businessFacts.language));
}

/** key → value in one language. */
export async function factValues(tx: Tx, tenantId: string, language: Language = "es"): Promise<Record<string, string>> {
  const rows = await listFacts(tx, tenantId, { language });
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

/** Creates or replaces the value of a key in a language, marked as reviewed now by the author. */
export async function saveFact(tx: Tx, author: FactAuthor, input: FactInput, now: Date = new Date()): Promise<BusinessFact> {
  const { key, value, language } = factInput.parse(input);
  const reviewed = { value, reviewedAt: now, reviewedBy: author.userId, updatedAt: now };
  const [row] = await tx
    .insert(businessFacts)
    .values({ tenantId: author.tenantId, key, language, ...reviewed })
    .onConflictDoUpdate({ target: [businessFacts.tenantId, businessFacts.key, businessFacts.language], set: reviewed })
    .returning();
  return row;
}

/** Whether the key had a value in that language. */
export async function deleteFact(tx: Tx, tenantId: string, key: string, language: Language = "es"): Promise<boolean> {
  const rows = await tx
    .delete(businessFacts)
    .where(and(eq(businessFacts.tenantId, tenantId), eq(businessFacts.key, key), eq(businessFacts.language, language)))
    .returning({ id: businessFacts.id });
  return rows.length > 0;
}

/** The settings form's address, phone, website and email: empty ones are removed, the rest saved. */
export async function saveContactFacts(tx: Tx, author: FactAuthor, input: Partial<ContactFacts>, language: Language = "es"): Promise<void> {
  const values = contactFactsInput.parse(input);
  for (const key of CONTACT_FACT_KEYS) {
    if (values[key]) await saveFact(tx, author, { key, value: values[key], language });
    else await deleteFact(tx, author.tenantId, key, language);
  }
}
