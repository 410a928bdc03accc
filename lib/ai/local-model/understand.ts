import type { Intent, Language, Understanding } from "../types";
import { applyContext, keepsAsIs, sameDayAsOffered, type Offered } from "./context-rules";
import { extractEntities, type Entities } from "./entities";
import { decideIntent, type Escalation } from "./intent-decision";
import { NO, YES } from "./intents-lexicon";
import { hasAny, ranked, scoreIntents } from "./intents";
import { detectLanguage } from "./language";
import type { ParsedPrompt } from "./prompt";
import { rejectsAll, resolveChoice } from "./resolve-choice";
import { servicePhrase } from "./services";
import { shownSlots } from "./slot-query";
import { tokens } from "./text";
import { dateKey, localParts } from "./tz";

/**
 * The model's reading of the customer's latest message in its conversation: language, intent with
 * a confidence, entities, and how it relates to what was offered last turn.
 */

export type { Offered };
export type Turn = {
  text: string;
  language: Language;
  intent: Intent;
  confidence: number;
  entities: Entities;
  /** The offered option the customer picked. */
  choice: Offered | null;
  /** The customer said "sí" with several options on the table. */
  ambiguousYes: boolean;
  /** The customer turned every offered slot down ("ninguna me va bien"). */
  rejected: boolean;
  /** Said yes while a proposal waits for its button. */
  yesToPending: boolean;
  /** Leaves things as they were ("mejor la dejo como estaba"). */
  keep: boolean;
  escalate: Escalation | null;
  smallTalk: "hello" | "thanks" | "bye" | null;
  service: string | null;
  orderNumber: string | null;
};

const APPOINTMENT: Intent[] = ["book_appointment", "reschedule_appointment", "cancel_appointment"];

/** When an offered slot starts (the tools keep it in params.startsAt, or in the id "slot:<iso>"). */
export function slotStart(o: Offered): string | undefined {
  const p = o.params ?? {};
  const v = [p.startsAt, p.starts_at, o.id.replace(/^slot:/, "")].find((x) => typeof x === "string" && !Number.isNaN(Date.parse(x as string)) && /\d{4}-\d{2}-\d{2}T/.test(x as string));
  return v as string | undefined;
}

function smallTalkKind(text: string): Turn["smallTalk"] {
  const toks = tokens(text);
  if (hasAny(toks, "gracias|thanks|thank you|obrigado|obrigada|valeu|cheers|appreciate|muy amable|perfecto|perfect|perfeito|genial|great|ok|okay|vale|de acuerdo|beleza|combinado|ta bom")) return "thanks";
  if (hasAny(toks, "adios|chao|chau|bye|goodbye|tchau|hasta luego|ate logo|ate mais|nos vemos|see you")) return "bye";
  return "hello";
}

