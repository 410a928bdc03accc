import type { Language } from "@/lib/ai/types";
import type { Money, OrderData } from "@/lib/ai/tools/schemas";
import { formatMoney } from "../services";
import { orderStatusLabel } from "../orders-status";
import type { CommerceOrder } from "./connector";

export const money = (micros: number, currency: string, language: Language): Money => ({ amountMicros: micros, currency, display: formatMoney(micros, currency, language) });

/** An order as the order tools return it, with its status in the customer's language. */
export function toOrderData(order: CommerceOrder, language: Language): OrderData {
  return {
    number: order.number,
    status: order.status,
    statusLabel: orderStatusLabel(order.status, language),
    carrier: order.carrier,
    trackingNumber: order.trackingNumber,
    trackingUrl: order.trackingUrl,
    eta: order.eta,
    total: order.totalMicros == null ? null : money(order.totalMicros, order.currency, language),
    deliveryOptions: order.deliveryOptions,
    deliveryChange: order.deliveryChange,
    lines: order.lines.map((l) => ({ name: l.name, quantity: l.quantity })),
  };
}

/** Whether the order was placed from this WhatsApp number (an order without a phone belongs to nobody). */
export const orderBelongsTo = (order: CommerceOrder, waId: string) => !!order.customerPhone && order.customerPhone === waId.replace(/\D/g, "");
