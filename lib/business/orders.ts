import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/engine";
import { contacts, orderLines, orders } from "@/db/schema";
import type { OrderLineInput } from "./orders-fields";
import { normalizeOrderNumber, orderNumberKey } from "./orders-number";
import { FINAL_STATUSES, type OrderStatus } from "./orders-status";

export { normalizeOrderNumber } from "./orders-number";
export { ORDER_STATUSES, orderStatusLabel, parseOrderStatus, type OrderStatus } from "./orders-status";

export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type OrderWithLines = OrderRow & { lines: OrderLineRow[] };

/** An order as a person or an import enters it. `customerPhone` is E.164 digits (see lib/consent/phone.ts). */
export type OrderInput = {
  number: string;
  status: OrderStatus;
  customerPhone?: string | null;
  customerName?: string | null;
  totalMicros?: number | null;
  currency?: string;
  carrier?: string | null;
  trackingNumber?: string | null;
  trackingUrl?: string | null;
  /** YYYY-MM-DD */
  eta?: string | null;
  deliveryAddress?: string | null;
  deliveryOptions?: string[];
  lines?: OrderLineInput[];
  placedAt?: Date | null;
};

export type SaveOrderResult = { ok: true; order: OrderWithLines; created: boolean } | { ok: false; reason: "not_found" | "duplicate_number" | "invalid_number" };

async function attachLines(tx: Tx, tenantId: string, rows: OrderRow[]): Promise<OrderWithLines[]> {
  if (!rows.length) return [];
  const lines = await tx
    .select()
    .from(orderLines)
    .where(and(eq(orderLines.tenantId, tenantId), inArray(orderLines.orderId, rows.map((r) => r.id))))
    .orderBy(asc(orderLines.id));
  return rows.map((r) => ({ ...r, lines: lines.filter((l) => l.orderId === r.id) }));
}

/** The workspace's orders, newest first (by when placed, else when entered). */
export async function listOrders(tx: Tx, tenantId: string, opts: { limit?: number } = {}): Promise<OrderWithLines[]> {
  const rows = await tx
    .select()
    .from(orders)
    .where(eq(orders.tenantId, tenantId))
    .orderBy(desc(sql`coalesce(${orders.placedAt}, ${orders.createdAt})`))
    .limit(opts.limit ?? 200);
  return attachLines(tx, tenantId, rows);
}

export async function getOrder(tx: Tx, tenantId: string, id: string): Promise<OrderWithLines | null> {
  const rows = await tx.select().from(orders).where(and(eq(orders.tenantId, tenantId), eq(orders.id, id)));
  return (await attachLines(tx, tenantId, rows))[0] ?? null;
}

/**
 * The order a customer means by "#8842", "8842" or "pedido 8842": exact number first (without
 * case), then the same letters and digits ignoring separators ("so8842" finds "SO-8842").
 */
export async function lookupOrder(tx: Tx, tenantId: string, rawNumber: string, opts: { forUpdate?: boolean } = {}): Promise<OrderWithLines | null> {
  const number = normalizeOrderNumber(rawNumber);
  if (!number) return null;
  const find = (condition: ReturnType<typeof sql>) => {
    const q = tx.select().from(orders).where(and(eq(orders.tenantId, tenantId), condition)).limit(1);
    return opts.forUpdate ? q.for("update") : q;
  };
  let [row] = await find(sql`lower(${orders.number}) = ${number.toLowerCase()}`);
  row ??= (await find(sql`lower(regexp_replace(${orders.number}, '[^[:alnum:]]', '', 'g')) = ${orderNumberKey(number)}`))[0];
  return row ? ((await attachLines(tx, tenantId, [row]))[0] ?? null) : null;
}

/** The orders placed from a phone number (E.164, with or without "+"), newest first. */
export async function listOrdersByPhone(tx: Tx, tenantId: string, e164: string, opts: { limit?: number } = {}): Promise<OrderWithLines[]> {
  const digits = e164.replace(/\D/g, "");
  if (!digits) return [];
  const rows = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.tenantId, tenantId), eq(orders.customerPhone, digits)))
    .orderBy(desc(sql`coalesce(${orders.placedAt}, ${orders.createdAt})`))
    .limit(opts.limit ?? 10);
  return attachLines(tx, tenantId, rows);
}

// Undefined leaves a column as it is (an import without that column); empty text clears it.
const opt = <T>(v: T | null | undefined) => (v === undefined ? undefined : v || null);

function columns(input: OrderInput, contactId: string | null) {
  return {
    number: input.number,
    status: input.status,
    contactId: input.customerPhone === undefined ? undefined : contactId,
    customerPhone: input.customerPhone === undefined ? undefined : input.customerPhone?.replace(/\D/g, "") || null,
    customerName: opt(input.customerName),
    totalMicros: input.totalMicros === undefined ? undefined : input.totalMicros,
    currency: input.currency === undefined ? undefined : (input.currency || "EUR").toUpperCase(),
    carrier: opt(input.carrier),
    trackingNumber: opt(input.trackingNumber),
    trackingUrl: opt(input.trackingUrl),
    eta: opt(input.eta),
    deliveryAddress: opt(input.deliveryAddress),
    deliveryOptions: input.deliveryOptions,
    placedAt: input.placedAt === undefined ? undefined : input.placedAt,
  };
}

