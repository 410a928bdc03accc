import { and, desc, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { consents } from "@/db/schema";

export type ConsentCategory = (typeof consents.$inferSelect)["category"];
export type ConsentStatus = (typeof consents.$inferSelect)["status"];
export type ConsentEvidence = Record<string, string | number | null>;

/** Where a ledger row came from; free text in the table, these are the values the app writes. */
export type ConsentSource = "whatsapp:keyword" | "whatsapp:user_preferences" | "whatsapp:error_131050" | "web_form" | "csv_import" | (string & {});

/** A contact's consent in one category as of its newest ledger row. */
export type ConsentState = {
  category: ConsentCategory;
  status: ConsentStatus;
  source: string;
  wording: string | null;
  evidence: ConsentEvidence | null;
  recordedAt: Date;
};

export type ConsentEntry = {
  contactId: string;
  category: ConsentCategory;
  status: ConsentStatus;
  source: ConsentSource;
  wording?: string | null;
  evidence?: ConsentEvidence | null;
  recordedBy?: string | null;
  /** When it happened (a webhook's timestamp); now when left out. */
  recordedAt?: Date;
};

const stateColumns = {
  category: consents.category,
  status: consents.status,
  source: consents.source,
  wording: consents.wording,
  evidence: consents.evidence,
  recordedAt: consents.recordedAt,
};

// "Newest" is by when it happened, then by when it was written (two rows from one webhook share a second).
const newestFirst = [desc(consents.recordedAt), desc(consents.createdAt)] as const;

const toState = (r: { category: ConsentCategory; status: ConsentStatus; source: string; wording: string | null; evidence: ConsentEvidence | null; recordedAt: Date | null }): ConsentState => ({
  ...r,
  recordedAt: r.recordedAt ?? new Date(0),
});

/** The contact's current consent in `category` (its newest row), or null when they never said. */
export async function currentConsent(tx: Tx, tenantId: string, contactId: string, category: ConsentCategory): Promise<ConsentState | null> {
  const [row] = await tx
    .select(stateColumns)
    .from(consents)
    .where(and(eq(consents.tenantId, tenantId), eq(consents.contactId, contactId), eq(consents.category, category)))
    .orderBy(...newestFirst)
    .limit(1);
  return row ? toState(row) : null;
}

/** Current consent of many contacts at once: contactId → category → state (absent when never said). */
export async function consentStates(tx: Tx, tenantId: string, contactIds: readonly string[]): Promise<Map<string, Partial<Record<ConsentCategory, ConsentState>>>> {
  const states = new Map<string, Partial<Record<ConsentCategory, ConsentState>>>();
  if (!contactIds.length) return states;
  const rows = await tx
    .selectDistinctOn([consents.contactId, consents.category], { contactId: consents.contactId, ...stateColumns })
    .from(consents)
    .where(and(eq(consents.tenantId, tenantId), inArray(consents.contactId, [...new Set(contactIds)])))
    .orderBy(consents.contactId, consents.category, ...newestFirst);
  for (const { contactId, ...row } of rows) {
    const byCategory = states.get(contactId) ?? {};
    byCategory[row.category] = toState(row);
    states.set(contactId, byCategory);
  }
  return states;
}

/**
 * The one way to write the consent ledger. Append-only: a new row is the new current state, the
 * old rows stay as history. The caller decides whether a repeat is worth a row (evidence of
 * asking again usually is).
 */
export async function recordConsent(tx: Tx, tenantId: string, entry: ConsentEntry) {
  const [row] = await tx
    .insert(consents)
    .values({
      tenantId,
      contactId: entry.contactId,
      category: entry.category,
      status: entry.status,
      source: entry.source,
      wording: entry.wording ?? null,
      evidence: entry.evidence ?? null,
      recordedBy: entry.recordedBy ?? null,
      ...(entry.recordedAt ? { recordedAt: entry.recordedAt } : {}),
    })
    .returning({ id: consents.id, recordedAt: consents.recordedAt });
  return row;
}

/** Many rows, a thousand per statement (imports); same rules as `recordConsent`. Returns how many were written. */
export async function recordConsents(tx: Tx, tenantId: string, entries: readonly ConsentEntry[]) {
  const now = new Date();
  let written = 0;
  for (let i = 0; i < entries.length; i += 1000) {
    const rows = await tx
      .insert(consents)
      .values(entries.slice(i, i + 1000).map((e) => ({ tenantId, contactId: e.contactId, category: e.category, status: e.status, source: e.source, wording: e.wording ?? null, evidence: e.evidence ?? null, recordedBy: e.recordedBy ?? null, recordedAt: e.recordedAt ?? now })))
      .returning({ id: consents.id });
    written += rows.length;
  }
  return written;
}
