import { tool } from "ai";
import { and, eq, ilike, or } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { services } from "@/db/schema";
import { upcomingAppointments } from "@/lib/business/appointments";
import { findSlots } from "@/lib/business/scheduling";
import { slotLabel } from "@/lib/business/scheduling-labels";
import { money } from "@/lib/business/commerce/order-data";
import { proposeAction, type ActionKind } from "../actions/pending-actions";
import type { Evidence } from "../types";
import { runTool, type ToolContext } from "./context";
import { toolInputs, type FindSlotsData, type ProposedActionData } from "./schemas";

const UUID = /^[0-9a-f-]{36}$/i;

/** A service by id or by (part of) its name, among this workspace's active ones. */
async function findService(tx: Tx, tenantId: string, wanted: string | undefined) {
  if (!wanted?.trim()) return null;
  const w = wanted.trim();
  const [s] = await tx
    .select()
    .from(services)
    .where(and(eq(services.tenantId, tenantId), eq(services.active, true), UUID.test(w) ? eq(services.id, w) : or(ilike(services.name, w), ilike(services.name, `%${w}%`))))
    .limit(1);
  return s ?? null;
}

const PROMPTS: Record<"book" | "reschedule" | "cancel", Record<"es" | "en" | "pt", (label: string, service: string | null) => string>> = {
  book: { es: (l, s) => `¿Te reservo ${s ? `${s} ` : "una cita "}el ${l}?`, en: (l, s) => `Shall I book ${s ? `${s} ` : "an appointment "}on ${l}?`, pt: (l, s) => `Reservo ${s ? `${s} ` : "uma consulta "}para ${l}?` },
  reschedule: { es: (l) => `¿Cambio tu cita al ${l}?`, en: (l) => `Shall I move your appointment to ${l}?`, pt: (l) => `Remarco sua consulta para ${l}?` },
  cancel: { es: (l) => `¿Cancelo tu cita del ${l}?`, en: (l) => `Shall I cancel your appointment on ${l}?`, pt: (l) => `Cancelo sua consulta de ${l}?` },
};

/** Free slots, and booking / rescheduling / cancelling — which only propose until the customer confirms. */
export function schedulingTools(ctx: ToolContext) {
  const label = (at: Date) => slotLabel(at, ctx.timeZone, ctx.language);
  async function propose(tx: Tx, kind: ActionKind, params: Record<string, unknown>, summary: string, evidence: Evidence[]) {
    const action = await proposeAction(tx, { tenantId: ctx.tenantId, conversationId: ctx.conversationId, contactId: ctx.contactId, kind, params, summary, now: ctx.now });
    ctx.proposals.push({ actionId: action.id, kind, summary });
    return { ok: true, data: { proposed: true as const, actionId: action.id, kind, summary, expiresAt: action.expiresAt.toISOString() }, evidence: [...evidence, { source: "action" as const, id: action.id, text: summary }] };
  }
  const nextAppointment = async (tx: Tx, id: string | undefined) => {
    const mine = await upcomingAppointments(tx, ctx.tenantId, ctx.contactId, ctx.now);
    return id ? mine.find((a) => a.id === id) : mine[0];
  };

  return {
    findSlots: tool({
      description: "Find free appointment slots for a service, within opening hours, optionally in a date range and part of the day.",
      inputSchema: toolInputs.findSlots,
      execute: (input) =>
        runTool<FindSlotsData>(ctx, "findSlots", async (tx) => {
          const service = await findService(tx, ctx.tenantId, input.service);
          const slots = await findSlots(tx, ctx.tenantId, { serviceId: service?.id, from: input.from ? new Date(input.from) : undefined, to: input.to ? new Date(input.to) : undefined, partOfDay: input.partOfDay, limit: input.limit ?? 3, language: ctx.language }, ctx.now);
          ctx.state.serviceId = service?.id;
          ctx.state.offered = slots.map((s) => ({ kind: "slot" as const, id: `slot:${s.startsAt}`, label: s.label, params: { startsAt: s.startsAt, resourceId: s.resourceId, serviceId: s.serviceId } }));
          const price = service?.priceMicros != null ? money(service.priceMicros, service.currency, ctx.language) : null;
          const evidence: Evidence[] = slots.map((s) => ({ source: "slot", text: `slot ${s.startsAt} ${s.label} with ${s.resourceName}` }));
          if (service) evidence.push({ source: "service", id: service.id, text: `service ${service.name}${price ? `; price ${price.display}` : ""}${service.durationMinutes ? `; duration ${service.durationMinutes} minutes` : ""}` });
          return { ok: true, data: { service: service ? { id: service.id, name: service.name, durationMinutes: service.durationMinutes ?? 30, price } : null, slots }, evidence };
        }),
    }),
    bookAppointment: tool({
      description: "Propose booking an appointment at a free slot. Nothing is booked until the customer confirms.",
      inputSchema: toolInputs.bookAppointment,
      execute: (input) =>
        runTool<ProposedActionData>(ctx, "bookAppointment", async (tx) => {
          const service = await findService(tx, ctx.tenantId, input.service ?? ctx.state.serviceId);
          const at = new Date(input.startsAt);
          if (Number.isNaN(at.getTime()) || at <= ctx.now) return { ok: false, data: { proposed: false, reason: "invalid_time" }, evidence: [] };
          const summary = PROMPTS.book[ctx.language](label(at), service?.name ?? null);
          return propose(tx, "book_appointment", { startsAt: at.toISOString(), serviceId: service?.id ?? null, resourceId: input.resourceId ?? null, customerName: input.customerName ?? ctx.customerName, label: label(at) }, summary, [{ source: "slot", text: `slot ${at.toISOString()} ${label(at)}` }]);
        }),
    }),
    rescheduleAppointment: tool({
      description: "Propose moving the customer's appointment (default: the next one) to another time. Nothing changes until they confirm.",
      inputSchema: toolInputs.rescheduleAppointment,
      execute: (input) =>
        runTool<ProposedActionData>(ctx, "rescheduleAppointment", async (tx) => {
          const current = await nextAppointment(tx, input.appointmentId);
          if (!current) return { ok: false, data: { proposed: false, reason: "no_appointment" }, evidence: [] };
          const at = new Date(input.startsAt);
          const summary = PROMPTS.reschedule[ctx.language](label(at), current.serviceName);
          return propose(tx, "reschedule_appointment", { appointmentId: current.id, startsAt: at.toISOString(), label: label(at) }, summary, [{ source: "appointment", id: current.id, text: `appointment ${current.startsAt.toISOString()} ${label(current.startsAt)} ${current.serviceName ?? ""}` }, { source: "slot", text: `slot ${at.toISOString()} ${label(at)}` }]);
        }),
    }),
    cancelAppointment: tool({
      description: "Propose cancelling the customer's appointment (default: the next one). Nothing changes until they confirm.",
      inputSchema: toolInputs.cancelAppointment,
      execute: (input) =>
        runTool<ProposedActionData>(ctx, "cancelAppointment", async (tx) => {
          const current = await nextAppointment(tx, input.appointmentId);
          if (!current) return { ok: false, data: { proposed: false, reason: "no_appointment" }, evidence: [] };
          const summary = PROMPTS.cancel[ctx.language](label(current.startsAt), current.serviceName);
          return propose(tx, "cancel_appointment", { appointmentId: current.id, label: label(current.startsAt) }, summary, [{ source: "appointment", id: current.id, text: `appointment ${current.startsAt.toISOString()} ${label(current.startsAt)} ${current.serviceName ?? ""}` }]);
        }),
    }),
  };
}
