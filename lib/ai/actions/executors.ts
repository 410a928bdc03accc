import type { Tx } from "@/db/client";
import type { pendingActions } from "@/db/schema";
import { bookAppointment, cancelAppointment, rescheduleAppointment } from "@/lib/business/appointments";
import { connectorFor } from "@/lib/business/commerce/connector";
import { slotLabel } from "@/lib/business/scheduling-labels";
import { tenants } from "@/db/schema";
import { eq } from "drizzle-orm";
import type { Language } from "../types";

type Action = typeof pendingActions.$inferSelect;
export type Execution = { ok: boolean; details: Record<string, unknown>; labels: Record<string, string> };

/**
 * Carries out a confirmed action, inside the transaction that claimed it: either everything it
 * changes commits with the "executed" mark, or nothing does. Each business function is itself
 * idempotent (the same booking twice is one booking).
 */
export async function executeAction(tx: Tx, input: { tenantId: string; action: Action; language: Language; now: Date }): Promise<Execution> {
  const { tenantId, action, now } = input;
  const p = action.params as Record<string, string | null | undefined>;
  const [tenant] = await tx.select({ timeZone: tenants.timeZone }).from(tenants).where(eq(tenants.id, tenantId));
  const label = (at: Date) => slotLabel(at, tenant?.timeZone ?? "Europe/Madrid", input.language);
  switch (action.kind) {
    case "book_appointment": {
      const r = await bookAppointment(tx, tenantId, { startsAt: new Date(String(p.startsAt)), serviceId: p.serviceId ?? null, resourceId: p.resourceId ?? null, contactId: action.contactId, customerName: p.customerName ?? null, createdVia: "assistant" }, now);
      return r.ok ? { ok: true, details: { appointmentId: r.appointment.id, changed: r.changed }, labels: { label: label(r.appointment.startsAt) } } : { ok: false, details: { reason: r.reason }, labels: {} };
    }
    case "reschedule_appointment": {
      const r = await rescheduleAppointment(tx, tenantId, { appointmentId: String(p.appointmentId), startsAt: new Date(String(p.startsAt)), contactId: action.contactId }, now);
      return r.ok ? { ok: true, details: { appointmentId: r.appointment.id, changed: r.changed }, labels: { label: label(r.appointment.startsAt) } } : { ok: false, details: { reason: r.reason }, labels: {} };
    }
    case "cancel_appointment": {
      const r = await cancelAppointment(tx, tenantId, { appointmentId: String(p.appointmentId), contactId: action.contactId }, now);
      return r.ok ? { ok: true, details: { appointmentId: r.appointment.id, changed: r.changed }, labels: { label: label(r.appointment.startsAt) } } : { ok: false, details: { reason: r.reason }, labels: {} };
    }
    case "change_delivery": {
      const r = await connectorFor(tx, tenantId).changeDelivery(String(p.orderNumber), String(p.option));
      return r.ok ? { ok: true, details: { orderNumber: r.order.number, option: String(p.option), changed: r.changed }, labels: { orderNumber: r.order.number, option: String(p.option) } } : { ok: false, details: { reason: r.reason }, labels: {} };
    }
    default:
      return { ok: false, details: { reason: `unknown action ${action.kind}` }, labels: {} };
  }
}
