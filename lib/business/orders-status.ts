import type { Language } from "@/lib/ai/types";

/** An order's life, in order. `cancelled` and `returned` end it off the main path. */
export const ORDER_STATUSES = ["pending", "paid", "processing", "shipped", "out_for_delivery", "delivered", "cancelled", "returned"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const isOrderStatus = (value: string): value is OrderStatus => (ORDER_STATUSES as readonly string[]).includes(value);

/** How the customer reads each status, in their language (the assistant quotes these). */
const LABELS: Record<OrderStatus, Record<Language, string>> = {
  pending: { es: "pendiente de pago", en: "pending payment", pt: "aguardando pagamento" },
  paid: { es: "pagado", en: "paid", pt: "pago" },
  processing: { es: "en preparación", en: "being prepared", pt: "em preparação" },
  shipped: { es: "enviado", en: "shipped", pt: "enviado" },
  out_for_delivery: { es: "en reparto", en: "out for delivery", pt: "saiu para entrega" },
  delivered: { es: "entregado", en: "delivered", pt: "entregue" },
  cancelled: { es: "cancelado", en: "cancelled", pt: "cancelado" },
  returned: { es: "devuelto", en: "returned", pt: "devolvido" },
};

/** The status as a customer reads it; an unknown status is shown as stored. */
export function orderStatusLabel(status: string, language: Language): string {
  return isOrderStatus(status) ? LABELS[status][language] : status;
}

/** Once an order reaches one of these, its delivery can no longer be changed. */
export const FINAL_STATUSES: readonly OrderStatus[] = ["delivered", "cancelled", "returned"];

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .toLowerCase();

// Words shops put in their exports besides our own labels.
const SYNONYMS: Record<string, OrderStatus> = {
  pendiente: "pending",
  "pending payment": "pending",
  "en camino": "shipped",
  "in transit": "shipped",
  "em transito": "shipped",
  enviada: "shipped",
  "en preparacion": "processing",
  preparando: "processing",
  completado: "delivered",
  completed: "delivered",
  anulado: "cancelled",
  canceled: "cancelled",
  reembolsado: "returned",
  refunded: "returned",
};

/** A status as written in an import ("shipped", "Enviado", "en reparto", "entregue") → its code, or null. */
export function parseOrderStatus(raw: string): OrderStatus | null {
  const key = fold(raw);
  if (!key) return null;
  const code = key.replace(/ /g, "_");
  if (isOrderStatus(code)) return code;
  for (const status of ORDER_STATUSES) if (Object.values(LABELS[status]).some((l) => fold(l) === key)) return status;
  return SYNONYMS[key] ?? null;
}
