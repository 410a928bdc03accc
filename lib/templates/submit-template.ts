import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, messageTemplates } from "@/db/schema";
import type { TenantContext } from "@/lib/tenancy/context";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { findChannelForSending } from "@/lib/whatsapp/channels";
import { ProviderError } from "@/lib/whatsapp/providers/provider-error";
import type { TemplateDefinition } from "@/lib/whatsapp/providers/types";
import { variableCountsOf } from "./definition";
import { templateProviderFor, type TemplateDeps } from "./template-provider";

export type SubmitOutcome =
  | { status: "submitted"; templateId: string; templateStatus: string }
  /** The channel already has a template with this name and language (Meta refuses a second one). */
  | { status: "duplicate" }
  /** The provider refused it; nothing of it is kept, so the owner can fix the form and try again. */
  | { status: "refused"; code: number; message: string }
  | { status: "no_channel" };

/**
 * Submits a validated template for review on one channel: a DRAFT row, then the provider's create
 * call (outside any transaction: no connection is held across the network), then PENDING with
 * the provider's id.
 *
 * On refusal the DRAFT row is deleted rather than marked REJECTED: the template never existed at
 * Meta (REJECTED is Meta's verdict after review, and a row under that name would block a corrected
 * resubmission with the same name and language); the form still holds what was typed. If the call
 * failed in a way that leaves Meta's side unknown (a timeout), the next sync brings the template
 * back. A DRAFT left by a crash is reused by the next submit of the same name and language.
 *
 * The simulator (and Meta, occasionally) may post the verdict before this function records PENDING:
 * the webhook then finds the DRAFT by name and language, and the status here is written only if
 * the row is still DRAFT, so an APPROVED is never moved back.
 */
export async function submitTemplate(ctx: TenantContext, channelId: string, def: TemplateDefinition, deps: TemplateDeps = {}): Promise<SubmitOutcome> {
  const db = deps.db ?? getDb();
  const variableCounts = variableCountsOf(def);
  const draft = await withTenant(
    ctx.tenantId,
    async (tx) => {
      const channel = await findChannelForSending(tx, ctx.tenantId, channelId);
      if (!channel) return null;
      const values = {
        tenantId: ctx.tenantId,
        channelId,
        name: def.name,
        language: def.language,
        category: def.category,
        status: "DRAFT",
        parameterFormat: def.parameterFormat ?? "positional",
        components: def.components,
        variableCounts,
        rejectedReason: null,
        qualityScore: null,
        providerTemplateId: null,
      };
      const [row] = await tx
        .insert(messageTemplates)
        .values(values)
        .onConflictDoUpdate({ target: [messageTemplates.channelId, messageTemplates.name, messageTemplates.language], set: { ...values, updatedAt: new Date() }, setWhere: sql`${messageTemplates.status} = 'DRAFT'` })
        .returning({ id: messageTemplates.id });
      return { channel, rowId: row?.id ?? null };
    },
    db,
  );
  if (!draft) return { status: "no_channel" };
  if (!draft.rowId) return { status: "duplicate" };
  const rowId = draft.rowId;

  let created: Awaited<ReturnType<ReturnType<typeof templateProviderFor>["createTemplate"]>>;
  try {
    created = await templateProviderFor(draft.channel, deps).createTemplate(def);
  } catch (e) {
    await withTenant(
      ctx.tenantId,
      (tx) => tx.delete(messageTemplates).where(and(eq(messageTemplates.tenantId, ctx.tenantId), eq(messageTemplates.id, rowId), eq(messageTemplates.status, "DRAFT"), isNull(messageTemplates.providerTemplateId))),
      db,
    );
    if (e instanceof ProviderError) return { status: "refused", code: e.code, message: e.details || e.title };
    throw e;
  }

  const templateStatus = await withTenant(
    ctx.tenantId,
    async (tx) => {
      const [row] = await tx
        .update(messageTemplates)
        .set({
          providerTemplateId: created.id,
          status: sql`case when ${messageTemplates.status} = 'DRAFT' then ${created.status || "PENDING"} else ${messageTemplates.status} end`,
          ...(created.category ? { category: created.category } : {}),
        })
        .where(and(eq(messageTemplates.tenantId, ctx.tenantId), eq(messageTemplates.id, rowId)))
        .returning({ status: messageTemplates.status });
      await tx.insert(auditLog).values({ tenantId: ctx.tenantId, actorUserId: ctx.userId, action: "template.submitted", targetType: "message_template", targetId: rowId, data: { name: def.name, language: def.language, category: def.category } });
      return row?.status ?? "PENDING";
    },
    db,
  );
  return { status: "submitted", templateId: rowId, templateStatus };
}
