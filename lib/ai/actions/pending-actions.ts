import { and, eq, gt, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { pendingActions } from "@/db/schema";
import type { ReplyButton } from "../types";

export type ActionKind = "book_appointment" | "reschedule_appointment" | "cancel_appointment" | "change_delivery";

/** How long the customer has to confirm a proposal before it lapses. */
export const ACTION_TTL_MINUTES = 30;

export const confirmButtonId = (actionId: string) => `confirm:${actionId}`;
export const cancelButtonId = (actionId: string) => `cancel:${actionId}`;

/** The two buttons that decide a proposal, in the customer's language. */
export function decisionButtons(actionId: string, language: "es" | "en" | "pt"): ReplyButton[] {
  const titles = { es: ["Confirmar", "Cancelar"], en: ["Confirm", "Cancel"], pt: ["Confirmar", "Cancelar"] }[language];
  return [
    { id: confirmButtonId(actionId), title: titles[0] },
    { id: cancelButtonId(actionId), title: titles[1] },
  ];
}

/** `confirm:<uuid>` / `cancel:<uuid>` → what the tap decides, or null for any other button. */
export function parseDecision(buttonId: string | null | undefined): { decision: "confirm" | "cancel"; actionId: string } | null {
  const m = /^(confirm|cancel):([0-9a-f-]{36})$/i.exec(buttonId ?? "");
  return m ? { decision: m[1].toLowerCase() as "confirm" | "cancel", actionId: m[2].toLowerCase() } : null;
}

/**
 * Records an irreversible action the assistant proposes. Nothing happens to orders or the agenda
 * here: it waits for the customer's tap. An earlier proposal still open in the conversation is
 * withdrawn, so only the latest offer can be confirmed.
 */
export async function proposeAction(
  tx: Tx,
  input: { tenantId: string; conversationId: string; contactId: string; kind: ActionKind; params: Record<string, unknown>; summary: string; now: Date; ttlMinutes?: number },
) {
  await tx
    .update(pendingActions)
    .set({ status: "cancelled", decidedAt: input.now })
    .where(and(eq(pendingActions.tenantId, input.tenantId), eq(pendingActions.conversationId, input.conversationId), eq(pendingActions.status, "pending")));
  const [row] = await tx
    .insert(pendingActions)
    .values({
      tenantId: input.tenantId,
      conversationId: input.conversationId,
      contactId: input.contactId,
      kind: input.kind,
      params: input.params,
      summary: input.summary,
      expiresAt: new Date(input.now.getTime() + (input.ttlMinutes ?? ACTION_TTL_MINUTES) * 60_000),
      createdAt: input.now,
    })
    .returning();
  return row;
}

/**
 * Takes the proposal for a decision, exactly once: only a pending, unexpired action of this
 * conversation moves on (a guarded update, so two taps racing each other cannot both win).
 * Returns the action to execute or cancel, or why the tap changes nothing.
 */
export async function claimAction(tx: Tx, input: { tenantId: string; conversationId: string; actionId: string; decision: "confirm" | "cancel"; now: Date }) {
  const [claimed] = await tx
    .update(pendingActions)
    .set({ status: input.decision === "confirm" ? "executing" : "cancelled", decidedAt: input.now })
    .where(
      and(
        eq(pendingActions.tenantId, input.tenantId),
        eq(pendingActions.conversationId, input.conversationId),
        eq(pendingActions.id, input.actionId),
        eq(pendingActions.status, "pending"),
        gt(pendingActions.expiresAt, input.now),
      ),
    )
    .returning();
  if (claimed) return { claimed: true as const, action: claimed };
  const [current] = await tx
    .select({ status: pendingActions.status, expiresAt: pendingActions.expiresAt })
    .from(pendingActions)
    .where(and(eq(pendingActions.tenantId, input.tenantId), eq(pendingActions.conversationId, input.conversationId), eq(pendingActions.id, input.actionId)));
  const reason = !current ? "unknown" : current.status === "pending" ? "expired" : current.status === "executing" ? "executed" : current.status;
  if (current?.status === "pending") await tx.update(pendingActions).set({ status: "expired" }).where(and(eq(pendingActions.tenantId, input.tenantId), eq(pendingActions.id, input.actionId)));
  return { claimed: false as const, reason: reason as "unknown" | "expired" | "executed" | "cancelled" | "failed" };
}

export async function finishAction(tx: Tx, tenantId: string, actionId: string, outcome: { ok: boolean; result: Record<string, unknown> }) {
  await tx
    .update(pendingActions)
    .set({ status: outcome.ok ? "executed" : "failed", result: outcome.result })
    .where(and(eq(pendingActions.tenantId, tenantId), eq(pendingActions.id, actionId), eq(pendingActions.status, "executing")));
}

/** The proposal's buttons message, once written. */
export async function linkActionMessage(tx: Tx, tenantId: string, actionId: string, messageId: string) {
  await tx.update(pendingActions).set({ messageId }).where(and(eq(pendingActions.tenantId, tenantId), eq(pendingActions.id, actionId), sql`message_id is null`));
}
