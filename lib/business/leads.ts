import { and, desc, eq } from "drizzle-orm";
import type { Tx } from "@/db/engine";
import { contacts, leads } from "@/db/schema";
import type { CaptureLeadData } from "@/lib/ai/tools/schemas";
import { fieldKey, listLeadQuestions, type LeadQuestionRow } from "./leads-questions";
import { QUALIFIED_SCORE, type LeadStage } from "./leads-stages";

export { addLeadQuestion, deleteLeadQuestion, fieldKey, listLeadQuestions, moveLeadQuestion, updateLeadQuestion, type LeadQuestionInput, type LeadQuestionRow } from "./leads-questions";

export { LEAD_STAGES, QUALIFIED_SCORE, type LeadStage } from "./leads-stages";

export type CaptureLeadInput = {
  contactId: string;
  conversationId?: string | null;
  interest?: string | null;
  /** Answers by field ("name", "tratamiento"…); empty values are ignored, never erase an answer. */
  fields?: Record<string, string>;
  /** The questions' language to score and ask in (es | en | pt); default Spanish. */
  language?: string;
};

const MAX_VALUE = 500;

function cleanFields(fields: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields ?? {})) {
    const key = fieldKey(k);
    const value = String(v ?? "").trim().slice(0, MAX_VALUE);
    if (key && value) out[key] = value;
  }
  return out;
}

/** The sum of the weights of the answered fields (each field counted once, at its highest weight). */
export function scoreLead(questions: Pick<LeadQuestionRow, "field" | "weight">[], answered: Record<string, string>): number {
  const weights = new Map<string, number>();
  for (const q of questions) weights.set(q.field, Math.max(weights.get(q.field) ?? 0, q.weight));
  let score = 0;
  for (const [field, weight] of weights) if (answered[field]?.trim()) score += weight;
  return score;
}

/**
 * Records what an interested customer told the assistant: one lead per contact (created on the
 * first call, then completed), answers merged into its fields, the interest kept unless a new one
 * is given. Returns the score, the stage — qualified at QUALIFIED_SCORE; a lead marked won or lost
 * by a person stays so — and the next unanswered question in `language` (or in any language when
 * that one has none). Safe to repeat.
 */
export async function captureLead(tx: Tx, tenantId: string, input: CaptureLeadInput): Promise<CaptureLeadData> {
  await tx.insert(leads).values({ tenantId, contactId: input.contactId, conversationId: input.conversationId ?? null }).onConflictDoNothing();
  const [lead] = await tx
    .select()
    .from(leads)
    .where(and(eq(leads.tenantId, tenantId), eq(leads.contactId, input.contactId)))
    .for("update");
  const interest = input.interest?.trim().slice(0, 300) || lead.interest;
  const fields = { ...lead.fields, ...cleanFields(input.fields) };
  const answered = interest && !fields.interest ? { ...fields, interest } : fields;

  const inLanguage = await listLeadQuestions(tx, tenantId, input.language ?? "es");
  const questions = inLanguage.length ? inLanguage : await listLeadQuestions(tx, tenantId);
  const score = scoreLead(questions, answered);
  const stage = lead.stage === "won" || lead.stage === "lost" ? lead.stage : score >= QUALIFIED_SCORE || lead.stage === "qualified" ? "qualified" : "new";
  await tx
    .update(leads)
    .set({ interest, fields, score, stage, conversationId: input.conversationId ?? lead.conversationId, updatedAt: new Date() })
    .where(and(eq(leads.tenantId, tenantId), eq(leads.id, lead.id)));

  const next = questions.find((q) => !answered[q.field]?.trim());
  return { leadId: lead.id, score, stage, nextQuestion: next ? { field: next.field, question: next.question } : null };
}

export type LeadView = typeof leads.$inferSelect & { contactName: string | null; contactPhone: string };

/** The workspace's leads, best first (score, then most recent). */
export async function listLeads(tx: Tx, tenantId: string, opts: { limit?: number } = {}): Promise<LeadView[]> {
  const rows = await tx
    .select({ lead: leads, contactName: contacts.name, profileName: contacts.profileName, contactPhone: contacts.waId })
    .from(leads)
    .innerJoin(contacts, and(eq(contacts.id, leads.contactId), eq(contacts.tenantId, leads.tenantId)))
    .where(eq(leads.tenantId, tenantId))
    .orderBy(desc(leads.score), desc(leads.updatedAt))
    .limit(opts.limit ?? 200);
  return rows.map((r) => ({ ...r.lead, contactName: r.contactName ?? r.profileName, contactPhone: r.contactPhone }));
}

/** A person moves a lead along (won, lost, back to new or qualified). */
export async function setLeadStage(tx: Tx, tenantId: string, id: string, stage: LeadStage): Promise<boolean> {
  const updated = await tx
    .update(leads)
    .set({ stage, updatedAt: new Date() })
    .where(and(eq(leads.tenantId, tenantId), eq(leads.id, id)))
    .returning({ id: leads.id });
  return updated.length > 0;
}
