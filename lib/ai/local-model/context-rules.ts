import type { ConversationState, Intent } from "../types";
import type { Entities } from "./entities";
import { hasAny, ranked } from "./intents";

/**
 * How the conversation so far changes what a message means: "la segunda" after slots is a
 * booking, "8842" after "¿me das el número?" is an order, "¿y el sábado?" after the hours is still
 * the hours, "mejor lo dejo como estaba" after a proposal is no new request.
 */

export type Offered = NonNullable<ConversationState["offered"]>[number];
const APPOINTMENT: Intent[] = ["book_appointment", "reschedule_appointment", "cancel_appointment"];
const CHANGE = "mover|move|moving|cambiar|cambia|cambiame|change|pasar|passar|mudar|trocar|remarcar|reagendar|adelantar|atrasar|retrasar|postpone|push|aplazar|posponer|reprogramar|reschedule";
const ORDER_WORDS = "pedido|orden|order|encomenda|paquete|package|parcel|entrega|delivery|envio";
const KEEP = "como estaba|como esta|como estava|as it was|as it is|leave it|dejarlo asi|dejala asi|dejalo asi|la dejo|lo dejo|fica como esta|deixa como esta|deixa assim|no cambies|nao mude|never mind|olvidalo|olvidate|esquece|mejor no|keep it|mantener|manter|mantenla|mantenlo|sigue igual|se queda igual|que se quede|tal como esta|como estaba antes|no hace falta|nao precisa|not needed|no thanks|no gracias|nao obrigado";
const AVAILABILITY = "tienen|teneis|tienes|tenes|hay|queda|quedan|libre|libres|puedo|podria|podemos|have|any|available|free|can i|could i|can we|tem|temos|tens|livre|vaga|vagas|posso|podemos|da para|da pra|se puede|es posible|is it possible|quiero|quisiera|queria|necesito|want|need|would like|quero|gostaria|preciso|me gustaria|hacer|fazer|drop|bring|traer|llevar|levar";
const DELIVER = "llev*|entreg*|mand*|traer|traig*|traeis|deliver*|bring|levar|levem|enviar|envien|enviem|send";
const HANDOFF_OFFER = /persona del equipo|someone on the team|pessoa da equipe/i;

export type ContextInput = {
  scores: Record<Intent, number>;
  toks: string[];
  entities: Entities;
  state: ConversationState;
  choice: Offered | null;
  yes: boolean;
  ambiguousYes: boolean;
  yesToPending: boolean;
  rejected: boolean;
  lastAssistantText: string | null;
};

/** The customer leaves things as they were ("mejor la dejo como estaba"): nothing to do. */
export function keepsAsIs(toks: string[], state: ConversationState): boolean {
  const last = state.lastIntent;
  return Boolean(last && (APPOINTMENT.includes(last) || last === "delivery_change" || last === "order_status")) && hasAny(toks, KEEP);
}

/** Adds to the scores what the conversation implies. Mutates and returns `scores`. */
export function applyContext(c: ContextInput): Record<Intent, number> {
  const { scores, toks, entities, state, choice } = c;
  const last = state.lastIntent;
  const strongest = ranked(scores)[0][1];
  const when = entities.when;
  const hasWhen = Boolean(when.date || when.range || when.time || when.partOfDay);

  if (choice?.kind === "delivery_option") scores.delivery_change += 3.5;
  if (choice?.kind === "slot") scores[last === "reschedule_appointment" ? "reschedule_appointment" : "book_appointment"] += 3.5;
  if (choice?.kind === "service") scores[last === "prices_services" && !scores.book_appointment ? "prices_services" : "book_appointment"] += 2.5;
  if ((c.ambiguousYes || c.yesToPending) && last && last !== "greeting" && last !== "other") scores[last] += 2.5;
  // "Sí" to "¿Quieres que te pase con una persona del equipo?".
  if (c.yes && !choice && strongest < 2 && HANDOFF_OFFER.test(c.lastAssistantText ?? "")) scores.human_request += 3;
  // "El pedido F-310, ¿lo podéis llevar por la tarde?": bringing an order at another time is a delivery change.
  if ((entities.orderNumber || hasAny(toks, ORDER_WORDS)) && hasAny(toks, DELIVER) && (when.date || when.partOfDay || when.time) && !hasAny(toks, "cuando|when|quando|cuanto tarda|how long|quanto tempo") && scores.delivery_change < 2.5) scores.delivery_change += 2.5;
  if (entities.orderNumber) {
    if (scores.delivery_change > 0 || (last === "delivery_change" && strongest < 2)) scores.delivery_change += 1.5;
    else scores.order_status += 2;
  }
  // "Could I move my eye test on Thursday to Friday?": moving something to a day is rescheduling.
  if (hasAny(toks, CHANGE) && (when.date || when.time || when.range) && !hasAny(toks, ORDER_WORDS) && scores.delivery_change < 2 && scores.cancel_appointment < 3) scores.reschedule_appointment += 2.2;
  if (hasWhen && last && strongest < 2 && (APPOINTMENT.includes(last) || last === "delivery_change")) scores[last === "cancel_appointment" ? "reschedule_appointment" : last] += 2.5;
  if (c.rejected && last && APPOINTMENT.includes(last)) scores[last === "cancel_appointment" ? "book_appointment" : last] += 2.5;
  if (last === "lead_interest" && (state.leadField || entities.email || entities.phone || entities.name) && strongest < 2.5) scores.lead_interest += 3;
  if (last === "hours_location" && hasWhen && strongest < 2) scores.hours_location += 2;
  // "mañana a las 5 tienen algo?", "¿y el sábado?": a day or time with nothing else is a booking question.
  else if ((when.date || when.time || when.range) && strongest < 1.5 && !entities.orderNumber && (toks.length <= 6 || hasAny(toks, AVAILABILITY))) scores.book_appointment += 1.6;
  if (!choice && toks.length <= 6 && strongest < 1 && last && ["hours_location", "prices_services", "order_status", "faq"].includes(last)) scores[last] += 1.2;
  return scores;
}

/** A time or part of day alone after slots were offered ("a las 11", "mejor por la tarde") means the same day. */
export function sameDayAsOffered(entities: Entities, offered: Offered[], slotStart: (o: Offered) => string | undefined, localDate: (iso: string) => { y: number; m: number; d: number }): void {
  const w = entities.when;
  if (w.date || w.range || !(w.time || w.partOfDay)) return;
  const first = offered.map(slotStart).find(Boolean);
  if (!first) return;
  w.date = localDate(first);
  w.byWeekday = false;
}
