import type { Tx } from "@/db/engine";
import { createBuiltinStore } from "./builtin-store";

/** An order as any shop reports it, in the shape the assistant and the pages read. */
export type CommerceOrder = {
  /** The row id in the built-in store; an external shop's own id otherwise. */
  id: string;
  number: string;
  /** pending | paid | processing | shipped | out_for_delivery | delivered | cancelled | returned */
  status: string;
  /** E.164 digits of the buyer. */
  customerPhone: string | null;
  customerName: string | null;
  totalMicros: number | null;
  currency: string;
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  /** YYYY-MM-DD */
  eta: string | null;
  deliveryAddress: string | null;
  deliveryOptions: string[];
  deliveryChange: string | null;
  placedAt: Date | null;
  lines: { name: string; quantity: number; sku: string | null; unitPriceMicros: number | null }[];
  /** builtin | shopify | woocommerce | rest */
  source: string;
};

export type DeliveryChangeOutcome = { ok: true; order: CommerceOrder; changed: boolean } | { ok: false; reason: "not_found" | "not_offered" | "closed" };

/**
 * Where a workspace's orders live. The assistant's order tools talk to this and nothing else, so
 * a shop connector (Shopify, WooCommerce, a REST endpoint) is one more implementation.
 * Implementations answer for one workspace; they never widen to another.
 */
export interface CommerceConnector {
  readonly source: string;
  /** The order by its number as the customer wrote it ("#8842", "pedido 8842"), or null. */
  lookupOrder(number: string): Promise<CommerceOrder | null>;
  /** The orders placed from this WhatsApp number (E.164, with or without "+"), newest first. */
  listOrdersByPhone(e164: string): Promise<CommerceOrder[]>;
  /** Records the customer's choice among the order's deliveryOptions; safe to repeat. */
  changeDelivery(number: string, option: string): Promise<DeliveryChangeOutcome>;
}

/**
 * The connector of a workspace. For now every workspace uses the built-in store (the orders
 * tables, inside the caller's tenant transaction `tx`); shop connectors will be chosen here from
 * the workspace's settings.
 */
export function connectorFor(tx: Tx, tenant: { id: string } | string): CommerceConnector {
  return createBuiltinStore(tx, typeof tenant === "string" ? tenant : tenant.id);
}
