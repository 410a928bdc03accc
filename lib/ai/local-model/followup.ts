import type { ToolName } from "../types";
import type { OrderData } from "../tools/schemas";
import { afterOffered, call, escalateOr, isUuid, PRICE_WORDS, say, type Decision } from "./plan";
import { lastRun, ran, type ParsedPrompt } from "./prompt";
import { noSlotsText, proposalFailedText, proposalText, slotsText } from "./replies/appointments";
import { rows, sentence } from "./replies/common";
import { hoursLocationText, servicesText } from "./replies/facts";
import { bestHit, matchFact } from "./replies/knowledge";
import { canChangeDelivery, deliveryOptionsText, noDeliveryChangeText, orderNotFoundText, orderReply, orderStatusText, noOrdersText, whichOrderText } from "./replies/orders";
import { cannotHelpText, handoffText, leadText, type HandoffWhy } from "./replies/small-talk";
import { resolveChoice } from "./resolve-choice";
import { escalationOf, factsOf, hitsOf, leadOf, lookupOf, ordersOf, proposalOf, slotsOf } from "./tool-data";
import { matchService, matchServices, namesSomething } from "./services";
import { slotQuery, startsWhenAsked, widened, type SlotQuery } from "./slot-query";
import { fold } from "./text";
import { dateKey, localParts } from "./tz";
import type { Turn } from "./understand";

/**
 * Step 2 and after: the tool results of this turn are in; either one more tool is needed (the
 * change the customer picked, a wider slot search, a person when nothing answers) or the reply is
 * written — only from those results.
 */

const PROPOSING: ToolName[] = ["changeDelivery", "bookAppointment", "rescheduleAppointment", "cancelAppointment"];
const sameText = (a: string, b: string) => fold(a).trim() === fold(b).trim();

function foundOrder(p: ParsedPrompt): OrderData | null {
  const lk = lookupOf(p);
  if (lk?.found) return lk.order;
  const orders = ordersOf(p)?.orders ?? [];
  return orders.length === 1 ? orders[0] : null;
}

/** The delivery option the customer picked, exactly as the order lists it. */
function pickedOption(t: Turn, order: OrderData, p: ParsedPrompt): string | null {
  if (t.choice?.kind === "delivery_option") {
    const same = order.deliveryOptions.find((o) => sameText(o, t.choice!.label));
    if (same) return same;
  }
  const picked = resolveChoice(t.text, order.deliveryOptions.map((label) => ({ label })), { when: t.entities.when, timeZone: p.context.timeZone, language: t.language });
  return picked ? order.deliveryOptions[picked.index] : null;
}

function orderStep(t: Turn, p: ParsedPrompt, notYet: (n: ToolName) => boolean): Decision {
  const lk = lastRun(p, "lookupOrder");
  const lkData = lookupOf(p);
  if (lk && lkData && !lkData.found) return say(orderNotFoundText(String(lk.input.orderNumber ?? t.orderNumber ?? ""), t.language));
  const list = ordersOf(p)?.orders;
  if (!lk && list && !list.length) return say(noOrdersText(t.language));
  if (!lk && list && list.length > 1) return say(whichOrderText(list, t.language));
  const order = foundOrder(p);
  if (!order) return say(orderNotFoundText(t.orderNumber, t.language));
  if (t.intent !== "delivery_change") return say(orderReply(order, t.language, { plain: p.regenerating }));
  if (!canChangeDelivery(order)) return notYet("escalate") && order.deliveryOptions.length === 0 && order.status !== "delivered" ? escalateOr(p, t, "out_of_scope") : say(noDeliveryChangeText(order, t.language));
  const option = pickedOption(t, order, p);
  if (option && notYet("changeDelivery")) return call("changeDelivery", { orderNumber: order.number, option });
  return say(rows(orderStatusText(order, t.language, p.regenerating), deliveryOptionsText(order, t.language)));
}

function slotsStep(t: Turn, p: ParsedPrompt, notYet: (n: ToolName) => boolean): Decision {
  const { now, timeZone, customerName, state } = p.context;
  const searches = ran(p, "findSlots");
  if (!searches.length) {
    const services = factsOf(p)?.services ?? [];
    const named = t.service ? (matchService(t.service, services) ?? matchService(t.text, services)) : null;
    if (p.tools.has("findSlots")) return call("findSlots", slotQuery(t.entities.when, { now, timeZone, service: named?.name ?? null, after: afterOffered(t, state.offered) }));
    return escalateOr(p, t, "out_of_scope");
  }
  const last = searches[searches.length - 1];
  const data = slotsOf(last.data);
  if (!data.slots.length) {
    const q = last.input as SlotQuery;
    if (searches.length === 1 && (q.from || q.to || q.partOfDay) && p.tools.has("findSlots")) return call("findSlots", widened(q));
    return say(noSlotsText(data, t.language));
  }
  const exact = data.slots.find((s) => startsWhenAsked(s.startsAt, t.entities.when, timeZone));
  if (exact && t.intent === "reschedule_appointment" && notYet("rescheduleAppointment")) return call("rescheduleAppointment", { startsAt: exact.startsAt, ...(isUuid(state.appointmentId) ? { appointmentId: state.appointmentId } : {}) });
  if (exact && t.intent === "book_appointment" && notYet("bookAppointment")) {
    const name = t.entities.name ?? customerName;
    return call("bookAppointment", { startsAt: exact.startsAt, ...(data.service ? { service: data.service.id } : {}), ...(isUuid(exact.resourceId) ? { resourceId: exact.resourceId } : {}), ...(name ? { customerName: name.slice(0, 120) } : {}) });
  }
  return say(slotsText(data, t.language, { widened: searches.length > 1 }));
}

