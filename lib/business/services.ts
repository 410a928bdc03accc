import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/engine";
import { services } from "@/db/schema";
import { MAX_PRICE_UNITS, MICROS, parsePrice } from "./services-money";

export { formatMoney, parsePrice, priceInputValue } from "./services-money";

/**
 * What the business offers: name, price (integer micro-units; none = "price on request", which the
 * assistant must not make up), duration and whether it can be booked. Run inside `withTenant`.
 */

export const MAX_DURATION_MINUTES = 24 * 60;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);

/** A service as the code gives it (price already in micro-units). */
export const serviceInput = z.object({
  name: z.string().trim().min(1).max(120),
  description: optionalText(1000),
  priceMicros: z
    .number()
    .int()
    .min(0)
    .max(MAX_PRICE_UNITS * MICROS)
    .nullable()
    .default(null),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/)
    .default("EUR"),
  durationMinutes: z.number().int().min(1).max(MAX_DURATION_MINUTES).nullable().default(null),
  bookable: z.boolean().default(true),
  active: z.boolean().default(true),
});
export type ServiceInput = z.input<typeof serviceInput>;
export type Service = typeof services.$inferSelect;

/** A price as typed ("60,00", "60.00", empty = on request) → micro-units. */
export const priceText = z
  .string()
  .trim()
  .max(40)
  .nullish()
  .transform((v, ctx) => {
    if (!v) return null;
    const micros = parsePrice(v);
    if (micros === null) ctx.addIssue({ code: "custom", message: "price" });
    return micros;
  });

/** Minutes as typed; empty = not said. */
export const durationText = z
  .union([z.literal(""), z.coerce.number().int().min(1).max(MAX_DURATION_MINUTES)])
  .nullish()
  .transform((v) => (typeof v === "number" ? v : null));

/** The settings form's fields as typed, checked one by one (errors come back under the form's names). */
export const serviceFormFields = z.object({
  name: serviceInput.shape.name,
  description: serviceInput.shape.description,
  price: priceText,
  currency: serviceInput.shape.currency,
  duration: durationText,
  bookable: z.boolean().default(true),
  active: z.boolean().default(true),
});

/** Form fields → `serviceInput`. */
export const toServiceInput = ({ price, duration, ...rest }: z.output<typeof serviceFormFields>): ServiceInput => ({ ...rest, priceMicros: price, durationMinutes: duration });

export const serviceFormInput = serviceFormFields.transform(toServiceInput);

/** The workspace's services by name; only the active ones when asked. */
export function listServices(tx: Tx, tenantId: string, opts: { activeOnly?: boolean } = {}): Promise<Service[]> {
  const where = opts.activeOnly ? and(eq(services.tenantId, tenantId), eq(services.active, true)) : eq(services.tenantId, tenantId);
  return tx.select().from(services).where(where).orderBy(asc(services.name));
}

export async function getService(tx: Tx, tenantId: string, id: string): Promise<Service | null> {
  const [row] = await tx
    .select()
    .from(services)
    .where(and(eq(services.tenantId, tenantId), eq(services.id, id)));
  return row ?? null;
}

export async function createService(tx: Tx, tenantId: string, input: ServiceInput): Promise<Service> {
  const [row] = await tx
    .insert(services)
    .values({ tenantId, ...serviceInput.parse(input) })
    .returning();
  return row;
}

/** Replaces a service's details; null when the workspace has no such service. */
export async function updateService(tx: Tx, tenantId: string, id: string, input: ServiceInput): Promise<Service | null> {
  const [row] = await tx
    .update(services)
    .set({ ...serviceInput.parse(input), updatedAt: new Date() })
    .where(and(eq(services.tenantId, tenantId), eq(services.id, id)))
    .returning();
  return row ?? null;
}

/** Whether the service existed; its appointments keep their times and lose the link. */
export async function deleteService(tx: Tx, tenantId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(services)
    .where(and(eq(services.tenantId, tenantId), eq(services.id, id)))
    .returning({ id: services.id });
  return rows.length > 0;
}
