import { describe, expect, it } from "vitest";
import type { ConversationState } from "../types";
import { understandText } from "./testing/understand-text";

const slotsOffered: ConversationState = {
  lastIntent: "book_appointment",
  language: "es",
  offered: [
    { kind: "slot", id: "slot:1", label: "jueves 3 de diciembre, 9:00", params: { startsAt: "2026-12-03T09:00:00+01:00", resourceId: "r1" } },
    { kind: "slot", id: "slot:2", label: "jueves 3 de diciembre, 9:30", params: { startsAt: "2026-12-03T09:30:00+01:00", resourceId: "r1" } },
  ],
};
const optionsOffered: ConversationState = {
  lastIntent: "order_status",
  language: "es",
  orderNumber: "8842",
  offered: [
    { kind: "delivery_option", id: "option:0", label: "Entrega el sábado por la mañana" },
    { kind: "delivery_option", id: "option:1", label: "Recogida en la clínica" },
  ],
};

describe("understanding in context", () => {
  it("reads a pick among offered slots as a booking", () => {
    const t = understandText("la segunda", { state: slotsOffered });
    expect([t.intent, t.choice?.id]).toEqual(["book_appointment", "slot:2"]);
    expect(t.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it("reads a pick among delivery options as a delivery change of the order in the state", () => {
    const t = understandText("prefiero recogida en tienda", { state: optionsOffered });
    expect([t.intent, t.choice?.id, t.orderNumber]).toEqual(["delivery_change", "option:1", "8842"]);
  });

  it("gives a time alone the day of the offered slots", () => {
    const t = understandText("a las 11 porfa", { state: slotsOffered });
    expect(t.intent).toBe("book_appointment");
    expect(t.choice).toBeNull();
    expect(t.entities.when.date).toEqual({ y: 2026, m: 12, d: 3 });
  });

  it("asks which one on a bare yes with several options, and keeps the order in mind", () => {
    const t = understandText("sí", { state: optionsOffered });
    expect(t.ambiguousYes).toBe(true);
    expect(t.intent).toBe("order_status");
  });

  it("reads a number after an order question as the order number", () => {
    const t = understandText("4412", { state: { lastIntent: "order_status" }, lastAssistant: "¿Me indicas el número de pedido?" });
    expect([t.intent, t.orderNumber]).toEqual(["order_status", "4412"]);
  });

  it("keeps the topic on short follow-ups", () => {
    expect(understandText("¿y el sábado?", { state: { lastIntent: "hours_location" } }).intent).toBe("hours_location");
    expect(understandText("¿y el sábado?", { state: { lastIntent: "book_appointment" } }).intent).toBe("book_appointment");
  });

  it("takes the answer to a lead question as lead data", () => {
    const t = understandText("Lucía Fernández", { state: { lastIntent: "lead_interest", leadField: "name" } });
    expect(t.intent).toBe("lead_interest");
  });

  it("hears 'leave it as it was' as nothing to do", () => {
    const t = understandText("Mejor la dejo como estaba, gracias", { state: { lastIntent: "reschedule_appointment" } });
    expect([t.keep, t.intent]).toEqual([true, "reschedule_appointment"]);
  });

  it("a yes while a proposal waits is a tap to make, not a new request", () => {
    const t = understandText("sí", { state: { lastIntent: "book_appointment", pendingActionId: "00000000-0000-4000-8000-000000000001" } });
    expect(t.yesToPending).toBe(true);
  });

  it("falls back to the conversation's language for language-less messages", () => {
    expect(understandText("8842", { state: { language: "pt", lastIntent: "order_status" } }).language).toBe("pt");
  });
});
