import { z } from "zod";

/**
 * The tools' contracts: what a model may pass (zod, also the JSON schema external models see) and
 * what each returns in `ToolOutput.data`. The local model, the tool implementations and the
 * evaluation all rely on these; change them here only.
 */

const dateTime = z.string().describe("ISO 8601 date-time with offset, e.g. 2026-11-27T17:00:00+01:00");

export const toolInputs = {
  lookupOrder: z.object({ orderNumber: z.string().min(1).max(40).describe("The order number as the customer wrote it, digits or letters") }),
  listOrders: z.object({}).describe("The orders placed from this customer's WhatsApp number"),
  /** Irreversible: proposes the change; it happens when the customer confirms. */
  changeDelivery: z.object({ orderNumber: z.string().min(1).max(40), option: z.string().min(1).max(200).describe("One of the order's deliveryOptions, exactly as listed") }),
  findSlots: z.object({
    service: z.string().max(120).optional().describe("Service name or id"),
    from: dateTime.optional().describe("Earliest start wanted; default now"),
    to: dateTime.optional().describe("Latest start wanted; default 14 days after from"),
    partOfDay: z.enum(["morning", "afternoon", "evening"]).optional(),
    limit: z.number().int().min(1).max(10).optional(),
  }),
  /** Irreversible. */
  bookAppointment: z.object({ service: z.string().max(120).optional(), startsAt: dateTime, resourceId: z.string().uuid().optional(), customerName: z.string().max(120).optional() }),
  /** Irreversible. */
  rescheduleAppointment: z.object({ appointmentId: z.string().uuid().optional().describe("Default: the customer's next appointment"), startsAt: dateTime }),
  /** Irreversible. */
  cancelAppointment: z.object({ appointmentId: z.string().uuid().optional().describe("Default: the customer's next appointment") }),
  searchKnowledge: z.object({ query: z.string().min(1).max(500), language: z.enum(["es", "en", "pt"]).optional() }),
  getBusinessFacts: z.object({ topics: z.array(z.enum(["hours", "holidays", "address", "contact", "services", "all"])).min(1).optional() }),
  captureLead: z.object({ interest: z.string().max(300).optional(), fields: z.record(z.string(), z.string().max(500)).optional() }),
  escalate: z.object({ reason: z.enum(["human_request", "frustration", "sensitive", "low_confidence", "out_of_scope"]), summary: z.string().max(1000).optional() }),
} as const;

export type ToolInputs = { [K in keyof typeof toolInputs]: z.infer<(typeof toolInputs)[K]> };

// What each tool returns in `data` (money as a display string with currency, e.g. "60,00 €", and micros for checks).
export type Money = { amountMicros: number; currency: string; display: string };

export type OrderData = {
  number: string;
  status: string;
  /** The status in the customer's language ("enviado"). */
  statusLabel: string;
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  eta: string | null;
  total: Money | null;
  deliveryOptions: string[];
  deliveryChange: string | null;
  lines: { name: string; quantity: number }[];
};
export type LookupOrderData = { found: true; order: OrderData } | { found: false; reason: "not_found" | "not_yours" };
export type ListOrdersData = { orders: OrderData[] };

export type Slot = { startsAt: string; endsAt: string; label: string; resourceId: string; resourceName: string; serviceId: string | null; serviceName: string | null };
export type FindSlotsData = { service: { id: string; name: string; durationMinutes: number; price: Money | null } | null; slots: Slot[] };

export type AppointmentData = { id: string; startsAt: string; label: string; serviceName: string | null; resourceName: string | null; status: string };

/** Returned by every irreversible tool: nothing happened yet. */
export type ProposedActionData = { proposed: true; actionId: string; kind: "book_appointment" | "reschedule_appointment" | "cancel_appointment" | "change_delivery"; summary: string; expiresAt: string } | { proposed: false; reason: string };

export type KnowledgeHit = { id: string; question: string; answer: string; score: number };
export type SearchKnowledgeData = { hits: KnowledgeHit[] };

export type HoursRange = { opens: string; closes: string };
export type BusinessFactsData = {
  name: string;
  timezone: string;
  openNow: boolean;
  /** When the team is next open, ISO, and as the customer reads it. */
  nextOpen: { at: string; label: string } | null;
  hours?: { weekday: number; label: string; ranges: HoursRange[] }[];
  holidays?: { date: string; name: string | null; specialHours?: string[] }[];
  address?: string | null;
  contact?: { phone?: string | null; website?: string | null; email?: string | null };
  services?: { id: string; name: string; price: Money | null; durationMinutes: number | null }[];
  facts?: { key: string; value: string }[];
};

export type CaptureLeadData = { leadId: string; score: number; stage: string; nextQuestion: { field: string; question: string } | null };
export type EscalateData = { escalated: true; nextOpen: { at: string; label: string } | null; openNow: boolean };
