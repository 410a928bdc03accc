import type { Db } from "@/db/client";
import { formatNextOpen, isOpenAt, loadSchedule, nextOpening } from "@/lib/business/schedule";
import { withTenant } from "@/lib/tenancy/with-tenant";
import type { Language } from "../types";

/** Whether the team is open now and, if not, when it next is — as the customer will read it. */
export async function openingInfo(db: Db, tenantId: string, now: Date, language: Language) {
  const schedule = await withTenant(tenantId, (tx) => loadSchedule(tx, tenantId), db);
  const openNow = isOpenAt(schedule, now);
  const next = openNow ? null : nextOpening(schedule, now);
  return { openNow, nextOpen: next, nextOpenLabel: next ? formatNextOpen(next, schedule.timeZone, language, now) : null };
}
