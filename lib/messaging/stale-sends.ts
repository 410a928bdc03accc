import { and, asc, eq, gt, isNull, lt } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { messages } from "@/db/schema";
import { sendRequestedEvent } from "./queue-outbound";

const MINUTE_MS = 60_000;

/**
 * Outbound messages queued but never handed to a send workflow: the row committed, then
 * `inngest.send` failed (the executor was down). Older than `graceMinutes` so that ordinary sends
 * in flight are left alone, younger than a day so that nothing ancient is suddenly delivered.
 * Re-requesting is harmless for a message whose workflow did start: the event id is derived from
 * the message, so the executor drops the duplicate, and the send itself stops at a stored wamid.
 *
 * Deliberately not `withTenant`: it reads across every workspace as the tables' owner. What
 * authorizes that: its only caller is the `resend-stale-sends` cron (no request or user input
 * reaches it) and it returns only ids that go straight back into each message's own tenant event.
 */
export async function unsafeFindStaleSends(now: Date, opts: { graceMinutes?: number; limit?: number } = {}, db: Db = getDb()) {
  const grace = (opts.graceMinutes ?? 5) * MINUTE_MS;
  const rows = await db
    .select({ id: messages.id, tenantId: messages.tenantId, channelId: messages.channelId })
    .from(messages)
    .where(and(eq(messages.direction, "outbound"), eq(messages.status, "pending"), isNull(messages.wamid), lt(messages.createdAt, new Date(now.getTime() - grace)), gt(messages.createdAt, new Date(now.getTime() - 24 * 60 * MINUTE_MS))))
    .orderBy(asc(messages.createdAt))
    .limit(opts.limit ?? 500);
  return rows.map((r) => sendRequestedEvent(r.tenantId, r));
}
