import type { ToolName } from "../types";
import type { ParsedPrompt } from "./prompt";
import { askOrderNumberText } from "./replies/orders";
import { tapToConfirmText, whichOneText } from "./replies/appointments";
import { greetingText, handoffText, keepAsIsText, optOutText, type HandoffWhy } from "./replies/small-talk";
import { QUESTION } from "./intent-decision";
import { shownSlots, slotQuery } from "./slot-query";
import { topicWords } from "./knowledge-topics";
import { contentWords, fold, undiminished } from "./text";
import { slotStart, type Offered, type Turn } from "./understand";

/**
 * Step 1 of a turn: from the understanding of the customer's message, the tools to call (or, for
 * greetings and the like, the reply straight away). Only tools the call offers are used.
 */

export type Call = { toolName: ToolName; input: Record<string, unknown> };
export type Decision = { calls: Call[]; text?: undefined; upgrade?: { intent?: Turn["intent"]; confidence?: number } } | { text: string; calls?: undefined; upgrade?: { intent?: Turn["intent"]; confidence?: number } };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: unknown): v is string => typeof v === "string" && UUID.test(v);
export const call = (toolName: ToolName, input: Record<string, unknown>): Decision => ({ calls: [{ toolName, input }] });
export const say = (text: string): Decision => ({ text });

const CONTACT = /\b(telefono|telefone|phone|llamar|ligar|call|email|e-mail|mail|correo|web|website|site|pagina|instagram|contacto|contact|contato)\b/;
export const PRICE_WORDS = new Set("cuanto cuesta cuestan vale valen sale salen precio precios tarifa tarifas coste costo cost costs price prices pricing much how fee fees rates quanto custa custam preco precos valor valores fica sai servicio servicios services servicos tratamiento tratamientos cobrais cobran charge lista list tabela menu carta".split(" "));

/** What the team reads when the conversation is handed over. */
export function summaryOf(t: Turn): string {
  const order = t.orderNumber ? ` [${t.orderNumber}]` : "";
  return `${t.intent}${order}: ${t.text.replace(/\s+/g, " ").trim()}`.slice(0, 1000);
}

export function escalateOr(p: ParsedPrompt, t: Turn, why: HandoffWhy): Decision {
  if (p.tools.has("escalate")) return call("escalate", { reason: why, summary: summaryOf(t) });
  return say(handoffText(null, why, t.language));
}