export function understand(p: ParsedPrompt): Turn {
  const { context } = p;
  const state = context.state;
  const text = p.userText;
  const fallback = state.language ?? context.language ?? "es";
  // Emails, links and numbers say nothing about the language ("juan@mail.com" is not Portuguese).
  const words = text.replace(/\S+@\S+|https?:\/\/\S+|www\.\S+|[#\d][\w-]*/g, " ");
  const language = words.trim() ? detectLanguage(words, fallback).language : fallback;
  const { scores, sensitive } = scoreIntents(text, language);
  const expectOrder = state.lastIntent === "order_status" || state.lastIntent === "delivery_change" || scores.order_status > 0 || scores.delivery_change > 0 || /n[uú]mero|number|pedido|order|encomenda/i.test(p.lastAssistantText ?? "");
  const entities = extractEntities(text, { language, now: context.now, timeZone: context.timeZone, expectOrderNumber: expectOrder });
  const toks = tokens(text);
  const offered = state.offered ?? [];

  // What was offered last turn gives short answers their meaning.
  const [[leading, strongest]] = ranked(scores);
  let choice: Offered | null = null;
  const fits = (kind: Offered["kind"] | undefined) => (kind === "delivery_option" ? ["delivery_change", "order_status"] : ["book_appointment", "reschedule_appointment", "prices_services"]).includes(leading);
  if (offered.length && (strongest < 3 || fits(offered[0]?.kind))) {
    const options = offered.map((o) => ({ label: o.label, startsAt: slotStart(o) }));
    const shown = offered.every((o) => o.kind === "slot") ? shownSlots(options) : options;
    const picked = resolveChoice(text, options, { when: entities.when, timeZone: context.timeZone, language, shown });
    if (picked) choice = offered[picked.index];
  }
  const w = entities.when;
  // "17:30 works for me" names its own choice: only a bare "sí" is a yes.
  const yes = toks.length <= 6 && hasAny(toks, YES) && !hasAny(toks, NO) && !(w.date || w.time || w.partOfDay || w.range);
  const ambiguousYes = !choice && offered.length > 1 && yes && strongest < 2;
  const rejected = !choice && offered.some((o) => o.kind === "slot") && rejectsAll(text);
  const yesToPending = Boolean(state.pendingActionId) && yes && !choice && strongest < 2;
  const keep = !choice && strongest < 2.5 && keepsAsIs(toks, state);
  if (!choice && offered.some((o) => o.kind === "slot")) sameDayAsOffered(entities, offered, slotStart, (iso) => {
      const l = localParts(new Date(iso), context.timeZone);
      return { y: l.y, m: l.m, d: l.d };
    });
  applyContext({ scores, toks, entities, state, choice, yes, ambiguousYes, yesToPending, rejected, lastAssistantText: p.lastAssistantText });

  let { intent, confidence, escalate } = decideIntent({ scores, text, toks, sensitive });
  if (keep && state.lastIntent) [intent, confidence, escalate] = [state.lastIntent, 0.8, null];
  const hasWhen = Boolean(entities.when.date || entities.when.range || entities.when.time || entities.when.partOfDay);
  if (choice) confidence = Math.max(confidence, 0.9);
  if (intent === "order_status" && (entities.orderNumber ?? state.orderNumber)) confidence = Math.min(0.97, confidence + 0.04);
  if (APPOINTMENT.includes(intent) && hasWhen) confidence = Math.min(0.97, confidence + 0.03);

  const orderNumber = entities.orderNumber ?? (["order_status", "delivery_change", "complaint"].includes(intent) ? (state.orderNumber ?? null) : null);
  const service = choice?.kind === "service" ? choice.label : !rejected && ["book_appointment", "reschedule_appointment", "prices_services"].includes(intent) ? servicePhrase(text, entities.when.fragments) : null;
  return { text, language, intent, confidence, entities, choice, ambiguousYes, rejected, yesToPending, keep, escalate, smallTalk: intent === "greeting" ? smallTalkKind(text) : null, service, orderNumber };
}

/** The Understanding reported in providerMetadata.hilo: everything as strings. */
export function toUnderstanding(turn: Turn, extra: Record<string, string> = {}): Understanding {
  const e: Record<string, string> = {};
  const w = turn.entities.when;
  if (turn.orderNumber) e.orderNumber = turn.orderNumber;
  if (w.date) e.date = dateKey(w.date);
  if (w.range) [e.from, e.to] = [dateKey(w.range.from), dateKey(w.range.to)];
  if (w.time) e.time = `${String(w.time.h).padStart(2, "0")}:${String(w.time.mi).padStart(2, "0")}`;
  if (w.partOfDay) e.partOfDay = w.partOfDay;
  if (turn.entities.email) e.email = turn.entities.email;
  if (turn.entities.phone) e.phone = turn.entities.phone;
  if (turn.entities.name) e.name = turn.entities.name;
  if (turn.service) e.service = turn.service;
  if (turn.choice) [e.choice, e.choiceKind] = [turn.choice.label, turn.choice.kind];
  if (turn.escalate) e.escalation = turn.escalate;
  return { intent: turn.intent, language: turn.language, confidence: Math.round(turn.confidence * 100) / 100, entities: { ...e, ...extra } };
}
