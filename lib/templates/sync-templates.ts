import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { messageTemplates } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import type { TenantContext } from "@/lib/tenancy/context";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { findChannelForSending } from "@/lib/whatsapp/channels";
import { ProviderError } from "@/lib/whatsapp/providers/provider-error";
import type { RemoteTemplate } from "@/lib/whatsapp/providers/types";
import { templateProviderFor, type TemplateDeps } from "./template-provider";
import { countVariables, variablesIn } from "./variables";

export type SyncOutcome = { created: number; updated: number };

const bodyText = (t: RemoteTemplate) => t.components.find((c) => String(c.type).toUpperCase() === "BODY")?.text as string | undefined;

/** Named when any body or header variable is a name rather than a number. */
function parameterFormatOf(t: RemoteTemplate): "named" | "positional" {
  const header = t.components.find((c) => String(c.type).toUpperCase() === "HEADER")?.text as string | undefined;
  return [...variablesIn(bodyText(t)), ...variablesIn(header)].some((n) => !/^\d+$/.test(n)) ? "named" : "positional";
}

/**
 * Brings a channel's templates in line with the provider's list: every remote template is inserted
 * or updated by (channel, name, language) with its status, category, components, variable counts
 * and rejection reason. Safe to repeat. Rows the provider no longer lists are left as they are (a
 * partial answer must not erase anything); quality scores come by webhook, as the list omits them.
 * A provider failure is `bad_request:provider`, with nothing changed.
 */
export async function syncTemplates(ctx: TenantContext, channelId: string, deps: TemplateDeps = {}): Promise<SyncOutcome> {
  const db = deps.db ?? getDb();
  const channel = await withTenant(ctx.tenantId, (tx) => findChannelForSending(tx, ctx.tenantId, channelId), db);
  if (!channel) throw new AppError("not_found:channel");
  let remote: RemoteTemplate[];
  try {
    remote = await templateProviderFor(channel, deps).listTemplates();
  } catch (e) {
    if (e instanceof ProviderError) throw new AppError("bad_request:provider", { cause: e, message: e.message });
    throw e;
  }
  return withTenant(
    ctx.tenantId,
    async (tx) => {
      const existing = await tx
        .select({ name: messageTemplates.name, language: messageTemplates.language })
        .from(messageTemplates)
        .where(and(eq(messageTemplates.tenantId, ctx.tenantId), eq(messageTemplates.channelId, channelId)));
      const known = new Set(existing.map((r) => `${r.name}\u0000${r.language}`));
      const outcome: SyncOutcome = { created: 0, updated: 0 };
      for (const t of remote) {
        if (!t.name || !t.language) continue;
        const fields = {
          category: t.category || "UTILITY",
          status: t.status || "PENDING",
          components: t.components,
          variableCounts: countVariables(t.components),
          parameterFormat: parameterFormatOf(t),
          rejectedReason: t.rejectedReason ?? null,
          providerTemplateId: t.id || null,
        };
        await tx
          .insert(messageTemplates)
          .values({ tenantId: ctx.tenantId, channelId, name: t.name, language: t.language, ...fields })
          .onConflictDoUpdate({ target: [messageTemplates.channelId, messageTemplates.name, messageTemplates.language], set: { ...fields, updatedAt: new Date() } });
        if (known.has(`${t.name}\u0000${t.language}`)) outcome.updated++;
        else {
          known.add(`${t.name}\u0000${t.language}`);
          outcome.created++;
        }
      }
      return outcome;
    },
    db,
  );
}
