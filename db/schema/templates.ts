import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { channels } from "./channels";
import { createdAt, id, updatedAt } from "./columns";
import { tenants } from "./tenancy";

/** Meta's template components as submitted (HEADER / BODY / FOOTER / BUTTONS), kept verbatim. */
export type TemplateComponentDef = Record<string, unknown> & { type: string };
/** How many variables each component takes, so a send with the wrong count fails before the provider. */
export type TemplateVariableCounts = { header?: number; body?: number; buttons?: Record<number, number> };

/**
 * A WhatsApp message template of one channel (its WABA), in one language. `status` mirrors Meta's
 * (PENDING, APPROVED, REJECTED, PAUSED, DISABLED, …) and is updated by the
 * `message_template_status_update` webhook or a sync; only APPROVED templates may be sent.
 */
export const messageTemplates = pgTable(
  "message_templates",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    channelId: uuid().notNull().references(() => channels.id, { onDelete: "cascade" }),
    name: text().notNull(),
    language: text().notNull(),
    /** MARKETING | UTILITY | AUTHENTICATION, as Meta has it now (it may re-categorize). */
    category: text().notNull(),
    status: text().notNull().default("DRAFT"),
    rejectedReason: text(),
    qualityScore: text(),
    /** The provider's id for it (Meta's template id; Twilio's Content SID HX…). */
    providerTemplateId: text(),
    parameterFormat: text().notNull().default("positional"),
    components: jsonb().$type<TemplateComponentDef[]>().notNull().default([]),
    variableCounts: jsonb().$type<TemplateVariableCounts>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("message_templates_channel_name_lang_idx").on(t.channelId, t.name, t.language), index("message_templates_tenant_idx").on(t.tenantId, t.status)],
);

/**
 * The simulator's side of Meta (lib/whatsapp/simulator): what the fake Graph API stores, as Meta
 * would, for the simulator numbers of a workspace. Tenant-owned like everything else.
 */
export const simulatorTemplates = pgTable(
  "simulator_templates",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    wabaId: text().notNull(),
    name: text().notNull(),
    language: text().notNull(),
    category: text().notNull(),
    parameterFormat: text().notNull().default("positional"),
    components: jsonb().$type<TemplateComponentDef[]>().notNull().default([]),
    status: text().notNull().default("PENDING"),
    reason: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("simulator_templates_waba_name_lang_idx").on(t.wabaId, t.name, t.language), index("simulator_templates_tenant_idx").on(t.tenantId)],
);

/** Media the simulator holds: uploaded by the business for sending, or sent by a simulated customer. */
export const simulatorMedia = pgTable(
  "simulator_media",
  {
    id: id(),
    tenantId: uuid().notNull().references(() => tenants.id, { onDelete: "cascade" }),
    phoneNumberId: text().notNull(),
    mimeType: text().notNull(),
    sha256: text().notNull(),
    sizeBytes: integer().notNull(),
    filename: text(),
    /** Base64 of the bytes: simulator media is small and short-lived. */
    dataBase64: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("simulator_media_tenant_idx").on(t.tenantId, t.phoneNumberId)],
);
