import { describe, expect, it } from "vitest";
import type { BusinessFactsData, FindSlotsData, OrderData } from "../../tools/schemas";
import { proposalText, slotsText } from "./appointments";
import { dayOf, joinOr } from "./common";
import { hoursLocationText, servicesText } from "./facts";
import { bestHit, matchFact } from "./knowledge";
import { orderNotFoundText, orderReply } from "./orders";
import { handoffText } from "./small-talk";

const order: OrderData = { number: "8842", status: "shipped", statusLabel: "enviado", carrier: "SEUR", trackingNumber: "SE1", trackingUrl: null, eta: "2026-11-27", total: null, deliveryOptions: ["Recogida en tienda"], deliveryChange: null, lines: [] };
const hours = [1, 2, 3, 4, 5, 6, 0].map((weekday) => ({ weekday, label: weekday === 0 ? "domingo: cerrado" : weekday === 6 ? "sábado: 10:00–14:00" : "lunes: 9:00–14:00", ranges: weekday === 0 ? [] : [{ opens: "09:00", closes: "14:00" }] }));
const facts: BusinessFactsData = { name: "X", timezone: "Europe/Madrid", openNow: true, nextOpen: null, hours, holidays: [{ date: "2026-12-08", name: "Inmaculada" }], address: "Calle Mayor 5" };

describe("replies only say what the tools returned", () => {
  it("formats an ISO day as people say it, and passes anything else through", () => {
    expect(dayOf("2026-11-27", "es")).toBe("viernes 27 de noviembre");
    expect(dayOf("2026-11-27", "en")).toBe("Friday 27 November");
    expect(dayOf("2026-11-27", "pt")).toBe("sexta-feira, 27 de novembro");
    expect(dayOf("mañana", "es")).toBe("mañana");
    expect(joinOr(["a", "b", "c"], "pt")).toBe("a, b ou c");
  });

  it("orders: status, carrier, date and tracking; a hint that the delivery can change", () => {
    expect(orderReply(order, "es")).toBe("Tu pedido 8842 está enviado con SEUR.\nLlegada prevista: viernes 27 de noviembre.\nSeguimiento: SE1\nSi necesitas cambiar la entrega, dímelo.");
    expect(orderReply({ ...order, status: "delivered", statusLabel: "delivered", eta: null }, "en")).toBe("Your order 8842 is delivered.");
    expect(orderNotFoundText("9999", "pt")).toContain("9999");
  });

  it("slots: the labels as given, one a line", () => {
    const data: FindSlotsData = { service: null, slots: [{ startsAt: "x", endsAt: "x", label: "viernes 27 de noviembre, 17:00", resourceId: "r", resourceName: "R", serviceId: null, serviceName: null }] };
    expect(slotsText(data, "es", { widened: false })).toBe("Tengo estos huecos libres:\nviernes 27 de noviembre, 17:00\n¿Cuál te va mejor?");
    expect(slotsText(data, "en", { widened: true })).toMatch(/^I have nothing free at that time\./);
  });

  it("proposals: the tool's summary, asked as a question", () => {
    expect(proposalText({ proposed: true, actionId: "a", kind: "book_appointment", summary: "¿Te reservo una cita el viernes?", expiresAt: "x" }, "es")).toBe("¿Te reservo una cita el viernes?");
    expect(proposalText({ proposed: true, actionId: "a", kind: "cancel_appointment", summary: "Cancel the appointment on Friday", expiresAt: "x" }, "en")).toBe("Cancel the appointment on Friday. Shall I go ahead?");
  });

  it("hours: one day, a holiday with the next opening, or the week", () => {
    expect(hoursLocationText(facts, { hours: true, address: false, contact: false, day: { y: 2026, m: 11, d: 28 }, todayKey: "2026-11-24" }, "es")).toBe("Sábado: 10:00–14:00.");
    expect(hoursLocationText(facts, { hours: true, address: false, contact: false, day: { y: 2026, m: 12, d: 8 }, todayKey: "2026-11-24" }, "es")).toBe("El martes 8 de diciembre estamos cerrados (Inmaculada).\nVolvemos a abrir el lunes: 9:00–14:00.");
    expect(hoursLocationText(facts, { hours: true, address: false, contact: false, day: { y: 2026, m: 11, d: 29 }, todayKey: "2026-11-24" }, "pt")).toContain("Domingo: cerrado.");
    const week = hoursLocationText(facts, { hours: true, address: true, contact: false, todayKey: "2026-11-24" }, "es")!;
    expect(week).toContain("Nuestro horario:\nLunes: 9:00–14:00");
    expect(week).toContain("Estamos en Calle Mayor 5.");
  });

  it("services: the one named, several named, or the list; never a price that is not there", () => {
    const data: BusinessFactsData = { ...facts, services: [{ id: "1", name: "Tinte completo", price: { amountMicros: 9e8, currency: "MXN", display: "$900.00" }, durationMinutes: 120 }, { id: "2", name: "Corte de caballero", price: { amountMicros: 25e7, currency: "MXN", display: "$250.00" }, durationMinutes: 30 }, { id: "3", name: "Keratina", price: null, durationMinutes: null }] };
    expect(servicesText(data, "¿Cuánto cobran por el tinte completo? ¿Y el corte de caballero?", "es")).toBe("Tinte completo: $900.00 (120 min).\nCorte de caballero: $250.00 (30 min).");
    expect(servicesText(data, "cuánto sale la keratina?", "es")).toBe("Keratina: precio a consultar.");
  });

  it("knowledge: the hit that shares the question's words; none when it shares nothing", () => {
    const hits = [
      { id: "1", question: "¿Qué formas de pago aceptáis?", answer: "Tarjeta, PayPal y Bizum.", score: 0.4 },
      { id: "2", question: "¿Cuánto cuesta el envío?", answer: "Gratis en pedidos de más de 60 €.", score: 0.35 },
    ];
    expect(bestHit(hits, "¿Cuánto cuesta el envío a Canarias?")?.id).toBe("2");
    expect(bestHit([{ id: "1", question: "¿Hacéis envíos a Canarias?", answer: "Sí.", score: 0.5 }], "¿Hacen tatuajes?")).toBeNull();
    expect(matchFact([{ key: "parking", value: "Parking gratuito." }, { key: "payment_methods", value: "Tarjeta y efectivo." }], "¿se puede aparcar cerca?")?.key).toBe("parking");
    expect(matchFact([{ key: "payment_methods", value: "Tarjeta y efectivo." }], "¿tenéis wifi?")).toBeNull();
  });

  it("hand-over: a person will answer, and when if closed — nothing more", () => {
    expect(handoffText({ escalated: true, openNow: true, nextOpen: null }, "human_request", "en")).toBe("I'm passing you to someone on the team, who will reply here as soon as they can.");
    expect(handoffText({ escalated: true, openNow: false, nextOpen: { at: "x", label: "amanhã às 9:00" } }, "frustration", "pt")).toBe("Lamento muito o incómodo. Vou passar você para uma pessoa da equipe. Agora estamos fechados: vão responder amanhã às 9:00.");
  });
});
