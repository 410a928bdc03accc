import { sql } from "drizzle-orm";
import { bigint, boolean, date, index, integer, jsonb, pgTable, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { contacts } from "./contacts";
import { conversations } from "./conversations";
import { createdAt, id, ts, updatedAt } from "./columns";
import { tenants, users } from "./tenancy";

/**
 * What the assistant may say about a business: every row here is data a person entered or
 * imported, and every claim in an answer must trace back to one of them (lib/ai/guardrails).
 */

/** FAQ entries, searched with PostgreSQL full-text search in their language (`search` is generated, see migration 0006). */
export const knowledgeEntries = pgTable(
  "knowledge_entries",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    question: text().notNull(),
    /** Other ways customers ask the same thing. */
    variants: text().array().notNull().default(sql`'{}'::text[]`),
    answer: text().notNull(),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    /** es | en | pt */
    language: text().notNull().default("es"),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("knowledge_entries_tenant_idx").on(t.tenantId, t.language)],
);

/** Reviewed facts the assistant may quote as they are: address, parking, payment methods… */
export const businessFacts = pgTable(
  "business_facts",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    /** address | phone | website | parking | payment_methods | … (free keys allowed) */
    key: text().notNull(),
    value: text().notNull(),
    language: text().notNull().default("es"),
    reviewedAt: ts(),
    reviewedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("business_facts_tenant_key_lang_idx").on(t.tenantId, t.key, t.language)],
);

/** Opening hours: one row per range, so a day can have several (split shifts). Weekday 0 = Sunday … 6 = Saturday. */
export const openingHours = pgTable(
  "opening_hours",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    weekday: smallint().notNull(),
    /** "HH:MM" in the workspace's time zone. */
    opens: text().notNull(),
    closes: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("opening_hours_tenant_idx").on(t.tenantId, t.weekday)],
);

/** Days the business is closed (or has special hours) in its own calendar. */
export const holidays = pgTable(
  "holidays",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    date: date().notNull(),
    name: text(),
    /** Null = closed all day; else special ranges ["10:00-14:00"]. */
    specialHours: text().array(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("holidays_tenant_date_idx").on(t.tenantId, t.date)],
);

export const services = pgTable(
  "services",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    name: text().notNull(),
    description: text(),
    /** Integer micro-units of `currency`; null = price on request (the assistant must not quote one). */
    priceMicros: bigint({ mode: "number" }),
    currency: text().notNull().default("EUR"),
    durationMinutes: integer(),
    bookable: boolean().notNull().default(true),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("services_tenant_idx").on(t.tenantId)],
);

/** Staff or rooms that appointments take. `serviceIds` empty = can do every service. */
export const resources = pgTable(
  "resources",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    name: text().notNull(),
    kind: text().notNull().default("staff"),
    serviceIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index("resources_tenant_idx").on(t.tenantId)],
);

export const appointments = pgTable(
  "appointments",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    contactId: uuid().references(() => contacts.id, { onDelete: "set null" }),
    serviceId: uuid().references(() => services.id, { onDelete: "set null" }),
    resourceId: uuid().references(() => resources.id, { onDelete: "set null" }),
    startsAt: ts().notNull(),
    endsAt: ts().notNull(),
    /** booked | cancelled | completed | no_show */
    status: text().notNull().default("booked"),
    customerName: text(),
    notes: text(),
    /** assistant | agent | import */
    createdVia: text().notNull().default("agent"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("appointments_tenant_time_idx").on(t.tenantId, t.startsAt),
    // One booking per resource and start time: a double booking fails in the database.
    uniqueIndex("appointments_resource_start_idx").on(t.tenantId, t.resourceId, t.startsAt).where(sql`status = 'booked'`),
  ],
);

export const orders = pgTable(
  "orders",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    number: text().notNull(),
    contactId: uuid().references(() => contacts.id, { onDelete: "set null" }),
    /** E.164 digits of the buyer, to find "my orders" by WhatsApp number. */
    customerPhone: text(),
    customerName: text(),
    /** pending | paid | processing | shipped | out_for_delivery | delivered | cancelled | returned */
    status: text().notNull().default("pending"),
    totalMicros: bigint({ mode: "number" }),
    currency: text().notNull().default("EUR"),
    carrier: text(),
    trackingNumber: text(),
    trackingUrl: text(),
    eta: date(),
    deliveryAddress: text(),
    /** Delivery changes the business offers for this order, as the customer reads them. */
    deliveryOptions: jsonb().$type<string[]>().notNull().default([]),
    /** The change the customer chose (set by a confirmed action). */
    deliveryChange: text(),
    placedAt: ts(),
    /** builtin | shopify | woocommerce | rest */
    source: text().notNull().default("builtin"),
    externalId: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("orders_tenant_number_idx").on(t.tenantId, t.number), index("orders_tenant_phone_idx").on(t.tenantId, t.customerPhone)],
);

export const orderLines = pgTable(
  "order_lines",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    orderId: uuid().notNull().references(() => orders.id, { onDelete: "cascade" }),
    sku: text(),
    name: text().notNull(),
    quantity: integer().notNull().default(1),
    unitPriceMicros: bigint({ mode: "number" }),
  },
  (t) => [index("order_lines_order_idx").on(t.tenantId, t.orderId)],
);

/** The questions the assistant asks an interested customer, in order. */
export const leadQuestions = pgTable(
  "lead_questions",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    position: integer().notNull().default(0),
    /** The lead field it fills: name, email, budget, need, … */
    field: text().notNull(),
    question: text().notNull(),
    language: text().notNull().default("es"),
    /** Points it adds to the lead's score once answered. */
    weight: integer().notNull().default(10),
    createdAt: createdAt(),
  },
  (t) => [index("lead_questions_tenant_idx").on(t.tenantId, t.position)],
);

export const leads = pgTable(
  "leads",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    contactId: uuid().notNull().references(() => contacts.id, { onDelete: "cascade" }),
    conversationId: uuid().references(() => conversations.id, { onDelete: "set null" }),
    interest: text(),
    fields: jsonb().$type<Record<string, string>>().notNull().default({}),
    score: integer().notNull().default(0),
    /** new | qualified | won | lost */
    stage: text().notNull().default("new"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("leads_tenant_contact_idx").on(t.tenantId, t.contactId)],
);
