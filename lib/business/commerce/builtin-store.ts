import type { Tx } from "@/db/engine";
import { applyDeliveryChange, listOrdersByPhone, lookupOrder, type OrderWithLines } from "../orders";
import type { CommerceConnector, CommerceOrder } from "./connector";

export function fromOrderRow(order: OrderWithLines): CommerceOrder {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    customerPhone: order.customerPhone,
    customerName: order.customerName,
    totalMicros: order.totalMicros,
    currency: order.currency,
    carrier: order.carrier,
    trackingNumber: order.trackingNumber,
    trackingUrl: order.trackingUrl,
    eta: order.eta,
    deliveryAddress: order.deliveryAddress,
    deliveryOptions: order.deliveryOptions,
    deliveryChange: order.deliveryChange,
    placedAt: order.placedAt,
    lines: order.lines.map((l) => ({ name: l.name, quantity: l.quantity, sku: l.sku, unitPriceMicros: l.unitPriceMicros })),
    source: order.source,
  };
}

/** The orders and order_lines tables as a connector, inside one workspace's transaction. */
export function createBuiltinStore(tx: Tx, tenantId: string): CommerceConnector {
  return {
    source: "builtin",
    async lookupOrder(number) {
      const order = await lookupOrder(tx, tenantId, number);
      return order ? fromOrderRow(order) : null;
    },
    async listOrdersByPhone(e164) {
      return (await listOrdersByPhone(tx, tenantId, e164)).map(fromOrderRow);
    },
    async changeDelivery(number, option) {
      const result = await applyDeliveryChange(tx, tenantId, number, option);
      return result.ok ? { ok: true, order: fromOrderRow(result.order), changed: result.changed } : { ok: false, reason: result.reason };
    },
  };
}
