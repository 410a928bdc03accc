import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/engine";
import { auditLog, knowledgeEntries, services } from "@/db/schema";
import type { Language } from "@/lib/ai/types";
import { readFaqsFile, type FaqRowReason } from "./business-csv-faqs";
import { readServicesFile, type ServiceRowReason } from "./business-csv-services";
import { headerKey, type CsvRead } from "./business-csv-table";

/**
 * Writes a checked FAQ or services file in the caller's transaction (the file is read and every
 * row checked before the first write; one bad row and nothing is written). Safe to repeat: a
 * question already there in the same language, or a service of the same name, is updated rather
 * than added twice.
 */

export type ImportSummary = { rows: number; created: number; updated: number };
type Failure<R extends string> = Extract<CsvRead<unknown, R>, { ok: false }>;
export type FaqImportResult = { ok: true; summary: ImportSummary } | Failure<FaqRowReason>;
export type ServiceImportResult = { ok: true; summary: ImportSummary } | Failure<ServiceRowReason>;

type Actor = { tenantId: string; userId: string | null };

// eslint-disable-next-line @typescript-eslint/no-unused-vars
const withoutRow = <T extends { row: number }>({ row, ...rest }: T): Omit<T, "row"> => rest;

async function audit(tx: Tx, actor: Actor, action: string, fileName: string, summary: ImportSummary) {
  await tx.insert(auditLog).values({ tenantId: actor.tenantId, actorUserId: actor.userId, action, targetType: action.split(".")[0], data: { fileName: fileName.slice(0, 200), ...summary } });
}

/** FAQs from a CSV (question, answer, variants, tags, language); an existing question is replaced, and active again. */
export async function importFaqs(tx: Tx, actor: Actor, file: { name: string; text: string }, opts: { defaultLanguage?: Language } = {}): Promise<FaqImportResult> {
  const checked = readFaqsFile(file.text, opts);
  if (!checked.ok) return checked;
  const existing = await tx
    .select({ id: knowledgeEntries.id, question: knowledgeEntries.question, language: knowledgeEntries.language })
    .from(knowledgeEntries)
    .where(eq(knowledgeEntries.tenantId, actor.tenantId));
  const byKey = new Map(existing.map((e) => [`${e.language}:${headerKey(e.question)}`, e.id]));
  const fresh = [];
  let updated = 0;
  for (const r of checked.rows.map(withoutRow)) {
    const id = byKey.get(`${r.language}:${headerKey(r.question)}`);
    if (!id) {
      fresh.push({ tenantId: actor.tenantId, ...r });
      continue;
    }
    await tx
      .update(knowledgeEntries)
      .set({ ...r, active: true, updatedAt: new Date() })
      .where(and(eq(knowledgeEntries.tenantId, actor.tenantId), eq(knowledgeEntries.id, id)));
    updated++;
  }
  for (let i = 0; i < fresh.length; i += 500) await tx.insert(knowledgeEntries).values(fresh.slice(i, i + 500));
  const summary = { rows: checked.rows.length, created: fresh.length, updated };
  await audit(tx, actor, "knowledge.imported", file.name, summary);
  return { ok: true, summary };
}

/** Services from a CSV (name, price, currency, duration, description, bookable); an existing name is replaced. */
export async function importServices(tx: Tx, actor: Actor, file: { name: string; text: string }, opts: { defaultCurrency?: string } = {}): Promise<ServiceImportResult> {
  const checked = readServicesFile(file.text, opts);
  if (!checked.ok) return checked;
  const existing = await tx.select({ id: services.id, name: services.name }).from(services).where(eq(services.tenantId, actor.tenantId));
  const byName = new Map(existing.map((s) => [headerKey(s.name), s.id]));
  const fresh = [];
  let updated = 0;
  for (const r of checked.rows.map(withoutRow)) {
    const id = byName.get(headerKey(r.name));
    if (!id) {
      fresh.push({ tenantId: actor.tenantId, ...r });
      continue;
    }
    await tx
      .update(services)
      .set({ ...r, active: true, updatedAt: new Date() })
      .where(and(eq(services.tenantId, actor.tenantId), eq(services.id, id)));
    updated++;
  }
  for (let i = 0; i < fresh.length; i += 500) await tx.insert(services).values(fresh.slice(i, i + 500));
  const summary = { rows: checked.rows.length, created: fresh.length, updated };
  await audit(tx, actor, "services.imported", file.name, summary);
  return { ok: true, summary };
}