/** The search text for the knowledge base: the customer's words without greetings and filler. */
export function knowledgeQuery(text: string): string {
  const words = text.split(/[\s¿?¡!,.;:()"]+/).filter((w) => w && contentWords(w).length > 0);
  // The words a business likely used for the topic ("parcelam" for "pagar en varias veces").
  const topic = topicWords(text).filter((w) => !words.some((x) => x.toLowerCase() === w));
  const base = words.map((w) => undiminished(fold(w))).filter((w): w is string => Boolean(w));
  return [...words, ...base, ...topic].join(" ").slice(0, 500) || text.slice(0, 500) || "?";
}

function leadInput(t: Turn, p: ParsedPrompt): Record<string, unknown> {
  const state = p.context.state;
  const fields: Record<string, string> = {};
  const e = t.entities;
  const asked = state.lastIntent === "lead_interest" ? state.leadField : undefined;
  const key = (kind: "name" | "email" | "phone") => (asked && new RegExp({ name: "name|nombre|nome", email: "mail|correo", phone: "phone|tel|movil|celular|whats" }[kind], "i").test(asked) ? asked : kind);
  if (e.name) fields[key("name")] = e.name;
  if (e.email) fields[key("email")] = e.email;
  if (e.phone) fields[key("phone")] = e.phone;
  if (asked && !fields[asked]) fields[asked] = t.text.trim().slice(0, 500);
  const first = !asked;
  return { ...(first ? { interest: t.text.trim().slice(0, 300) } : {}), ...(Object.keys(fields).length ? { fields } : {}) };
}

/** The service to search slots for: the one picked, else the one of the last search (state). */
function knownService(t: Turn, p: ParsedPrompt): string | null {
  if (t.choice?.kind === "service") return t.choice.label;
  const state = p.context.state;
  const sameTopic = state.lastIntent === "book_appointment" || state.lastIntent === "reschedule_appointment" || state.lastIntent === "prices_services";
  return !t.service && sameTopic && isUuid(state.serviceId) ? state.serviceId : null;
}

/** When the customer turned the offered slots down: search after the last of them. */
export function afterOffered(t: Turn, offered: Offered[] | undefined): Date | undefined {
  if (!t.rejected || !offered?.length) return undefined;
  const starts = offered.map(slotStart).filter((s): s is string => Boolean(s)).map((s) => new Date(s).getTime());
  return starts.length ? new Date(Math.max(...starts) + 60_000) : undefined;
}

function appointmentStep(t: Turn, p: ParsedPrompt): Decision {
  const { state, now, timeZone, customerName } = p.context;
  const can = (n: ToolName) => p.tools.has(n);
  if (t.yesToPending) return say(tapToConfirmText(t.language));
  if (t.ambiguousYes && state.offered?.length) return say(whichOneText(shownSlots(state.offered.map((o) => ({ label: o.label, startsAt: slotStart(o) }))).map((o) => o.label), t.language));
  const slot = t.choice?.kind === "slot" ? t.choice : null;
  const startsAt = slot ? slotStart(slot) : undefined;
  if (slot && startsAt) {
    if (t.intent === "reschedule_appointment" && can("rescheduleAppointment")) return call("rescheduleAppointment", { startsAt, ...(isUuid(state.appointmentId) ? { appointmentId: state.appointmentId } : {}) });
    if (can("bookAppointment")) {
      const serviceId = slot.params?.serviceId ?? state.serviceId;
      const resourceId = slot.params?.resourceId;
      const name = t.entities.name ?? customerName;
      return call("bookAppointment", { startsAt, ...(isUuid(serviceId) ? { service: serviceId } : {}), ...(isUuid(resourceId) ? { resourceId } : {}), ...(name ? { customerName: name.slice(0, 120) } : {}) });
    }
  }
  const service = knownService(t, p);
  if (t.intent === "book_appointment" && !service && t.service && can("getBusinessFacts") && can("findSlots")) return call("getBusinessFacts", { topics: ["services"] });
  if (can("findSlots")) return call("findSlots", slotQuery(t.entities.when, { now, timeZone, service, after: afterOffered(t, state.offered) }));
  return escalateOr(p, t, "out_of_scope");
}

export function firstStep(t: Turn, p: ParsedPrompt): Decision {
  const can = (n: ToolName) => p.tools.has(n);
  const { state, customerName } = p.context;
  const search = () => (can("searchKnowledge") ? call("searchKnowledge", { query: knowledgeQuery(t.text), language: t.language }) : escalateOr(p, t, "out_of_scope"));
  if (t.escalate) return escalateOr(p, t, t.escalate);
  if (t.keep) return say(keepAsIsText(t.language));
  switch (t.intent) {
    case "greeting":
      return say(greetingText(t.smallTalk ?? "hello", t.language, customerName));
    case "opt_out":
      return say(optOutText(t.language));
    case "human_request":
      return escalateOr(p, t, "human_request");
    case "complaint":
      return escalateOr(p, t, "frustration");
    case "order_status":
    case "delivery_change":
      if (t.yesToPending) return say(tapToConfirmText(t.language));
      if (t.ambiguousYes && state.offered?.length) return say(whichOneText(state.offered.map((o) => o.label), t.language));
      if (t.orderNumber && can("lookupOrder")) return call("lookupOrder", { orderNumber: t.orderNumber.slice(0, 40) });
      if (can("listOrders")) return call("listOrders", {});
      return say(askOrderNumberText(t.language));
    case "book_appointment":
    case "reschedule_appointment":
      return appointmentStep(t, p);
    case "cancel_appointment":
      if (t.yesToPending) return say(tapToConfirmText(t.language));
      return can("cancelAppointment") ? call("cancelAppointment", isUuid(state.appointmentId) ? { appointmentId: state.appointmentId } : {}) : escalateOr(p, t, "out_of_scope");
    case "hours_location": {
      if (!can("getBusinessFacts")) return search();
      const topics = ["hours", "holidays", "address", ...(CONTACT.test(fold(t.text)) ? ["contact"] : [])];
      return call("getBusinessFacts", { topics });
    }
    case "prices_services": {
      if (!can("getBusinessFacts")) return search();
      const specific = contentWords(t.text).filter((w) => !PRICE_WORDS.has(w)).length > 0;
      const calls: Decision = call("getBusinessFacts", { topics: ["services"] });
      if (specific && can("searchKnowledge")) calls.calls!.push({ toolName: "searchKnowledge", input: { query: knowledgeQuery(t.text), language: t.language } });
      return calls;
    }
    case "lead_interest": {
      if (!can("captureLead")) return search();
      const decision = call("captureLead", leadInput(t, p));
      // "I want to sign up — is there a joining fee?": record the interest and answer the question.
      if (QUESTION.test(fold(t.text).trim()) && !p.context.state.leadField && can("searchKnowledge")) decision.calls!.push({ toolName: "searchKnowledge", input: { query: knowledgeQuery(t.text), language: t.language } });
      return decision;
    }
    default:
      return search();
  }
}
