import type { BusinessFactsData, CaptureLeadData, EscalateData, FindSlotsData, KnowledgeHit, ListOrdersData, LookupOrderData, Money, OrderData, ProposedActionData, Slot } from "../tools/schemas";
import { lastRun, type ParsedPrompt } from "./prompt";

/**
 * Tool results as the replies read them, checked: a tool that returns something unexpected (an
 * older version, another implementation, an error) yields "nothing" here rather than a crash.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const list = <T>(v: unknown, each: (x: unknown) => T | null): T[] => (Array.isArray(v) ? v.map(each).filter((x): x is T => x !== null) : []);
const money = (v: unknown): Money | null => (isObj(v) && str(v.display) ? { amountMicros: Number(v.amountMicros) || 0, currency: str(v.currency) ?? "", display: String(v.display) } : null);
const data = (p: ParsedPrompt, tool: Parameters<typeof lastRun>[1]) => lastRun(p, tool)?.data;

function order(v: unknown): OrderData | null {
  if (!isObj(v) || !str(v.number)) return null;
  return {
    number: String(v.number),
    status: str(v.status) ?? "",
    statusLabel: str(v.statusLabel) ?? str(v.status) ?? "",
    carrier: str(v.carrier),
    trackingNumber: str(v.trackingNumber),
    trackingUrl: str(v.trackingUrl),
    eta: str(v.eta),
    total: money(v.total),
    deliveryOptions: list(v.deliveryOptions, str),
    deliveryChange: str(v.deliveryChange),
    lines: list(v.lines, (l) => (isObj(l) && str(l.name) ? { name: String(l.name), quantity: Number(l.quantity) || 1 } : null)),
  };
}

export function lookupOf(p: ParsedPrompt): LookupOrderData | null {
  const d = data(p, "lookupOrder");
  if (!isObj(d)) return null;
  if (d.found === true) {
    const o = order(d.order);
    return o ? { found: true, order: o } : null;
  }
  return { found: false, reason: d.reason === "not_yours" ? "not_yours" : "not_found" };
}

export function ordersOf(p: ParsedPrompt): ListOrdersData | null {
  const d = data(p, "listOrders");
  return isObj(d) && Array.isArray(d.orders) ? { orders: list(d.orders, order) } : null;
}

function slot(v: unknown): Slot | null {
  if (!isObj(v) || !str(v.startsAt) || !str(v.label)) return null;
  return { startsAt: String(v.startsAt), endsAt: str(v.endsAt) ?? String(v.startsAt), label: String(v.label), resourceId: str(v.resourceId) ?? "", resourceName: str(v.resourceName) ?? "", serviceId: str(v.serviceId), serviceName: str(v.serviceName) };
}

export function slotsOf(v: unknown): FindSlotsData {
  if (!isObj(v)) return { service: null, slots: [] };
  const s = v.service;
  const service = isObj(s) && str(s.id) && str(s.name) ? { id: String(s.id), name: String(s.name), durationMinutes: Number(s.durationMinutes) || 30, price: money(s.price) } : null;
  return { service, slots: list(v.slots, slot) };
}

export function factsOf(p: ParsedPrompt): BusinessFactsData | null {
  const d = data(p, "getBusinessFacts");
  if (!isObj(d)) return null;
  const nextOpen = isObj(d.nextOpen) && str(d.nextOpen.label) ? { at: str(d.nextOpen.at) ?? "", label: String(d.nextOpen.label) } : null;
  return {
    name: str(d.name) ?? "",
    timezone: str(d.timezone) ?? "",
    openNow: d.openNow === true,
    nextOpen,
    hours: list(d.hours, (h) => (isObj(h) && typeof h.weekday === "number" && str(h.label) ? { weekday: h.weekday, label: String(h.label), ranges: list(h.ranges, (r) => (isObj(r) && str(r.opens) && str(r.closes) ? { opens: String(r.opens), closes: String(r.closes) } : null)) } : null)),
    holidays: list(d.holidays, (h) => (isObj(h) && str(h.date) ? { date: String(h.date), name: str(h.name) } : null)),
    address: str(d.address),
    contact: isObj(d.contact) ? { phone: str(d.contact.phone), website: str(d.contact.website), email: str(d.contact.email) } : undefined,
    services: list(d.services, (s) => (isObj(s) && str(s.name) ? { id: str(s.id) ?? "", name: String(s.name), price: money(s.price), durationMinutes: typeof s.durationMinutes === "number" ? s.durationMinutes : null } : null)),
    facts: list(d.facts, (f) => (isObj(f) && str(f.key) && str(f.value) ? { key: String(f.key), value: String(f.value) } : null)),
  };
}

export function hitsOf(p: ParsedPrompt): KnowledgeHit[] {
  const d = data(p, "searchKnowledge");
  return isObj(d) ? list(d.hits, (h) => (isObj(h) && str(h.answer) ? { id: str(h.id) ?? "", question: str(h.question) ?? "", answer: String(h.answer), score: typeof h.score === "number" ? h.score : 0 } : null)) : [];
}

export function proposalOf(v: unknown): ProposedActionData | null {
  if (!isObj(v)) return null;
  if (v.proposed === true && str(v.summary)) return { proposed: true, actionId: str(v.actionId) ?? "", kind: (str(v.kind) ?? "book_appointment") as "book_appointment", summary: String(v.summary), expiresAt: str(v.expiresAt) ?? "" };
  return { proposed: false, reason: str(v.reason) ?? "unknown" };
}

export function leadOf(p: ParsedPrompt): CaptureLeadData | null {
  const d = data(p, "captureLead");
  if (!isObj(d)) return null;
  const q = d.nextQuestion;
  return { leadId: str(d.leadId) ?? "", score: Number(d.score) || 0, stage: str(d.stage) ?? "", nextQuestion: isObj(q) && str(q.question) ? { field: str(q.field) ?? "", question: String(q.question) } : null };
}

export function escalationOf(v: unknown): EscalateData | null {
  if (!isObj(v)) return null;
  const nextOpen = isObj(v.nextOpen) && str(v.nextOpen.label) ? { at: str(v.nextOpen.at) ?? "", label: String(v.nextOpen.label) } : null;
  return { escalated: true, openNow: v.openNow !== false, nextOpen };
}