async function contactIdFor(tx: Tx, tenantId: string, phone: string | null | undefined): Promise<string | null> {
  const digits = phone?.replace(/\D/g, "");
  if (!digits) return null;
  const [c] = await tx.select({ id: contacts.id }).from(contacts).where(and(eq(contacts.tenantId, tenantId), eq(contacts.waId, digits)));
  return c?.id ?? null;
}

// order_lines has no position column: a line's id starts with its index, so ordering an order's
// lines by id gives them back in the order they were entered (the rest stays random).
const lineId = (index: number) => `${index.toString(16).padStart(8, "0")}${randomUUID().slice(8)}`;

async function replaceLines(tx: Tx, tenantId: string, orderId: string, lines: OrderLineInput[] | undefined) {
  if (lines === undefined) return;
  await tx.delete(orderLines).where(and(eq(orderLines.tenantId, tenantId), eq(orderLines.orderId, orderId)));
  if (lines.length) await tx.insert(orderLines).values(lines.map((l, i) => ({ id: lineId(i), tenantId, orderId, name: l.name, quantity: l.quantity, sku: l.sku ?? null, unitPriceMicros: l.unitPriceMicros ?? null })));
}

/**
 * Creates an order (no `id`) or replaces one's fields and lines (fields left undefined stay as
 * they are). The number is stored without
 * "#" or lead words and must be unique in the workspace; the customer's contact is linked when
 * one has that WhatsApp number. A delivery change already chosen is kept.
 */
export async function saveOrder(tx: Tx, tenantId: string, input: OrderInput, id?: string): Promise<SaveOrderResult> {
  const number = normalizeOrderNumber(input.number);
  if (!number) return { ok: false, reason: "invalid_number" };
  const values = columns({ ...input, number }, await contactIdFor(tx, tenantId, input.customerPhone));
  const [clash] = await tx
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.tenantId, tenantId), sql`lower(${orders.number}) = ${number.toLowerCase()}`, id ? sql`${orders.id} <> ${id}` : sql`true`));
  if (clash) return { ok: false, reason: "duplicate_number" };
  let orderId = id;
  if (id) {
    const [updated] = await tx.update(orders).set({ ...values, updatedAt: new Date() }).where(and(eq(orders.tenantId, tenantId), eq(orders.id, id))).returning({ id: orders.id });
    if (!updated) return { ok: false, reason: "not_found" };
  } else {
    const [inserted] = await tx.insert(orders).values({ tenantId, ...values }).onConflictDoNothing().returning({ id: orders.id });
    if (!inserted) return { ok: false, reason: "duplicate_number" };
    orderId = inserted.id;
  }
  await replaceLines(tx, tenantId, orderId!, input.lines ?? (id ? undefined : []));
  return { ok: true, order: (await getOrder(tx, tenantId, orderId!))!, created: !id };
}

/**
 * Inserts the order or, when the number exists, updates it (the import path: a shop's export run
 * again refreshes statuses, carriers and dates). Fields and lines left undefined are kept.
 */
export async function upsertOrderByNumber(tx: Tx, tenantId: string, input: OrderInput): Promise<{ id: string; created: boolean }> {
  const values = columns(input, await contactIdFor(tx, tenantId, input.customerPhone));
  const [row] = await tx
    .insert(orders)
    .values({ tenantId, ...values })
    .onConflictDoUpdate({ target: [orders.tenantId, orders.number], set: { ...values, updatedAt: new Date() } })
    .returning({ id: orders.id, created: sql<boolean>`(xmax = 0)` });
  await replaceLines(tx, tenantId, row.id, input.lines);
  return { id: row.id, created: row.created };
}

export async function deleteOrder(tx: Tx, tenantId: string, id: string): Promise<boolean> {
  const deleted = await tx.delete(orders).where(and(eq(orders.tenantId, tenantId), eq(orders.id, id))).returning({ id: orders.id });
  return deleted.length > 0;
}

export type DeliveryChangeResult = { ok: true; order: OrderWithLines; changed: boolean } | { ok: false; reason: "not_found" | "not_offered" | "closed"; order?: OrderWithLines };

const sameOption = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Records the delivery change a customer chose. Only one of the order's `deliveryOptions` is
 * accepted (compared without case or outer spaces; stored as the business wrote it), and not once
 * the order is delivered, cancelled or returned. Safe to repeat: choosing the option already
 * recorded changes nothing (`changed: false`); choosing another offered option replaces it.
 */
export async function applyDeliveryChange(tx: Tx, tenantId: string, number: string, option: string): Promise<DeliveryChangeResult> {
  const order = await lookupOrder(tx, tenantId, number, { forUpdate: true });
  if (!order) return { ok: false, reason: "not_found" };
  const offered = order.deliveryOptions.find((o) => sameOption(o, option));
  if (!offered) return { ok: false, reason: "not_offered", order };
  if (order.deliveryChange === offered) return { ok: true, order, changed: false };
  if (FINAL_STATUSES.includes(order.status as OrderStatus)) return { ok: false, reason: "closed", order };
  const now = new Date();
  await tx.update(orders).set({ deliveryChange: offered, updatedAt: now }).where(and(eq(orders.tenantId, tenantId), eq(orders.id, order.id)));
  return { ok: true, order: { ...order, deliveryChange: offered, updatedAt: now }, changed: true };
}
