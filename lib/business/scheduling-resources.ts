import { createHash } from "node:crypto";
import { and, asc, count, eq, gt, inArray, ne } from "drizzle-orm";
import type { Tx } from "@/db/engine";
import { appointments, resources, services, tenants } from "@/db/schema";

export type ResourceRow = typeof resources.$inferSelect;
export type BookableService = { id: string; name: string; durationMinutes: number; priceMicros: number | null; currency: string };

/**
 * The implicit resource. A business that has entered no staff or rooms takes one appointment at a
 * time: the business itself is its one resource, created the first time the agenda needs it
 * (kind "business", named after the workspace, hidden from the resources list). Once a real
 * resource exists it is no longer offered; appointments already on it keep it.
 */
export const DEFAULT_RESOURCE_KIND = "business";

/** Minutes an appointment lasts when its service does not say. */
export const DEFAULT_DURATION_MINUTES = 30;

// A fixed id per workspace, so two requests creating it at once insert one row.
function defaultResourceId(tenantId: string): string {
  const h = createHash("sha1").update(`hilo:default-resource:${tenantId}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function ensureDefaultResource(tx: Tx, tenantId: string): Promise<ResourceRow> {
  const id = defaultResourceId(tenantId);
  const [tenant] = await tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenantId));
  await tx
    .insert(resources)
    .values({ id, tenantId, name: tenant?.name ?? "—", kind: DEFAULT_RESOURCE_KIND })
    .onConflictDoNothing();
  const [row] = await tx.select().from(resources).where(and(eq(resources.tenantId, tenantId), eq(resources.id, id)));
  return row;
}

/** The staff and rooms a manager entered (active ones, by name); the implicit resource is not among them. */
export async function listResources(tx: Tx, tenantId: string): Promise<ResourceRow[]> {
  return tx
    .select()
    .from(resources)
    .where(and(eq(resources.tenantId, tenantId), eq(resources.active, true), ne(resources.kind, DEFAULT_RESOURCE_KIND)))
    .orderBy(asc(resources.name));
}

/**
 * The resources that can take an appointment for `serviceId` (null = any service): active ones
 * whose `serviceIds` is empty or holds it. Without any entered resource, the implicit one.
 */
export async function bookableResources(tx: Tx, tenantId: string, serviceId: string | null): Promise<ResourceRow[]> {
  const entered = await listResources(tx, tenantId);
  if (!entered.length) return [await ensureDefaultResource(tx, tenantId)];
  return entered.filter((r) => !serviceId || !r.serviceIds.length || r.serviceIds.includes(serviceId));
}

/** Keeps only ids of this workspace's services. */
async function ownServiceIds(tx: Tx, tenantId: string, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await tx.select({ id: services.id }).from(services).where(and(eq(services.tenantId, tenantId), inArray(services.id, ids)));
  return rows.map((r) => r.id);
}

export async function addResource(tx: Tx, tenantId: string, input: { name: string; kind?: string; serviceIds?: string[] }): Promise<ResourceRow> {
  const [row] = await tx
    .insert(resources)
    .values({ tenantId, name: input.name.trim(), kind: input.kind === "room" ? "room" : "staff", serviceIds: await ownServiceIds(tx, tenantId, input.serviceIds ?? []) })
    .returning();
  return row;
}

/** Which services a resource does (empty = all). */
export async function setResourceServices(tx: Tx, tenantId: string, id: string, serviceIds: string[]): Promise<boolean> {
  const updated = await tx
    .update(resources)
    .set({ serviceIds: await ownServiceIds(tx, tenantId, serviceIds) })
    .where(and(eq(resources.tenantId, tenantId), eq(resources.id, id), ne(resources.kind, DEFAULT_RESOURCE_KIND)))
    .returning({ id: resources.id });
  return updated.length > 0;
}

/**
 * Takes a resource off the agenda (kept, inactive, so past appointments still name it). Refused
 * while it has booked appointments to come: those are cancelled or moved first.
 */
export async function removeResource(tx: Tx, tenantId: string, id: string, now: Date = new Date()): Promise<{ ok: true } | { ok: false; reason: "not_found" } | { ok: false; reason: "has_appointments"; count: number }> {
  const [{ n }] = await tx
    .select({ n: count() })
    .from(appointments)
    .where(and(eq(appointments.tenantId, tenantId), eq(appointments.resourceId, id), eq(appointments.status, "booked"), gt(appointments.endsAt, now)));
  if (n > 0) return { ok: false, reason: "has_appointments", count: n };
  const updated = await tx
    .update(resources)
    .set({ active: false })
    .where(and(eq(resources.tenantId, tenantId), eq(resources.id, id), eq(resources.active, true)))
    .returning({ id: resources.id });
  return updated.length ? { ok: true } : { ok: false, reason: "not_found" };
}

/** The workspace's services that can be booked, for the resources form. */
export async function listBookableServices(tx: Tx, tenantId: string): Promise<BookableService[]> {
  const rows = await tx
    .select({ id: services.id, name: services.name, durationMinutes: services.durationMinutes, priceMicros: services.priceMicros, currency: services.currency })
    .from(services)
    .where(and(eq(services.tenantId, tenantId), eq(services.active, true), eq(services.bookable, true)))
    .orderBy(asc(services.name));
  return rows.map((s) => ({ ...s, durationMinutes: s.durationMinutes && s.durationMinutes > 0 ? s.durationMinutes : DEFAULT_DURATION_MINUTES }));
}

/** One bookable service of the workspace, or null (unknown, inactive or not bookable). */
export async function bookableService(tx: Tx, tenantId: string, serviceId: string): Promise<BookableService | null> {
  const [row] = await tx
    .select({ id: services.id, name: services.name, durationMinutes: services.durationMinutes, priceMicros: services.priceMicros, currency: services.currency })
    .from(services)
    .where(and(eq(services.tenantId, tenantId), eq(services.id, serviceId), eq(services.active, true), eq(services.bookable, true)));
  return row ? { ...row, durationMinutes: row.durationMinutes && row.durationMinutes > 0 ? row.durationMinutes : DEFAULT_DURATION_MINUTES } : null;
}
