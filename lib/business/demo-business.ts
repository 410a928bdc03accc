import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/engine";
import { businessFacts, holidays, knowledgeEntries, memberships, openingHours, services } from "@/db/schema";
import { knowledgeEntryInput, type KnowledgeEntryInput } from "./knowledge";
import { serviceInput, type ServiceInput } from "./services";

/**
 * The demo dental clinic's business data, so the assistant has something true to say from the
 * first message: hours with a split shift, two holidays, contact facts, FAQs and priced services.
 * Runs as the tables' owner inside the seed's transaction; imports nothing marked server-only.
 */

const split = (weekday: number) => [
  { weekday, opens: "09:00", closes: "14:00" },
  { weekday, opens: "16:00", closes: "20:00" },
];
export const DEMO_HOURS = [...split(1), ...split(2), ...split(3), ...split(4), { weekday: 5, opens: "09:00", closes: "15:00" }];

export const DEMO_HOLIDAYS = [
  { date: "2026-12-08", name: "Inmaculada Concepción" },
  { date: "2026-12-25", name: "Navidad" },
];

export const DEMO_FACTS = {
  address: "Calle Mayor 12, 28013 Madrid",
  phone: "+34 910 000 000",
  website: "www.clinicasonrisa.es",
  email: "citas@clinicasonrisa.es",
};

export const DEMO_FAQS: KnowledgeEntryInput[] = [
  {
    question: "¿Dónde puedo aparcar?",
    variants: ["¿Tenéis parking?", "¿Hay aparcamiento cerca?"],
    answer: "Hay un aparcamiento público en la Plaza Mayor, a 3 minutos andando. La clínica no tiene parking propio. La parada de metro más cercana es Sol.",
    tags: ["parking", "cómo llegar"],
  },
  {
    question: "¿Qué formas de pago aceptáis?",
    variants: ["¿Puedo pagar con tarjeta?", "¿Aceptáis Bizum?"],
    answer: "Aceptamos tarjeta de débito y crédito, efectivo y Bizum. El pago se hace al terminar cada visita.",
    tags: ["pago"],
  },
  {
    question: "¿Puedo financiar el tratamiento?",
    variants: ["¿Se puede pagar a plazos?", "¿Tenéis financiación?"],
    answer: "Sí. Los tratamientos de más de 300 € se pueden financiar hasta en 12 meses sin intereses, sujeto a la aprobación de la financiera. Te lo explicamos en la primera visita.",
    tags: ["pago", "financiación"],
  },
  {
    question: "¿Cómo es la primera visita?",
    variants: ["¿La primera visita es gratis?", "¿Cuánto cuesta la primera consulta?"],
    answer: "La primera visita es gratuita: revisión, diagnóstico y presupuesto sin compromiso. Dura unos 30 minutos. Trae tu DNI y, si tienes, radiografías recientes.",
    tags: ["primera visita", "precios"],
  },
  {
    question: "¿Trabajáis con seguros o mutuas?",
    variants: ["¿Aceptáis Sanitas?", "¿Aceptáis Adeslas?", "¿Tenéis convenio con aseguradoras?"],
    answer: "Trabajamos con Sanitas Dental y Adeslas Dental. Si tienes otro seguro, te damos la factura para que pidas el reembolso a tu compañía.",
    tags: ["seguros"],
  },
  {
    question: "¿Atendéis urgencias?",
    variants: ["Me duele mucho una muela", "¿Podéis verme hoy?"],
    answer: "Sí, reservamos huecos cada día para urgencias dentro del horario de la clínica. Escríbenos y te damos la primera hora libre.",
    tags: ["urgencias"],
  },
  {
    question: "¿Atendéis a niños?",
    variants: ["¿Tenéis odontopediatra?", "¿A qué edad debe ir un niño al dentista?"],
    answer: "Sí. Recomendamos la primera revisión hacia los 3 años. Los martes y jueves por la tarde pasa consulta nuestra odontopediatra.",
    tags: ["niños"],
  },
  {
    question: "¿Cómo cambio o anulo mi cita?",
    variants: ["Quiero cambiar la cita", "No puedo ir a mi cita"],
    answer: "Puedes cambiarla o anularla por este mismo WhatsApp. Te pedimos que nos avises con al menos 24 horas de antelación.",
    tags: ["citas"],
  },
];

export const DEMO_SERVICES: ServiceInput[] = [
  { name: "Limpieza dental", description: "Limpieza profesional con ultrasonidos y pulido.", priceMicros: 60_000_000, durationMinutes: 45 },
  { name: "Primera visita y diagnóstico", description: "Revisión, diagnóstico y presupuesto sin compromiso.", priceMicros: 0, durationMinutes: 30 },
  { name: "Empaste", description: "Obturación de una caries con composite del color del diente.", priceMicros: 70_000_000, durationMinutes: 45 },
  { name: "Blanqueamiento dental", description: "Blanqueamiento en consulta con lámpara LED.", priceMicros: 250_000_000, durationMinutes: 60 },
  { name: "Endodoncia", description: "Tratamiento de conductos de una pieza.", priceMicros: 280_000_000, durationMinutes: 90 },
];

/**
 * Adds the demo business data. Safe to repeat: every row has a fixed id (or a natural key) and is
 * inserted with ON CONFLICT DO NOTHING, so what someone changed in the demo stays; the week is
 * only written when the clinic has no hours at all, so an edited week is never doubled.
 */
export async function seedDemoBusiness(tx: Tx, opts: { tenantId: string; idFor: (key: string) => string; now?: Date }): Promise<void> {
  const { tenantId, idFor } = opts;
  const now = opts.now ?? new Date();
  const [hasHours] = await tx.select({ id: openingHours.id }).from(openingHours).where(eq(openingHours.tenantId, tenantId)).limit(1);
  if (!hasHours) await tx.insert(openingHours).values(DEMO_HOURS.map((h, i) => ({ id: idFor(`hours:${i}`), tenantId, ...h }))).onConflictDoNothing();
  await tx
    .insert(holidays)
    .values(DEMO_HOLIDAYS.map((h) => ({ id: idFor(`holiday:${h.date}`), tenantId, ...h })))
    .onConflictDoNothing();

  const [owner] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.role, "owner")))
    .limit(1);
  await tx
    .insert(businessFacts)
    .values(Object.entries(DEMO_FACTS).map(([key, value]) => ({ id: idFor(`fact:${key}:es`), tenantId, key, value, language: "es", reviewedAt: now, reviewedBy: owner?.userId ?? null })))
    .onConflictDoNothing();

  await tx
    .insert(knowledgeEntries)
    .values(DEMO_FAQS.map((faq, i) => ({ id: idFor(`faq:${i}`), tenantId, ...knowledgeEntryInput.parse(faq) })))
    .onConflictDoNothing();
  await tx
    .insert(services)
    .values(DEMO_SERVICES.map((s) => ({ id: idFor(`service:${s.name}`), tenantId, ...serviceInput.parse(s) })))
    .onConflictDoNothing();
}
