import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { channels, messageTemplates } from "@/db/schema";
import type { WebhookChannel } from "@/lib/whatsapp/channels";
import type { TemplateUpdateItem } from "@/lib/whatsapp/webhook/webhook-item";

type Patch = Partial<Pick<typeof messageTemplates.$inferInsert, "status" | "rejectedReason" | "qualityScore" | "category">>;

/** Statuses whose webhook `reason` explains them; any other status clears an old reason. */
const EXPLAINED = new Set(["REJECTED", "PAUSED", "DISABLED"]);
/** Events about the template's edit lock, not its status. */
const NOT_A_STATUS = new Set(["LOCKED", "UNLOCKED"]);

/** What one template webhook changes: the status (with its reason), the quality score or the category. */
function patchOf(item: TemplateUpdateItem): Patch {
  const event = item.event.toUpperCase();
  if (event === "QUALITY_UPDATE") return item.quality ? { qualityScore: item.quality.toUpperCase() } : {};
  if (event === "CATEGORY_UPDATE") return item.category ? { category: item.category.toUpperCase() } : {};
  if (NOT_A_STATUS.has(event)) return {};
  // A reinstated template may be sent again: for sending it is simply approved.
  const status = event === "REINSTATED" ? "APPROVED" : event;
  return {
    status,
    rejectedReason: EXPLAINED.has(status) ? (item.reason ?? null) : null,
    ...(item.category ? { category: item.category.toUpperCase() } : {}),
  };
}

/**
 * The channels of the webhook's workspace that share the template's WABA: templates belong to the
 * WABA, so every number on it sees the change. Simulator numbers stand for their own WABA (their
 * phone number id is the WABA id when none is set). When no channel records that WABA id (360dialog
 * channels often do not), the channel the webhook came to is the one.
 */
async function channelsOfWaba(tx: Tx, channel: WebhookChannel, wabaId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: channels.id })
    .from(channels)
    .where(and(eq(channels.tenantId, channel.tenantId), or(eq(channels.wabaId, wabaId), and(isNull(channels.wabaId), eq(channels.phoneNumberId, wabaId)))));
  return rows.length ? rows.map((r) => r.id) : [channel.id];
}

/**
 * Applies a `message_template_status_update`, `…_quality_update` or `template_category_update`
 * to the workspace's copy of the template. Matched by the provider's template id; failing that
 * (the verdict arrived before the submit recorded the id, or the row came from an older sync) by
 * name and language on the channels of that WABA, which then also records the id. A template the
 * workspace does not have is ignored: the next sync brings it in whole. Only the webhook's own
 * workspace is touched. Returns how many rows changed.
 */
export async function applyTemplateUpdate(tx: Tx, channel: WebhookChannel, item: TemplateUpdateItem): Promise<number> {
  const patch = patchOf(item);
  if (!Object.keys(patch).length) return 0;
  const set = { ...patch, updatedAt: new Date() };
  if (item.templateId) {
    const byId = await tx
      .update(messageTemplates)
      .set(set)
      .where(and(eq(messageTemplates.tenantId, channel.tenantId), eq(messageTemplates.providerTemplateId, item.templateId)))
      .returning({ id: messageTemplates.id });
    if (byId.length) return byId.length;
  }
  if (!item.name || !item.language) return 0;
  const channelIds = await channelsOfWaba(tx, channel, item.wabaId);
  const byName = await tx
    .update(messageTemplates)
    .set({ ...set, ...(item.templateId ? { providerTemplateId: sql`coalesce(${messageTemplates.providerTemplateId}, ${item.templateId})` } : {}) })
    .where(and(eq(messageTemplates.tenantId, channel.tenantId), inArray(messageTemplates.channelId, channelIds), eq(messageTemplates.name, item.name), eq(messageTemplates.language, item.language)))
    .returning({ id: messageTemplates.id });
  return byName.length;
}
