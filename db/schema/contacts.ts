import { index, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, ts, updatedAt } from "./columns";
import { tenants, users } from "./tenancy";

/** A customer who writes on WhatsApp. `waId` is E.164 digits, or a business-scoped user id when the number is withheld. */
export const contacts = pgTable(
  "contacts",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    waId: text().notNull(),
    bsuid: text(),
    name: text(),
    profileName: text(),
    locale: text(),
    attributes: jsonb().$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    crmId: text(),
    /** The last customer message: opens the 24-hour customer-service window. */
    lastInboundAt: ts(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("contacts_tenant_wa_idx").on(t.tenantId, t.waId), index("contacts_tenant_last_inbound_idx").on(t.tenantId, t.lastInboundAt)],
);

export const consentCategoryEnum = pgEnum("consent_category", ["marketing", "utility", "service"]);
export const consentStatusEnum = pgEnum("consent_status", ["opted_in", "opted_out"]);

/**
 * Append-only ledger: the current state of a contact's consent is its newest row per category.
 * The app role may only insert and read (see the RLS migration); a trigger refuses updates.
 */
export const consents = pgTable(
  "consents",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    contactId: uuid().notNull().references(() => contacts.id, { onDelete: "cascade" }),
    category: consentCategoryEnum().notNull(),
    status: consentStatusEnum().notNull(),
    source: text().notNull(),
    wording: text(),
    /** What proves it: the CSV file and row, the web form's page and IP, the webhook event… */
    evidence: jsonb().$type<Record<string, string | number | null>>(),
    recordedAt: ts().notNull().defaultNow(),
    recordedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("consents_contact_idx").on(t.tenantId, t.contactId, t.category, t.recordedAt)],
);
