import type { Db } from "@/db/client";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { claimAction, finishAction, parseDecision } from "../actions/pending-actions";
import { executeAction } from "../actions/executors";
import type { Evidence, Language } from "../types";
import { customerTexts } from "./customer-texts";

export type TapOutcome = { text: string; executed: string | null; ok: boolean; handoff: boolean; evidence: Evidence[] };

/** The button id of a customer's tap, from an interactive reply or a template quick reply. */
export function tappedButtonId(inbound: { type: string; content: Record<string, unknown> | null }): string | null {
  const interactive = inbound.content?.interactive as { id?: string } | undefined;
  const button = inbound.content?.button as { payload?: string } | undefined;
  return interactive?.id ?? button?.payload ?? null;
}

/**
 * A tap on "Confirmar" / "Cancelar": the action is claimed, executed and finished in one
 * transaction — so it runs once, however often the customer taps, and a failure leaves it pending
 * rather than half-done. Returns null when the tap is not a decision.
 */
export async function decideTap(db: Db, input: { tenantId: string; conversationId: string; buttonId: string | null; language: Language; now: Date }): Promise<TapOutcome | null> {
  const decision = parseDecision(input.buttonId);
  if (!decision) return null;
  const texts = customerTexts(input.language);
  return withTenant(
    input.tenantId,
    async (tx) => {
      const claim = await claimAction(tx, { tenantId: input.tenantId, conversationId: input.conversationId, actionId: decision.actionId, decision: decision.decision, now: input.now });
      if (!claim.claimed) return { text: texts.actionStale[claim.reason], executed: null, ok: false, handoff: claim.reason === "failed", evidence: [] };
      // What the confirmation may say: the proposal the customer accepted and what the business functions returned.
      const evidence: Evidence[] = [{ source: "action", id: claim.action.id, text: `${claim.action.summary} ${Object.values(claim.action.params).map(String).join(" ")}` }];
      if (decision.decision === "cancel") return { text: texts.actionCancelled, executed: null, ok: true, handoff: false, evidence: [...evidence, { source: "action", id: claim.action.id, text: "status cancelled" }] };
      const result = await executeAction(tx, { tenantId: input.tenantId, action: claim.action, language: input.language, now: input.now });
      await finishAction(tx, input.tenantId, claim.action.id, { ok: result.ok, result: result.details });
      if (!result.ok) return { text: texts.actionFailed, executed: null, ok: false, handoff: true, evidence };
      const status = { book_appointment: "status booked", reschedule_appointment: "status booked rescheduled", cancel_appointment: "status cancelled", change_delivery: "status changed" }[claim.action.kind] ?? "";
      evidence.push({ source: "action", id: claim.action.id, text: `${status} ${Object.values(result.labels).join(" ")}` });
      return { text: texts.actionDone[claim.action.kind](result.labels), executed: claim.action.kind, ok: true, handoff: false, evidence };
    },
    db,
  );
}
