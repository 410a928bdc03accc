import { tool } from "ai";
import { connectorFor } from "@/lib/business/commerce/connector";
import { orderBelongsTo, toOrderData } from "@/lib/business/commerce/order-data";
import type { CommerceOrder } from "@/lib/business/commerce/connector";
import { proposeAction } from "../actions/pending-actions";
import type { Evidence } from "../types";
import { runTool, type ToolContext } from "./context";
import { toolInputs, type ListOrdersData, type LookupOrderData, type OrderData, type ProposedActionData } from "./schemas";

/** An order as evidence: every value the customer could act on, as stored. */
function orderEvidence(o: OrderData, id: string): Evidence {
  const parts = [`order ${o.number}`, `status ${o.status} (${o.statusLabel})`, o.carrier && `carrier ${o.carrier}`, o.trackingNumber && `tracking ${o.trackingNumber}`, o.trackingUrl, o.eta && `eta ${o.eta}`, o.total && `total ${o.total.display}`, o.deliveryOptions.length && `options: ${o.deliveryOptions.join(" | ")}`, o.deliveryChange && `delivery change: ${o.deliveryChange}`, o.lines.map((l) => `${l.quantity}x ${l.name}`).join(", ")];
  return { source: "order", id, text: parts.filter(Boolean).join("; ") };
}

/**
 * Orders through the workspace's commerce connector. An order is shown only to the customer who
 * placed it (their WhatsApp number) — otherwise the assistant says it cannot find it.
 */
export function orderTools(ctx: ToolContext) {
  const remember = (o: OrderData) => {
    ctx.state.orderNumber = o.number;
    ctx.state.offered = o.deliveryOptions.map((label, i) => ({ kind: "delivery_option" as const, id: `option:${i}`, label, params: { orderNumber: o.number } }));
  };
  const view = (order: CommerceOrder) => toOrderData(order, ctx.language);

  return {
    lookupOrder: tool({
      description: "Look up one of the customer's orders by its number: status, carrier, tracking, estimated delivery date and the delivery changes the business offers.",
      inputSchema: toolInputs.lookupOrder,
      execute: (input) =>
        runTool<LookupOrderData>(ctx, "lookupOrder", async (tx) => {
          const order = await connectorFor(tx, ctx.tenantId).lookupOrder(input.orderNumber);
          if (!order) return { ok: true, data: { found: false, reason: "not_found" }, evidence: [{ source: "order", text: `order ${input.orderNumber} not found` }] };
          if (!orderBelongsTo(order, ctx.waId)) return { ok: true, data: { found: false, reason: "not_yours" }, evidence: [] };
          const data = view(order);
          remember(data);
          return { ok: true, data: { found: true, order: data }, evidence: [orderEvidence(data, order.id)] };
        }),
    }),
    listOrders: tool({
      description: "List the orders placed from the customer's WhatsApp number, newest first.",
      inputSchema: toolInputs.listOrders,
      execute: () =>
        runTool<ListOrdersData>(ctx, "listOrders", async (tx) => {
          const orders = (await connectorFor(tx, ctx.tenantId).listOrdersByPhone(ctx.waId)).slice(0, 5);
          const data = orders.map(view);
          if (data.length === 1) remember(data[0]);
          return { ok: true, data: { orders: data }, evidence: orders.map((o, i) => orderEvidence(data[i], o.id)) };
        }),
    }),
    changeDelivery: tool({
      description: "Propose changing an order's delivery to one of the options the business offers. Nothing changes until the customer confirms.",
      inputSchema: toolInputs.changeDelivery,
      execute: (input) =>
        runTool<ProposedActionData>(ctx, "changeDelivery", async (tx) => {
          const order = await connectorFor(tx, ctx.tenantId).lookupOrder(input.orderNumber);
          if (!order || !orderBelongsTo(order, ctx.waId)) return { ok: false, data: { proposed: false, reason: "order_not_found" }, evidence: [] };
          const option = order.deliveryOptions.find((o) => o.trim().toLowerCase() === input.option.trim().toLowerCase());
          if (!option) return { ok: false, data: { proposed: false, reason: "option_not_offered" }, evidence: [orderEvidence(view(order), order.id)] };
          const summary = { es: `¿Cambio la entrega del pedido ${order.number} a: ${option}?`, en: `Shall I change the delivery of order ${order.number} to: ${option}?`, pt: `Altero a entrega do pedido ${order.number} para: ${option}?` }[ctx.language];
          const action = await proposeAction(tx, { tenantId: ctx.tenantId, conversationId: ctx.conversationId, contactId: ctx.contactId, kind: "change_delivery", params: { orderNumber: order.number, option }, summary, now: ctx.now });
          ctx.proposals.push({ actionId: action.id, kind: "change_delivery", summary });
          return { ok: true, data: { proposed: true, actionId: action.id, kind: "change_delivery", summary, expiresAt: action.expiresAt.toISOString() }, evidence: [orderEvidence(view(order), order.id), { source: "action", id: action.id, text: summary }] };
        }),
    }),
  };
}
