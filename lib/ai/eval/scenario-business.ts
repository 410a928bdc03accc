import { z } from "zod";
import { LANGUAGES } from "../types";

/**
 * The `business` part of a scenario: what the workspace knows (hours, holidays, address, services,
 * FAQs, orders, appointments, staff, lead questions) and how its assistant is set up. Written as a
 * business owner would type it: prices as "60.00 EUR" or "60,00 €", hours as "09:00-14:00".
 */

const HHMM = "([01]\\d|2[0-3]):[0-5]\\d";
const RANGE = new RegExp(`^${HHMM}-(${HHMM}|24:00)$`);

export const timeRange = z
  .string()
  .regex(RANGE, 'a range like "09:00-14:00"')
  .refine((r) => r.slice(0, 5) < r.slice(6), "must close after it opens");

export const WEEKDAYS = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 } as const;
export type WeekdayKey = keyof typeof WEEKDAYS;

const hoursSchema = z.strictObject(Object.fromEntries(Object.keys(WEEKDAYS).map((d) => [d, z.array(timeRange).optional()])) as Record<WeekdayKey, z.ZodOptional<z.ZodArray<typeof timeRange>>>);

const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });
const level = z.enum(["auto", "review", "off"]);

const validTimeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, "not an IANA time zone");

export const orderSchema = z.strictObject({
  number: z.string().min(1),
  /** pending | paid | processing | shipped | out_for_delivery | delivered | cancelled | returned */
  status: z.enum(["pending", "paid", "processing", "shipped", "out_for_delivery", "delivered", "cancelled", "returned"]),
  carrier: z.string().optional(),
  trackingNumber: z.string().optional(),
  trackingUrl: z.string().optional(),
  eta: isoDate.optional(),
  deliveryOptions: z.array(z.string().min(1)).optional(),
  deliveryAddress: z.string().optional(),
  total: z.string().optional(),
  lines: z.array(z.strictObject({ name: z.string().min(1), quantity: z.number().int().min(1).optional(), price: z.string().optional(), sku: z.string().optional() })).optional(),
  placedAt: isoDateTime.optional(),
  /** Whose order: the scenario's customer unless another number is given (an order that is not theirs). */
  customerPhone: z.string().regex(/^\d{8,15}$/).optional(),
  customerName: z.string().optional(),
});

export const appointmentSchema = z.strictObject({
  service: z.string().optional(),
  staff: z.string().optional(),
  startsAt: isoDateTime,
  durationMinutes: z.number().int().min(5).optional(),
  status: z.enum(["booked", "cancelled", "completed", "no_show"]).optional(),
  /** false = someone else's booking (it only takes the slot). */
  mine: z.boolean().optional(),
  customerName: z.string().optional(),
});

export const businessSchema = z.object({
  name: z.string().min(2).max(80),
  timezone: validTimeZone,
  /** The workspace's default language; the scenario's language when absent. */
  locale: z.enum(LANGUAGES).optional(),
  /** For prices written with a bare "$"; else from the time zone. */
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
  hours: hoursSchema.optional(),
  holidays: z.array(z.union([isoDate, z.strictObject({ date: isoDate, name: z.string().optional(), hours: z.array(timeRange).optional() })])).optional(),
  address: z.string().optional(),
  phone: z.string().optional(),
  website: z.string().optional(),
  email: z.string().optional(),
  /** Other reviewed facts: parking, payment_methods… */
  facts: z.record(z.string(), z.string()).optional(),
  services: z
    .array(z.strictObject({ name: z.string().min(1), price: z.string().nullable().optional(), durationMinutes: z.number().int().min(5).optional(), description: z.string().optional(), bookable: z.boolean().optional() }))
    .optional(),
  faqs: z.array(z.strictObject({ q: z.string().min(1), a: z.string().min(1), variants: z.array(z.string()).optional(), tags: z.array(z.string()).optional(), language: z.enum(LANGUAGES).optional() })).optional(),
  orders: z.array(orderSchema).optional(),
  appointments: z.array(appointmentSchema).optional(),
  staff: z.array(z.union([z.string().min(1), z.strictObject({ name: z.string().min(1), services: z.array(z.string()).optional(), kind: z.string().optional() })])).optional(),
  leadQuestions: z.array(z.strictObject({ field: z.string().min(1), question: z.string().min(1), weight: z.number().int().optional(), language: z.enum(LANGUAGES).optional() })).optional(),
  /** Intent → level; "default" sets the level of every other intent (eval default: auto). */
  automation: z.record(z.string(), level).optional(),
  /** Extension: other assistant settings. */
  ai: z
    .strictObject({
      confidenceThreshold: z.number().min(0).max(1).optional(),
      sensitiveTopics: z.array(z.string()).optional(),
      perCustomerHourlyLimit: z.number().int().min(1).optional(),
      disclosure: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
});

export const KNOWN_BUSINESS_KEYS = new Set(Object.keys(businessSchema.shape));

/** The currency a bare "$" means, by the business's time zone. */
export function defaultCurrency(timeZone: string): string {
  const byZone: Record<string, string> = {
    "America/Sao_Paulo": "BRL",
    "America/Mexico_City": "MXN",
    "America/Bogota": "COP",
    "America/Argentina/Buenos_Aires": "ARS",
    "America/Santiago": "CLP",
    "America/Lima": "PEN",
    "America/Montevideo": "UYU",
    "America/New_York": "USD",
    "America/Panama": "USD",
    "America/Guayaquil": "USD",
  };
  return byZone[timeZone] ?? "EUR";
}

/** A plausible WhatsApp number for a customer of a business in this time zone. */
export function defaultCustomerPhone(timeZone: string): string {
  const byZone: Record<string, string> = {
    "America/Sao_Paulo": "5511987654321",
    "America/Mexico_City": "5215512345678",
    "America/Bogota": "573001234567",
    "America/Argentina/Buenos_Aires": "5491123456789",
    "America/Santiago": "56912345678",
    "Europe/Lisbon": "351912345678",
    "America/New_York": "12125550123",
  };
  return byZone[timeZone] ?? "34600123456";
}
