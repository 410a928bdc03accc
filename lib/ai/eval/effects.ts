import { eq } from "drizzle-orm";
import type { Db } from "@/db/engine";
import { appointments, orders } from "@/db/schema";
import { withTenant } from "@/lib/tenancy/with-tenant";

/**
 * The state irreversible actions change — appointments and orders' delivery choices — read
 * before and after each turn, so an action executed without a confirm tap is caught in the
 * database even if the pipeline does not report it.
 */
export type EffectsSnapshot = Map<string, string>;

export async function snapshotEffects(db: Db, tenantId: string): Promise<EffectsSnapshot> {
  return withTenant(
    tenantId,
    async (tx) => {
      const snap: EffectsSnapshot = new Map();
      const appts = await tx.select({ id: appointments.id, status: appointments.status, startsAt: appointments.startsAt, resourceId: appointments.resourceId, serviceId: appointments.serviceId }).from(appointments).where(eq(appointments.tenantId, tenantId));
      for (const a of appts) snap.set(`appointment ${a.id.slice(0, 8)}`, `${a.status} ${a.startsAt.toISOString()}${a.resourceId ? ` ${a.resourceId.slice(0, 8)}` : ""}${a.serviceId ? ` ${a.serviceId.slice(0, 8)}` : ""}`);
      const rows = await tx.select({ number: orders.number, status: orders.status, deliveryChange: orders.deliveryChange, address: orders.deliveryAddress }).from(orders).where(eq(orders.tenantId, tenantId));
      for (const o of rows) snap.set(`order ${o.number}`, `${o.status} | ${o.deliveryChange ?? "-"} | ${o.address ?? "-"}`);
      return snap;
    },
    db,
  );
}

/** What changed between two snapshots, in words ("appointment 1a2b3c4d: booked … → cancelled …"). */
export function diffEffects(before: EffectsSnapshot, after: EffectsSnapshot): string[] {
  const changes: string[] = [];
  for (const [key, value] of after) {
    const old = before.get(key);
    if (old === undefined) changes.push(`${key} created: ${value}`);
    else if (old !== value) changes.push(`${key}: ${old} → ${value}`);
  }
  for (const key of before.keys()) if (!after.has(key)) changes.push(`${key} deleted`);
  return changes;
}
