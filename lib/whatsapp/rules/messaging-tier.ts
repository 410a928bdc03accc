/**
 * Messaging limits (fact sheet §0, §8.1): how many unique users a business portfolio may reach
 * with business-initiated messages — templates sent while that user's customer-service window is
 * closed — in a rolling 24 h. Since late 2025 the limit is per portfolio and shared by all of its
 * numbers; the tiers are 250 → 2,000 → 10,000 → 100,000 → unlimited (the old 1K tier is gone).
 *
 * Replies inside an open CSW never count, and a user already reached in the last 24 h does not
 * take a second slot, so a reminder and its follow-up to the same person cost one slot.
 */

export const MESSAGING_TIERS = ["TIER_250", "TIER_2K", "TIER_10K", "TIER_100K", "TIER_UNLIMITED"] as const;
export type MessagingTier = (typeof MESSAGING_TIERS)[number];

const LIMITS: Record<MessagingTier, number | null> = {
  TIER_250: 250,
  TIER_2K: 2_000,
  TIER_10K: 10_000,
  TIER_100K: 100_000,
  TIER_UNLIMITED: null,
};

export const ROLLING_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Unique users per rolling 24 h; null means unlimited. */
export function tierLimit(tier: MessagingTier): number | null {
  return LIMITS[tier];
}

/**
 * Reads `whatsapp_business_manager_messaging_limit` (e.g. "TIER_250"). Unknown or retired values
 * (TIER_50, TIER_1K from the per-number era) give null: the caller should then assume the lowest
 * tier rather than guess upwards, because overshooting gets sends refused and hurts quality.
 */
export function parseMessagingTier(value: string | null | undefined): MessagingTier | null {
  const v = value?.trim().toUpperCase();
  return (MESSAGING_TIERS as readonly string[]).includes(v ?? "") ? (v as MessagingTier) : null;
}

/** Only messages sent while the user's CSW is closed use up the messaging limit. */
export function countsTowardMessagingLimit({ insideServiceWindow }: { insideServiceWindow: boolean }): boolean {
  return !insideServiceWindow;
}

export type ReachInput = {
  tier: MessagingTier;
  /** Unique users reached outside a CSW in the last 24 h across the whole portfolio. */
  uniqueUsersLast24h: number;
  /** This user is already among them, so reaching them again takes no new slot. */
  alreadyReached: boolean;
};

export function canReachNewUser({ tier, uniqueUsersLast24h, alreadyReached }: ReachInput): boolean {
  if (alreadyReached) return true;
  const limit = tierLimit(tier);
  return limit === null || uniqueUsersLast24h < limit;
}

/** Slots left for users not yet reached; Infinity when unlimited. Never negative. */
export function remainingNewUsers(tier: MessagingTier, uniqueUsersLast24h: number): number {
  const limit = tierLimit(tier);
  return limit === null ? Number.POSITIVE_INFINITY : Math.max(0, limit - uniqueUsersLast24h);
}

/**
 * Counts unique users reached in the rolling window (now - 24 h, now] from a log of
 * business-initiated sends. Pure, so the same rule backs a SQL query's tests and the simulator.
 */
export function uniqueUsersInWindow(sends: Iterable<{ userId: string; sentAt: Date }>, now: Date): number {
  const from = now.getTime() - ROLLING_WINDOW_MS;
  const users = new Set<string>();
  for (const s of sends) {
    const t = s.sentAt.getTime();
    if (t > from && t <= now.getTime()) users.add(s.userId);
  }
  return users.size;
}
