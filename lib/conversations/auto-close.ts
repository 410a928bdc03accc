import { and, eq, ne, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { auditLog, conversations, tenants } from "@/db/schema";
import { withTenant } from "@/lib/tenancy/with-tenant";

/** How long a conversation may sit without a new message before it is closed for the tenant. */
export const DEFAULT_AUTO_CLOSE_HOURS = 24;
const MIN_AUTO_CLOSE_HOURS = 1;
const MAX_AUTO_CLOSE_HOURS = 720; // 30 days: beyond that the run would outlive any sensible wait.

/** The tenant's `settings.autoCloseHours` when it is a number in 1..720, the default otherwise. */
export async function autoCloseHoursFor(tenantId: string, db: Db = getDb()): Promise<number> {
  const [row] = await withTenant(
    tenantId,
    (tx) => tx.select({ settings: tenants.settings }).from(tenants).where(eq(tenants.id, tenantId)).limit(1),
    db,
  );
  // settings is free-form jsonb: whatever an old form or a hand edit left there must not break the timer.
  const hours: unknown = row?.settings?.autoCloseHours;
  return typeof hours === "number" && Number.isFinite(hours) && hours >= MIN_AUTO_CLOSE_HOURS && hours <= MAX_AUTO_CLOSE_HOURS
    ? hours
    : DEFAULT_AUTO_CLOSE_HOURS;
}

/**
 * Closes the conversation as idle unless it is already closed or has a message newer than
 * `idleSince`. The check and the change are one UPDATE, so a message that lands concurrently
 * either wins (nothing is closed) or comes after the close; never a half state.
 * Safe to repeat: once closed, further calls change nothing and write no audit row.
 */
export async function closeIfIdle(tenantId: string, conversationId: string, idleSince: Date, db: Db = getDb()): Promise<{ closed: boolean }> {
  return withTenant(
    tenantId,
    async (tx) => {
      const closedAt = new Date();
      const rows = await tx
        .update(conversations)
        .set({ status: "closed", closedAt, resolution: "auto_closed_idle" })
        .where(
          and(
            eq(conversations.tenantId, tenantId),
            eq(conversations.id, conversationId),
            ne(conversations.status, "closed"),
            // idleSince comes from a JS Date (milliseconds) while the column keeps microseconds:
            // without truncating, the very message that started the timer would look "newer".
            sql`date_trunc('milliseconds', ${conversations.lastMessageAt}) <= ${idleSince.toISOString()}::timestamptz`,
          ),
        )
        .returning({ id: conversations.id });
      if (rows.length === 0) return { closed: false };
      await tx.insert(auditLog).values({
        tenantId,
        actorUserId: null,
        action: "conversation.auto_closed",
        targetType: "conversation",
        targetId: conversationId,
        data: { idleSince: idleSince.toISOString(), closedAt: closedAt.toISOString() },
      });
      return { closed: true };
    },
    db,
  );
}
