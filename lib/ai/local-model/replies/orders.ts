import type { Language } from "../../types";
import { isOrderStatus, orderStatusLabel } from "@/lib/business/orders-status";
import type { OrderData } from "../../tools/schemas";
import { dayOf, joinOr, pick, rows } from "./common";

/** Replies about orders, composed only from the order tools' data. */

const FINAL = new Set(["delivered", "cancelled", "returned"]);
const MOVING = new Set(["shipped", "out_for_delivery"]);

/** Whether the order's delivery can still be changed to one of its options. */
export const canChangeDelivery = (o: OrderData) => o.deliveryOptions.length > 0 && !FINAL.has(o.status);

/** "Tu pedido 8842 está enviado con SEUR. Llegada prevista: jueves 27 de noviembre." (+ tracking, the change chosen). */
export function orderStatusText(o: OrderData, language: Language, plain = false): string {
  // The tools label the status in the conversation's language so far; the reply may be in another.
  const label = isOrderStatus(o.status) ? orderStatusLabel(o.status, language) : o.statusLabel;
  o = { ...o, statusLabel: label };
  const carrier = o.carrier && MOVING.has(o.status) ? o.carrier : null;
  // `plain`: the date exactly as the tool gave it, when a reworded one was not accepted.
  const eta = o.eta && !FINAL.has(o.status) ? (plain ? o.eta : dayOf(o.eta, language)) : null;
  const track = FINAL.has(o.status) ? null : (o.trackingUrl ?? o.trackingNumber);
  return pick(language, {
    es: rows(`Tu pedido ${o.number} está ${o.statusLabel}${carrier ? ` con ${carrier}` : ""}.`, eta && `Llegada prevista: ${eta}.`, track && `Seguimiento: ${track}`, o.deliveryChange && `Entrega: ${o.deliveryChange}.`),
    en: rows(`Your order ${o.number} is ${o.statusLabel}${carrier ? ` with ${carrier}` : ""}.`, eta && `Estimated delivery: ${eta}.`, track && `Tracking: ${track}`, o.deliveryChange && `Delivery: ${o.deliveryChange}.`),
    pt: rows(`O seu pedido ${o.number} está ${o.statusLabel}${carrier ? ` com ${carrier}` : ""}.`, eta && `Previsão de entrega: ${eta}.`, track && `Rastreio: ${track}`, o.deliveryChange && `Entrega: ${o.deliveryChange}.`),
  });
}

/** "Puedo cambiar la entrega a: sábado por la mañana o recogida en la clínica. ¿Cuál prefieres?" */
export function deliveryOptionsText(o: OrderData, language: Language): string {
  const options = joinOr(o.deliveryOptions, language);
  return pick(language, {
    es: `Puedo cambiar la entrega a: ${options}. ¿Cuál prefieres?`,
    en: `I can change the delivery to: ${options}. Which do you prefer?`,
    pt: `Posso alterar a entrega para: ${options}. Qual prefere?`,
  });
}

/** The order's status; when its delivery can still change, a short note that it can (the options come when asked). */
export function orderReply(o: OrderData, language: Language, opts: { plain?: boolean } = {}): string {
  const hint = canChangeDelivery(o) && !o.deliveryChange ? pick(language, { es: "Si necesitas cambiar la entrega, dímelo.", en: "If you need to change the delivery, just tell me.", pt: "Se precisar de alterar a entrega, é só dizer." }) : null;
  return rows(orderStatusText(o, language, opts.plain), hint);
}

/** The customer wants to change the delivery, but this order has no option (or is already delivered). */
export function noDeliveryChangeText(o: OrderData, language: Language): string {
  if (FINAL.has(o.status)) return pick(language, { es: `Tu pedido ${o.number} está ${o.statusLabel}, así que ya no puedo cambiar la entrega.`, en: `Your order ${o.number} is ${o.statusLabel}, so I can no longer change its delivery.`, pt: `O seu pedido ${o.number} está ${o.statusLabel}, por isso já não posso alterar a entrega.` });
  return rows(orderStatusText(o, language), pick(language, { es: "Para este pedido no tengo opciones de cambio de entrega.", en: "I don't have any delivery changes available for this order.", pt: "Para este pedido não tenho opções de alteração de entrega." }));
}

export function orderNotFoundText(orderNumber: string | null, language: Language): string {
  const n = orderNumber ? ` ${orderNumber}` : "";
  return pick(language, {
    es: `No encuentro ningún pedido${n} asociado a tu número. ¿Puedes revisar el número de pedido y enviármelo de nuevo?`,
    en: `I can't find any order${n} linked to your number. Could you check the order number and send it again?`,
    pt: `Não encontro nenhum pedido${n} associado ao seu número. Pode verificar o número do pedido e enviar de novo?`,
  });
}

export function askOrderNumberText(language: Language): string {
  return pick(language, { es: "¿Me indicas el número de pedido?", en: "Could you give me your order number?", pt: "Qual é o número do pedido?" });
}

export function noOrdersText(language: Language): string {
  return pick(language, {
    es: "No encuentro pedidos asociados a este número de WhatsApp. ¿Me indicas el número de pedido?",
    en: "I can't find any orders linked to this WhatsApp number. Could you give me the order number?",
    pt: "Não encontro pedidos associados a este número de WhatsApp. Qual é o número do pedido?",
  });
}

/** Several orders: which one? "8842 (enviado), 8850 (en preparación)". */
export function whichOrderText(orders: OrderData[], language: Language): string {
  const list = orders.map((o) => `${o.number} (${o.statusLabel})`).join(", ");
  return pick(language, {
    es: `Tengo estos pedidos tuyos: ${list}. ¿Sobre cuál me preguntas?`,
    en: `I have these orders of yours: ${list}. Which one are you asking about?`,
    pt: `Tenho estes pedidos seus: ${list}. Sobre qual deles quer saber?`,
  });
}
