import { and, asc, eq, gt, gte, lt } from "drizzle-orm";
import type { Tx } from "@/db/engine";
import { appointments, contacts, resources, services } from "@/db/schema";
import type { Language } from "@/lib/ai/types";
import type { AppointmentData } from "@/lib/ai/tools/schemas";
import { slotLabel } from "./scheduling-labels";
import { isoWithOffset } from "./scheduling-time";

/** An appointment with the names a person reads. */
export type AppointmentView = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  contactId: string | null;
  customerName: string | null;
  contactName: string | null;
  contactPhone: string | null;
  serviceId: string | null;
  serviceName: string | null;
  resourceId: string | null;
  resourceName: string | null;
  notes: string | null;
  createdVia: string;
};

function viewQuery(tx: Tx) {
  return tx
    .select({
      id: appointments.id,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      status: appointments.status,
      contactId: appointments.contactId,
      customerName: appointments.customerName,
      contactName: contacts.name,
      contactPhone: contacts.waId,
      serviceId: appointments.serviceId,
      serviceName: services.name,
      resourceId: appointments.resourceId,
      resourceName: resources.name,
      notes: appointments.notes,
      createdVia: appointments.createdVia,
    })
    .from(appointments)
    .leftJoin(services, and(eq(services.id, appointments.serviceId), eq(services.tenantId, appointments.tenantId)))
    .leftJoin(resources, and(eq(resources.id, appointments.resourceId), eq(resources.tenantId, appointments.tenantId)))
    .leftJoin(contacts, and(eq(contacts.id, appointments.contactId), eq(contacts.tenantId, appointments.tenantId)));
}

/** A customer's booked appointments that have not ended, soonest first. */
export async function upcomingAppointments(tx: Tx, tenantId: string, contactId: string, now: Date = new Date()): Promise<AppointmentView[]> {
  return viewQuery(tx)
    .where(and(eq(appointments.tenantId, tenantId), eq(appointments.contactId, contactId), eq(appointments.status, "booked"), gt(appointments.endsAt, now)))
    .orderBy(asc(appointments.startsAt))
    .limit(20);
}

/** The agenda between two instants (start in [from, to)), booked ones by default, by start time. */
export async function listAppointments(tx: Tx, tenantId: string, opts: { from: Date; to: Date; includeCancelled?: boolean; limit?: number }): Promise<AppointmentView[]> {
  return viewQuery(tx)
    .where(and(eq(appointments.tenantId, tenantId), gte(appointments.startsAt, opts.from), lt(appointments.startsAt, opts.to), opts.includeCancelled ? undefined : eq(appointments.status, "booked")))
    .orderBy(asc(appointments.startsAt))
    .limit(opts.limit ?? 500);
}

/** An appointment as the appointment tools return it, labelled in the business's time zone. */
export function toAppointmentData(a: Pick<AppointmentView, "id" | "startsAt" | "status" | "serviceName" | "resourceName">, timeZone: string, language: Language): AppointmentData {
  return { id: a.id, startsAt: isoWithOffset(a.startsAt, timeZone), label: slotLabel(a.startsAt, timeZone, language), serviceName: a.serviceName, resourceName: a.resourceName, status: a.status };
}
