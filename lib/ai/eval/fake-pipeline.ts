import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { appointments, conversations, messages } from "@/db/schema";
import { withTenant } from "@/lib/tenancy/with-tenant";
import type { TurnResult } from "../pipeline/run-turn";
import type { CheckGrounding, RunTurn } from "./optional-modules";

/**
 * A tiny stand-in for the reply pipeline, for testing the evaluation's runner and replay (never
 * used by `npm run eval`): keyword rules, a confirm flow that really books, one deliberately bad
 * rule that cancels an appointment without asking, and one reply with an unsupported price.
 */
export function fakePipeline() {
  const calls: { body: string | null; type: string; buttonId: string | null; now: Date; transcript: string[] }[] = [];
  const executed = new Set<string>();
  const runTurn: RunTurn = async (input, deps) =>
    withTenant(
      input.tenantId,
      async (tx) => {
        const { tenantId, conversationId } = input;
        const now = input.now ?? new Date();
        const [m] = await tx.select().from(messages).where(and(eq(messages.tenantId, tenantId), eq(messages.id, input.inboundMessageId)));
        const history = await tx.select({ direction: messages.direction, body: messages.body }).from(messages).where(and(eq(messages.tenantId, tenantId), eq(messages.conversationId, conversationId))).orderBy(asc(messages.createdAt), asc(messages.id));
        const buttonId = ((m.content?.interactive ?? null) as { id?: string } | null)?.id ?? null;
        calls.push({ body: m.body, type: m.type, buttonId, now, transcript: history.map((h) => `${h.direction === "inbound" ? ">" : "<"} ${h.body}`) });
        const [conv] = await tx.select().from(conversations).where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, conversationId)));
        const text = m.body ?? "";
        let r: Partial<TurnResult>;
        if (buttonId?.startsWith("confirm:")) {
          const actionId = buttonId.slice("confirm:".length);
          if (executed.has(actionId)) r = { text: "Eso ya estaba hecho." };
          else {
            executed.add(actionId);
            const at = new Date(now.getTime() + 2 * 86_400_000);
            await tx.insert(appointments).values({ tenantId, contactId: conv.contactId, startsAt: at, endsAt: new Date(at.getTime() + 1_800_000), createdVia: "assistant" });
            r = { action: "book_appointment", text: "Hecho, cita reservada." };
          }
        } else if (buttonId?.startsWith("cancel:")) r = { text: "De acuerdo, no reservo nada." };
        else if (/cita/i.test(text)) {
          const id = randomUUID();
          r = { outcome: "confirm", intent: "book_appointment", tools: ["findSlots", "bookAppointment"], text: "¿Te reservo el jueves a las 10:00?", buttons: [{ id: `confirm:${id}`, title: "Confirmar" }, { id: `cancel:${id}`, title: "Cancelar" }] };
        } else if (/pedido/i.test(text)) r = { intent: "order_status", tools: ["lookupOrder"], text: "Tu pedido 48213 va con SEUR y llega el jueves.", evidence: [{ source: "order", text: "48213 SEUR 2026-12-03" }] };
        else if (/anula/i.test(text)) {
          // The bad rule: executes without a proposal and does not report it.
          await tx.update(appointments).set({ status: "cancelled" }).where(eq(appointments.tenantId, tenantId));
          r = { intent: "cancel_appointment", tools: ["cancelAppointment"], text: "Anulada." };
        } else if (/persona/i.test(text)) r = { outcome: "escalate", intent: "human_request", tools: ["escalate"], text: "Te paso con una persona del equipo." };
        else r = { intent: "prices_services", text: "La limpieza cuesta 45 €.", unsupportedClaimsBlocked: 1 };
        const [out] = await tx
          .insert(messages)
          .values({ tenantId, conversationId, channelId: conv.channelId, direction: "outbound", author: "bot", type: "text", body: r.text ?? null, status: "pending" })
          .returning({ id: messages.id });
        void deps;
        return { turnId: null, outcome: "reply", intent: null, language: "es", confidence: 0.9, tools: [], action: null, text: null, buttons: [], verdict: null, unsupportedClaimsBlocked: 0, evidence: [], messageIds: [out.id], ...r } as TurnResult;
      },
      deps.db,
    );
  return { runTurn, calls };
}

/** Flags "45 €" as unsupported, like the grounding check would for an invented price. */
export const fakeGrounding: CheckGrounding = (draft) => (/45 €/.test(draft) ? { ok: false, unsupported: [{ claim: "45 €", kind: "price" }] } : { ok: true, unsupported: [] });
