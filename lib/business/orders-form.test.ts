import { describe, expect, it } from "vitest";
import { orderFormSchema, orderFromForm } from "./orders-form";

const form = (fields: Record<string, string>) => orderFormSchema.parse({ number: "8842", status: "shipped", ...fields });

describe("the order form", () => {
  it("reads the phone in the workspace's country, the total as typed, lines and options", () => {
    const result = orderFromForm(form({ customerPhone: "612 34 56 78", total: "89,90", lines: "1x Cepillo eléctrico\n2x Recambio cabezal", deliveryOptions: "Entrega el sábado por la mañana\nRecogida en la clínica", eta: "2026-11-27" }), "ES");
    expect(result).toEqual({
      ok: true,
      order: expect.objectContaining({
        customerPhone: "34612345678",
        totalMicros: 89_900_000,
        currency: "EUR",
        eta: "2026-11-27",
        lines: [{ name: "Cepillo eléctrico", quantity: 1 }, { name: "Recambio cabezal", quantity: 2 }],
        deliveryOptions: ["Entrega el sábado por la mañana", "Recogida en la clínica"],
      }),
    });
  });

  it("says which field it could not read", () => {
    expect(orderFromForm(form({ customerPhone: "12" }), "ES")).toMatchObject({ ok: false, problem: "phone_invalid" });
    expect(orderFromForm(form({ total: "mucho" }), "ES")).toMatchObject({ ok: false, problem: "total_invalid" });
    expect(orderFromForm(form({ lines: "0x Nada" }), "ES")).toMatchObject({ ok: false, problem: "lines_invalid", value: "0x Nada" });
    expect(() => form({ status: "lost" })).toThrow();
    expect(() => form({ trackingUrl: "javascript:alert(1)" })).toThrow();
  });
});