function factsStep(t: Turn, p: ParsedPrompt): Decision {
  const data = factsOf(p);
  if (!data) return escalateOr(p, t, "out_of_scope");
  const f = fold(t.text);
  const w = t.entities.when;
  const now = localParts(p.context.now, p.context.timeZone);
  const todayKey = dateKey(now);
  const hours = /horari|hora|abr[eiao]|abiert|cierr|cerr|open|close|fech|funcion|festiv|feriad|holiday|aberto|puente|navidad|natal|christmas/.test(f) || Boolean(w.date || w.range);
  const address = /direcc|donde|ubica|llegar|calle|address|where|locat|endere|onde|fica|morada|chegar|mapa|map|directions/.test(f);
  const contact = /telefono|telefone|phone|llamar|ligar|call|mail|correo|web|site|pagina|contact|contato|instagram/.test(f);
  const ask = hours || address || contact ? { hours, address, contact } : { hours: true, address: true, contact: false };
  const text = hoursLocationText(data, { ...ask, day: w.date, todayKey }, t.language, p.regenerating) ?? hoursLocationText(data, { hours: true, address: true, contact: true, todayKey }, t.language, p.regenerating);
  // "¿Dónde estáis? ¿Se puede aparcar?": a reviewed fact answers the rest.
  const fact = matchFact(data.facts ?? [], t.text);
  return text ? say(rows(text, fact && sentence(fact.value))) : escalateOr(p, t, "out_of_scope");
}

function knowledgeStep(t: Turn, p: ParsedPrompt, notYet: (n: ToolName) => boolean): Decision {
  const hit = bestHit(hitsOf(p), t.text);
  const upgrade = { intent: t.intent === "other" ? ("faq" as const) : t.intent, confidence: Math.max(t.confidence, t.intent === "other" ? 0.72 : 0.85) };
  if (hit) return { text: hit.answer.trim(), upgrade };
  const facts = factsOf(p);
  if (!facts && notYet("getBusinessFacts")) return call("getBusinessFacts", { topics: ["contact"] });
  const fact = matchFact(facts?.facts ?? [], t.text);
  if (fact) return { text: sentence(fact.value), upgrade };
  return notYet("escalate") ? escalateOr(p, t, t.intent === "other" ? "low_confidence" : "out_of_scope") : say(cannotHelpText(t.language));
}

function pricesStep(t: Turn, p: ParsedPrompt, notYet: (n: ToolName) => boolean): Decision {
  const data = factsOf(p);
  let named = matchServices(t.text, data?.services ?? []);
  // "¿Y cuánto cuesta?" right after talking about a service: that one.
  const current = data?.services?.find((s) => s.id === p.context.state.serviceId);
  if (!named.length && current && !namesSomething(t.text, PRICE_WORDS)) named = [current];
  const hit = bestHit(hitsOf(p), t.text);
  if (!named.length && hit) return say(hit.answer.trim());
  // A price for something the business does not list ("el iPhone 17") is not ours to give.
  if (!named.length && namesSomething(t.text, PRICE_WORDS)) return notYet("escalate") ? escalateOr(p, t, "out_of_scope") : say(cannotHelpText(t.language));
  const text = data ? servicesText(data, named.length ? named.map((s) => s.name).join(" ") : t.text, t.language) : null;
  if (text) return say(text);
  return knowledgeStep(t, p, notYet);
}

/** The reply after a person was asked for, with what the turn found first when it helps. */
function handoffStep(t: Turn, p: ParsedPrompt): Decision {
  const run = lastRun(p, "escalate")!;
  const why = (typeof run.input.reason === "string" ? run.input.reason : "human_request") as HandoffWhy;
  const order = t.intent === "delivery_change" ? foundOrder(p) : null;
  const before = order && !canChangeDelivery(order) ? noDeliveryChangeText(order, t.language) : null;
  return say(rows(before, handoffText(escalationOf(run.data), before ? "human_request" : why, t.language)));
}

export function nextStep(t: Turn, p: ParsedPrompt): Decision {
  const notYet = (n: ToolName) => p.tools.has(n) && !p.runs.some((r) => r.toolName === n);
  if (lastRun(p, "escalate")) return handoffStep(t, p);
  const proposal = [...p.runs].reverse().find((r) => r.done && PROPOSING.includes(r.toolName as ToolName));
  if (proposal) {
    const d = proposalOf(proposal.data);
    if (d?.proposed) return say(proposalText(d, t.language));
    const reason = (d && !d.proposed ? d.reason : proposal.error) ?? "unknown";
    if (/time|slot/.test(reason) && notYet("findSlots")) return call("findSlots", slotQuery(t.entities.when, { now: p.context.now, timeZone: p.context.timeZone }));
    return say(proposalFailedText(reason, t.language));
  }
  const failed = p.runs.find((r) => r.done && !r.ok && r.data == null);
  if (failed) return notYet("escalate") ? escalateOr(p, t, "low_confidence") : say(cannotHelpText(t.language));
  if (ran(p, "lookupOrder").length || ran(p, "listOrders").length) return orderStep(t, p, notYet);
  if (ran(p, "captureLead").length) {
    const hit = bestHit(hitsOf(p), t.text);
    const lead = leadOf(p);
    return say(rows(hit?.answer.trim(), lead ? leadText(lead, t.language) : cannotHelpText(t.language)));
  }
  if (ran(p, "findSlots").length || t.intent === "book_appointment" || t.intent === "reschedule_appointment") return slotsStep(t, p, notYet);
  if (t.intent === "hours_location" && ran(p, "getBusinessFacts").length) return factsStep(t, p);
  if (t.intent === "prices_services") return pricesStep(t, p, notYet);
  return knowledgeStep(t, p, notYet);
}
