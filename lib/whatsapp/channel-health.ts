import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { auditLog, channels, type ChannelHealthDetail } from "@/db/schema";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { findChannelForSending } from "./channels";
import { providerFor, ProviderError, type FetchLike, type HealthResult } from "./providers";

export type HealthOutcome = ChannelHealthDetail["outcome"];
type ChannelStatus = (typeof channels.$inferSelect)["status"];

export type ChannelHealthReport = {
  channelId: string;
  outcome: HealthOutcome;
  /** The provider's words, for support; the UI explains the outcome in its own words. */
  detail: string | null;
  previousStatus: ChannelStatus;
  status: ChannelStatus;
  checkedAt: Date;
  displayPhoneNumber: string | null;
  qualityRating: string | null;
  messagingTier: string | null;
};

export type HealthCheckDeps = {
  db?: Db;
  /** Tests swap the provider's HTTP or point it at a fake server. */
  fetch?: FetchLike;
  baseUrlOverride?: string;
  now?: Date;
  /** Who asked (the "check connection" button); null for the periodic check. */
  actorUserId?: string | null;
};

/** Outcomes that mean the number cannot send until someone fixes it: the channel goes to `error`. */
const BREAKS_CHANNEL: ReadonlySet<HealthOutcome> = new Set(["token_expired", "wrong_id"]);
const DETAIL_MAX = 500;

/**
 * Asks the channel's provider whether the number works and records the answer on the channel:
 * ok → `active`, with the display number, quality rating and messaging tier the provider reports;
 * an expired token or a wrong number id → `error`; unreachable or unknown → status untouched (a
 * network blip says nothing about the number); a `disconnected` number keeps that status. Every
 * check stores its time and outcome, and a status change is written to the audit log. The
 * provider call runs with no transaction open. Safe to repeat. Returns null when the channel does not exist in this workspace.
 */
export async function checkChannelHealth(tenantId: string, channelId: string, deps: HealthCheckDeps = {}): Promise<ChannelHealthReport | null> {
  const db = deps.db ?? getDb();
  const channel = await withTenant(tenantId, (tx) => findChannelForSending(tx, tenantId, channelId), db);
  if (!channel) return null;
  const result = await askProvider(channel, deps);
  return recordHealth(db, tenantId, channelId, result, deps);
}

async function askProvider(channel: NonNullable<Awaited<ReturnType<typeof findChannelForSending>>>, deps: HealthCheckDeps): Promise<HealthResult> {
  if (channel.provider === "simulator") {
    // The simulator's Graph API does not answer GET /{phone-number-id} yet (it only implements
    // POST …/messages), so a simulator number is reported healthy locally, with no provider call:
    // it lives inside this app and has no token to expire. Once the simulator serves the
    // phone-number object, call it like Meta with `baseUrlOverride: simulatorBaseUrl()`
    // (lib/messaging/deliver-outbound.ts) so the real client is exercised here too.
    return { ok: true, displayPhoneNumber: channel.displayPhoneNumber ?? "", qualityRating: null, messagingTier: null };
  }
  try {
    return await providerFor(channel, { baseUrlOverride: deps.baseUrlOverride, fetch: deps.fetch }).checkHealth();
  } catch (e) {
    // providerFor refuses a channel missing what its provider needs. A missing token is fixed the
    // same way as an expired one (paste a new one); anything else missing is the number's id.
    if (e instanceof ProviderError) return { ok: false, reason: channel.accessToken ? "wrong_id" : "token_expired", detail: e.details };
    return { ok: false, reason: "unknown", detail: String(e) };
  }
}

async function recordHealth(db: Db, tenantId: string, channelId: string, result: HealthResult, deps: HealthCheckDeps): Promise<ChannelHealthReport | null> {
  const checkedAt = deps.now ?? new Date();
  const outcome: HealthOutcome = result.ok ? "ok" : result.reason;
  const detail = result.ok ? null : result.detail.slice(0, DETAIL_MAX);
  return withTenant(
    tenantId,
    async (tx) => {
      const where = and(eq(channels.tenantId, tenantId), eq(channels.id, channelId));
      const [before] = await tx.select({ status: channels.status }).from(channels).where(where).for("update");
      if (!before) return null;
      // A number its owner disconnected stays so: a check reports on it but never brings it back.
      const status: ChannelStatus = before.status === "disconnected" ? before.status : result.ok ? "active" : BREAKS_CHANNEL.has(outcome) ? "error" : before.status;
      const healthDetail: ChannelHealthDetail = detail ? { outcome, detail } : { outcome };
      const [after] = await tx
        .update(channels)
        .set({
          status,
          healthCheckedAt: checkedAt,
          healthDetail,
          // Only what the provider actually reported replaces what we had (360dialog and Twilio report no rating or tier).
          ...(result.ok && result.displayPhoneNumber ? { displayPhoneNumber: result.displayPhoneNumber } : {}),
          ...(result.ok && result.qualityRating ? { qualityRating: result.qualityRating } : {}),
          ...(result.ok && result.messagingTier ? { messagingTier: result.messagingTier } : {}),
        })
        .where(where)
        .returning({ displayPhoneNumber: channels.displayPhoneNumber, qualityRating: channels.qualityRating, messagingTier: channels.messagingTier });
      if (status !== before.status) {
        await tx.insert(auditLog).values({
          tenantId,
          actorUserId: deps.actorUserId ?? null,
          action: "channel.status_changed",
          targetType: "channel",
          targetId: channelId,
          data: { from: before.status, to: status, reason: `health_check:${outcome}` },
        });
      }
      return { channelId, outcome, detail, previousStatus: before.status, status, checkedAt, ...after };
    },
    db,
  );
}
