import { tool, type ToolSet } from "ai";
import type { ConversationState } from "../../types";
import { toolInputs, type BusinessFactsData, type KnowledgeHit, type OrderData, type ProposedActionData, type Slot } from "../../tools/schemas";
import { contentWords, overlap } from "../text";

/**
 * Stub tools over an in-memory business, shaped like the real ones (lib/ai/tools): same input
 * schemas, `ToolOutput` results, and the same conversation state they leave behind (offered
 * options, order number, service) — to run the local model through `generateText` in unit tests.
 */

export type FakeBusiness = {
  orders?: OrderData[];
  slots?: Slot[];
  services?: NonNullable<BusinessFactsData["services"]>;
  hours?: BusinessFactsData["hours"];
  holidays?: BusinessFactsData["holidays"];
  address?: string;
  contact?: BusinessFactsData["contact"];
  facts?: { key: string; value: string }[];
  faqs?: { question: string; answer: string }[];
  openNow?: boolean;
  nextOpen?: { at: string; label: string } | null;
  leadQuestions?: { field: string; question: string }[];
  appointment?: { id: string; label: string } | null;
};

export type ToolLog = { name: string; input: Record<string, unknown> }[];

const ok = <T>(data: T) => ({ ok: true, data, evidence: [] });

export function fakeTools(b: FakeBusiness, state: ConversationState, log: ToolLog): ToolSet {
  const record = (name: string, input: unknown) => log.push({ name, input: input as Record<string, unknown> });
  const propose = (kind: "book_appointment" | "reschedule_appointment" | "cancel_appointment" | "change_delivery", summary: string): ProposedActionData => ({ proposed: true, actionId: "00000000-0000-4000-8000-000000000001", kind, summary, expiresAt: "2030-01-01T00:00:00Z" });
  const answered = new Set<string>();
  return {
    lookupOrder: tool({
      inputSchema: toolInputs.lookupOrder,
      execute: async (input) => {
        record("lookupOrder", input);
        const order = b.orders?.find((o) => o.number.toLowerCase() === input.orderNumber.replace(/^#/, "").toLowerCase());
        if (!order) return ok({ found: false, reason: "not_found" });
        state.orderNumber = order.number;
        state.offered = order.deliveryOptions.map((label, i) => ({ kind: "delivery_option" as const, id: `option:${i}`, label, params: { orderNumber: order.number } }));
        return ok({ found: true, order });
      },
    }),
    listOrders: tool({
      inputSchema: toolInputs.listOrders,
      execute: async (input) => {
        record("listOrders", input);
        return ok({ orders: b.orders ?? [] });
      },
    }),
    changeDelivery: tool({
      inputSchema: toolInputs.changeDelivery,
      execute: async (input) => {
        record("changeDelivery", input);
        const order = b.orders?.find((o) => o.number === input.orderNumber);
        const option = order?.deliveryOptions.find((o) => o.toLowerCase() === input.option.toLowerCase());
        if (!order || !option) return { ok: false, data: { proposed: false, reason: "option_not_offered" }, evidence: [] };
        return ok(propose("change_delivery", `¿Cambio la entrega del pedido ${order.number} a: ${option}?`));
      },
    }),
    findSlots: tool({
      inputSchema: toolInputs.findSlots,
      execute: async (input) => {
        record("findSlots", input);
        const service = input.service ? (b.services?.find((s) => s.id === input.service || s.name.toLowerCase().includes(input.service!.toLowerCase())) ?? null) : null;
        const from = input.from ? Date.parse(input.from) : 0;
        const to = input.to ? Date.parse(input.to) : Infinity;
        const hourOk = (s: Slot) => {
          if (!input.partOfDay) return true;
          const h = Number(/T(\d{2})/.exec(s.startsAt)?.[1]);
          return input.partOfDay === "morning" ? h < 14 : input.partOfDay === "afternoon" ? h >= 14 && h < 20 : h >= 20;
        };
        const slots = (b.slots ?? []).filter((s) => Date.parse(s.startsAt) >= from && Date.parse(s.startsAt) <= to && hourOk(s)).slice(0, input.limit ?? 3);
        state.serviceId = service?.id;
        state.offered = slots.map((s) => ({ kind: "slot" as const, id: `slot:${s.startsAt}`, label: s.label, params: { startsAt: s.startsAt, resourceId: s.resourceId, serviceId: s.serviceId } }));
        return ok({ service: service ? { id: service.id, name: service.name, durationMinutes: service.durationMinutes ?? 30, price: service.price } : null, slots });
      },
    }),
    bookAppointment: tool({
      inputSchema: toolInputs.bookAppointment,
      execute: async (input) => {
        record("bookAppointment", input);
        const slot = b.slots?.find((s) => Date.parse(s.startsAt) === Date.parse(input.startsAt));
        return ok(propose("book_appointment", `¿Te reservo una cita el ${slot?.label ?? input.startsAt}?`));
      },
    }),
    rescheduleAppointment: tool({
      inputSchema: toolInputs.rescheduleAppointment,
      execute: async (input) => {
        record("rescheduleAppointment", input);
        if (!b.appointment) return { ok: false, data: { proposed: false, reason: "no_appointment" }, evidence: [] };
        const slot = b.slots?.find((s) => Date.parse(s.startsAt) === Date.parse(input.startsAt));
        return ok(propose("reschedule_appointment", `¿Cambio tu cita al ${slot?.label ?? input.startsAt}?`));
      },
    }),
    cancelAppointment: tool({
      inputSchema: toolInputs.cancelAppointment,
      execute: async (input) => {
        record("cancelAppointment", input);
        if (!b.appointment) return { ok: false, data: { proposed: false, reason: "no_appointment" }, evidence: [] };
        return ok(propose("cancel_appointment", `¿Cancelo tu cita del ${b.appointment.label}?`));
      },
    }),
    searchKnowledge: tool({
      inputSchema: toolInputs.searchKnowledge,
      execute: async (input) => {
        record("searchKnowledge", input);
        const q = contentWords(input.query);
        const hits: KnowledgeHit[] = (b.faqs ?? [])
          .map((f, i) => ({ id: `faq-${i}`, question: f.question, answer: f.answer, score: q.length ? Math.round((overlap(q, contentWords(`${f.question} ${f.answer}`)) / q.length) * 100) / 100 : 0 }))
          .filter((h) => h.score > 0)
          .sort((a, b2) => b2.score - a.score);
        return ok({ hits });
      },
    }),
    getBusinessFacts: tool({
      inputSchema: toolInputs.getBusinessFacts,
      execute: async (input) => {
        record("getBusinessFacts", input);
        const want = (t: string) => !input.topics || input.topics.includes("all") || input.topics.includes(t as never);
        const data: BusinessFactsData = { name: "Test", timezone: "Europe/Madrid", openNow: b.openNow ?? true, nextOpen: b.nextOpen ?? null };
        if (want("hours")) data.hours = b.hours ?? [];
        if (want("holidays")) data.holidays = b.holidays ?? [];
        if (want("address")) data.address = b.address ?? null;
        if (want("contact")) data.contact = b.contact ?? {};
        if (want("address") || want("contact")) data.facts = b.facts ?? [];
        if (want("services")) data.services = b.services ?? [];
        return ok(data);
      },
    }),
    captureLead: tool({
      inputSchema: toolInputs.captureLead,
      execute: async (input) => {
        record("captureLead", input);
        for (const k of Object.keys(input.fields ?? {})) answered.add(k);
        if (state.leadField) answered.add(state.leadField);
        const next = (b.leadQuestions ?? []).find((q) => !answered.has(q.field)) ?? null;
        state.leadField = next?.field;
        return ok({ leadId: "lead-1", score: 10, stage: "new", nextQuestion: next });
      },
    }),
    escalate: tool({
      inputSchema: toolInputs.escalate,
      execute: async (input) => {
        record("escalate", input);
        return ok({ escalated: true, openNow: b.openNow ?? true, nextOpen: b.nextOpen ?? null });
      },
    }),
  };
}
