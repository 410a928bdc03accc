import { and, eq, gte, isNotNull, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { aiTurns } from "@/db/schema";

/**
 * What the assistant's past turns say, for the settings page: how often people approved its
 * drafts per intent (to know when an intent can go automatic), and what it spent this month.
 */

/** An intent is worth moving to automatic from this many reviewed drafts, at this approval rate. */
export const SUGGEST_AUTO_MIN_DRAFTS = 20;
export const SUGGEST_AUTO_MIN_RATE = 0.9;

export type ApprovalRate = {
  intent: string;
  /** Approved as written or after an edit: both mean the draft was worth sending. */
  approved: number;
  edited: number;
  rejected: number;
  total: number;
  /** (approved + edited) / total. */
  rate: number;
  suggestAuto: boolean;
};

/**
 * Reviewed drafts per intent (turns with outcome `draft` and a review decision). Drafts still
 * waiting for a person are not counted. Intents with no reviewed draft are absent.
 */
export async function approvalRates(tx: Tx, tenantId: string): Promise<Map<string, ApprovalRate>> {
  const rows = await tx
    .select({ intent: aiTurns.intent, decision: aiTurns.reviewDecision, n: sql<number>`count(*)::int` })
    .from(aiTurns)
    .where(and(eq(aiTurns.tenantId, tenantId), eq(aiTurns.outcome, "draft"), isNotNull(aiTurns.reviewDecision), isNotNull(aiTurns.intent)))
    .groupBy(aiTurns.intent, aiTurns.reviewDecision);
  const rates = new Map<string, ApprovalRate>();
  for (const row of rows) {
    const intent = row.intent as string;
    const r = rates.get(intent) ?? { intent, approved: 0, edited: 0, rejected: 0, total: 0, rate: 0, suggestAuto: false };
    if (row.decision === "approved") r.approved += row.n;
    else if (row.decision === "edited") r.edited += row.n;
    else if (row.decision === "rejected") r.rejected += row.n;
    else continue;
    r.total += row.n;
    rates.set(intent, r);
  }
  for (const r of rates.values()) {
    r.rate = r.total ? (r.approved + r.edited) / r.total : 0;
    r.suggestAuto = r.total >= SUGGEST_AUTO_MIN_DRAFTS && r.rate >= SUGGEST_AUTO_MIN_RATE;
  }
  return rates;
}

/** Model spend since the first of this month in the workspace's time zone, in micro-units. */
export async function monthSpendMicros(tx: Tx, tenantId: string, timeZone: string, now = new Date()): Promise<number> {
  const monthStart = sql`date_trunc('month', ${now.toISOString()}::timestamptz, ${timeZone})`;
  const [row] = await tx
    .select({ total: sql<string>`coalesce(sum(${aiTurns.costMicros}), 0)` })
    .from(aiTurns)
    .where(and(eq(aiTurns.tenantId, tenantId), gte(aiTurns.createdAt, monthStart), sql`${aiTurns.createdAt} <= ${now.toISOString()}::timestamptz`));
  return Number(row?.total ?? 0);
}
