import { z } from "zod";
import { toWaId } from "@/lib/consent/phone";
import type { OrderInput } from "./orders";
import type { Language } from "@/lib/ai/types";
import { formatLines, MAX_LINES, MAX_OPTION_LENGTH, MAX_OPTIONS, parseLines, parseOptions } from "./orders-fields";
import { ORDER_STATUSES } from "./orders-status";
import { parsePrice, priceInputValue } from "./services-money";

const text = (max: number) => z.string().trim().max(max).optional().default("");

/** The order form's fields as they arrive (lines and options as text, one per line or separated by "|"). */
export const orderFormSchema = z.object({
  number: z.string().trim().min(1).max(40),
  status: z.enum(ORDER_STATUSES),
  customerName: text(200),
  customerPhone: text(40),
  total: text(40),
  currency: z.string().trim().regex(/^[A-Za-z]{3}$/).default("EUR"),
  carrier: text(100),
  trackingNumber: text(100),
  trackingUrl: z.union([z.url({ protocol: /^https?$/ }), z.literal("")]).optional().default(""),
  eta: z.union([z.iso.date(), z.literal("")]).optional().default(""),
  deliveryAddress: text(500),
  deliveryOptions: text(3000),
  lines: text(10_000),
});
export type OrderForm = z.output<typeof orderFormSchema>;

export type OrderFormProblem = "phone_invalid" | "total_invalid" | "lines_invalid" | "too_many_lines" | "too_many_options" | "option_too_long";

/**
 * What the form says, as an order to save: the phone read in the workspace's country, the total
 * as typed ("89,90"), lines such as "2x Cepillo", one delivery option per line. Every field is
 * given, so saving replaces the order's fields (an emptied field is cleared).
 */
export function orderFromForm(form: OrderForm, defaultCountry: string): { ok: true; order: OrderInput } | { ok: false; problem: OrderFormProblem; value?: string } {
  const phone = form.customerPhone ? toWaId(form.customerPhone, defaultCountry) : null;
  if (form.customerPhone && !phone) return { ok: false, problem: "phone_invalid", value: form.customerPhone };
  const total = form.total ? parsePrice(form.total) : null;
  if (form.total && total === null) return { ok: false, problem: "total_invalid", value: form.total };
  const { lines, invalid } = parseLines(form.lines);
  if (invalid.length) return { ok: false, problem: "lines_invalid", value: invalid[0] };
  if (lines.length > MAX_LINES) return { ok: false, problem: "too_many_lines" };
  const options = parseOptions(form.deliveryOptions);
  if (options.length > MAX_OPTIONS) return { ok: false, problem: "too_many_options" };
  if (options.some((o) => o.length > MAX_OPTION_LENGTH)) return { ok: false, problem: "option_too_long" };
  return {
    ok: true,
    order: {
      number: form.number,
      status: form.status,
      customerName: form.customerName,
      customerPhone: phone,
      totalMicros: total,
      currency: form.currency.toUpperCase(),
      carrier: form.carrier,
      trackingNumber: form.trackingNumber,
      trackingUrl: form.trackingUrl,
      eta: form.eta || null,
      deliveryAddress: form.deliveryAddress,
      deliveryOptions: options,
      lines,
    },
  };
}

export type OrderFormValues = { [K in keyof OrderForm]: string };

/** An order as the form shows it (empty for a new one). */
export function orderFormValues(order?: OrderInput | null, language: Language = "es"): OrderFormValues {
  return {
    number: order?.number ?? "",
    status: order?.status ?? "pending",
    customerName: order?.customerName ?? "",
    customerPhone: order?.customerPhone ? `+${order.customerPhone}` : "",
    total: priceInputValue(order?.totalMicros ?? null, language),
    currency: order?.currency ?? "EUR",
    carrier: order?.carrier ?? "",
    trackingNumber: order?.trackingNumber ?? "",
    trackingUrl: order?.trackingUrl ?? "",
    eta: order?.eta ?? "",
    deliveryAddress: order?.deliveryAddress ?? "",
    deliveryOptions: (order?.deliveryOptions ?? []).join("\n"),
    lines: formatLines(order?.lines ?? []),
  };
}
