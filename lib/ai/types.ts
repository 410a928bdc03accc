/**
 * The assistant's shared vocabulary. Everything under lib/ai speaks these types: the local model,
 * the tools, the guardrails, the reply pipeline and the evaluation.
 */

export const INTENTS = [
  "order_status",
  "delivery_change",
  "book_appointment",
  "reschedule_appointment",
  "cancel_appointment",
  "hours_location",
  "prices_services",
  "faq",
  "lead_interest",
  "human_request",
  "complaint",
  "greeting",
  "opt_out",
  "other",
] as const;
export type Intent = (typeof INTENTS)[number];

export const LANGUAGES = ["es", "en", "pt"] as const;
export type Language = (typeof LANGUAGES)[number];

export const TOOL_NAMES = [
  "lookupOrder",
  "listOrders",
  "changeDelivery",
  "findSlots",
  "bookAppointment",
  "rescheduleAppointment",
  "cancelAppointment",
  "searchKnowledge",
  "getBusinessFacts",
  "captureLead",
  "escalate",
] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

/** Tools whose effect cannot be undone: calling them only proposes a pending action the customer must confirm. */
export const IRREVERSIBLE_TOOLS: readonly ToolName[] = ["changeDelivery", "bookAppointment", "rescheduleAppointment", "cancelAppointment"];

/**
 * One piece of data the assistant was shown this turn. `text` is what a claim may be checked
 * against (numbers, dates, names as the business entered them); `id` cites the row.
 */
export type Evidence = { source: "order" | "slot" | "appointment" | "knowledge" | "fact" | "service" | "hours" | "holiday" | "lead" | "action" | "customer"; id?: string; text: string };

/** What every tool returns: its data for the model, and the evidence it adds to the turn. */
export type ToolOutput<T = unknown> = { ok: boolean; data: T; evidence: Evidence[]; error?: string };

/** A button the customer can tap in reply (ids are stable: `confirm:<actionId>`, `cancel:<actionId>`, `slot:<iso>`…). */
export type ReplyButton = { id: string; title: string };

/**
 * What the assistant carries between turns of one conversation (conversations.ai_state): the
 * pipeline writes it after each turn and gives it to the model (as a system message) on the next.
 */
export type ConversationState = {
  language?: Language;
  lastIntent?: Intent;
  orderNumber?: string;
  /** Options offered last turn (delivery changes, slots), so "la del viernes" can be resolved. */
  offered?: { kind: "delivery_option" | "slot" | "service"; id: string; label: string; params?: Record<string, unknown> }[];
  appointmentId?: string;
  serviceId?: string;
  pendingActionId?: string;
  /** How many times in a row the assistant could not help (repeated failure → a person). */
  failures?: number;
  /** The customer's previous question, to notice the same question twice. */
  lastCustomerText?: string;
  disclosed?: boolean;
  leadField?: string;
};

/** What the local model reports about its understanding of the turn (providerMetadata.hilo). */
export type Understanding = { intent: Intent; language: Language; confidence: number; entities: Record<string, string> };
