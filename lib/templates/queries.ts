import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { messageTemplates, type TemplateComponentDef, type TemplateVariableCounts } from "@/db/schema";
import type { TenantContext } from "@/lib/tenancy/context";

const textOf = (components: TemplateComponentDef[], type: string): string | null => {
  const text = components.find((c) => String(c.type).toUpperCase() === type)?.text;
  return typeof text === "string" ? text : null;
};

export type TemplateSummary = {
  id: string;
  channelId: string;
  name: string;
  language: string;
  category: string;
  status: string;
  rejectedReason: string | null;
  qualityScore: string | null;
  headerText: string | null;
  body: string | null;
  footer: string | null;
  variableCounts: TemplateVariableCounts;
  updatedAt: Date;
};

/** The workspace's templates (of one channel when given), by name and language, for the templates page. */
export async function listTemplates(tx: Tx, ctx: TenantContext, opts: { channelId?: string } = {}): Promise<TemplateSummary[]> {
  const rows = await tx
    .select()
    .from(messageTemplates)
    .where(and(eq(messageTemplates.tenantId, ctx.tenantId), opts.channelId ? eq(messageTemplates.channelId, opts.channelId) : undefined))
    .orderBy(asc(messageTemplates.name), asc(messageTemplates.language));
  return rows.map((t) => ({
    id: t.id,
    channelId: t.channelId,
    name: t.name,
    language: t.language,
    category: t.category,
    status: t.status,
    rejectedReason: t.rejectedReason,
    qualityScore: t.qualityScore,
    headerText: textOf(t.components, "HEADER"),
    body: textOf(t.components, "BODY"),
    footer: textOf(t.components, "FOOTER"),
    variableCounts: t.variableCounts,
    updatedAt: t.updatedAt,
  }));
}

export type ApprovedTemplate = { id: string; name: string; language: string; category: string; body: string; variableCounts: TemplateVariableCounts };

/**
 * The templates a channel may send now (APPROVED only), for template pickers: the body text shows
 * what the customer will read and `variableCounts` how many values to ask for. An authentication
 * template's body is Meta's own text, so it may be empty until a sync brings it.
 */
export async function listApprovedTemplates(tx: Tx, ctx: TenantContext, channelId: string): Promise<ApprovedTemplate[]> {
  const rows = await tx
    .select({ id: messageTemplates.id, name: messageTemplates.name, language: messageTemplates.language, category: messageTemplates.category, components: messageTemplates.components, variableCounts: messageTemplates.variableCounts })
    .from(messageTemplates)
    .where(and(eq(messageTemplates.tenantId, ctx.tenantId), eq(messageTemplates.channelId, channelId), eq(messageTemplates.status, "APPROVED")))
    .orderBy(asc(messageTemplates.name), asc(messageTemplates.language));
  return rows.map(({ components, ...t }) => ({ ...t, body: textOf(components, "BODY") ?? "" }));
}

/** One template of a channel of this workspace (any status), or null. */
export async function findChannelTemplate(tx: Tx, tenantId: string, templateId: string, channelId: string) {
  const [row] = await tx.select().from(messageTemplates).where(and(eq(messageTemplates.tenantId, tenantId), eq(messageTemplates.id, templateId), eq(messageTemplates.channelId, channelId)));
  return row ?? null;
}
