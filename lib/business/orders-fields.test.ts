import { describe, expect, it } from "vitest";
import { formatLines, parseLine, parseLines, parseOptions } from "./orders-fields";
import { normalizeOrderNumber, orderNumberKey } from "./orders-number";
import { orderStatusLabel, parseOrderStatus } from "./orders-status";

describe("order numbers as customers write them", () => {
  it.each([
    ["#8842", "8842"],
    ["8842", "8842"],
    ["pedido 8842", "8842"],
    ["Pedido #8842", "8842"],
    ["el pedido nº 8842", "8842"],
    ["mi pedido es el 8842", "8842"],
    ["Pedido número 8842.", "8842"],
    ["order no. 8842", "8842"],
    ["encomenda #8842", "8842"],
    ["SO-8842", "SO-8842"],
  ])("%s → %s", (raw, expected) => {
    expect(normalizeOrderNumber(raw)).toBe(expected);
  });

  it("refuses text without a number, or with two", () => {
    expect(normalizeOrderNumber("pedido")).toBeNull();
    expect(normalizeOrderNumber("hola")).toBeNull();
    expect(normalizeOrderNumber("8842 y 8843")).toBeNull();
  });

  it("compares numbers by their letters and digits only", () => {
    expect(orderNumberKey("SO-8842")).toBe(orderNumberKey("so 8842".replace(" ", "")));
  });
});

describe("order lines and options", () => {
  it("reads quantities before or after the name, one by default", () => {
    expect(parseLine("2x Camiseta")).toEqual({ name: "Camiseta", quantity: 2 });
    expect(parseLine("3 × Gorra azul")).toEqual({ name: "Gorra azul", quantity: 3 });
    expect(parseLine("Cepillo eléctrico x2")).toEqual({ name: "Cepillo eléctrico", quantity: 2 });
    expect(parseLine("Kit blanqueamiento")).toEqual({ name: "Kit blanqueamiento", quantity: 1 });
    expect(parseLine("0x Gorra")).toBeNull();
  });

  it("splits lines by | or line breaks and reports what it cannot read", () => {
    expect(parseLines("2x Camiseta|1x Gorra")).toEqual({ lines: [{ name: "Camiseta", quantity: 2 }, { name: "Gorra", quantity: 1 }], invalid: [] });
    expect(parseLines("2x Camiseta\n0x Nada").invalid).toEqual(["0x Nada"]);
    expect(formatLines([{ name: "Camiseta", quantity: 2 }], "|")).toBe("2x Camiseta");
  });

  it("keeps delivery options once each, trimmed", () => {
    expect(parseOptions(" Entrega el sábado | Recogida en la clínica|entrega el sábado ")).toEqual(["Entrega el sábado", "Recogida en la clínica"]);
  });
});

describe("order statuses", () => {
  it("reads in the customer's language", () => {
    expect(orderStatusLabel("pending", "es")).toBe("pendiente de pago");
    expect(orderStatusLabel("pending", "en")).toBe("pending payment");
    expect(orderStatusLabel("pending", "pt")).toBe("aguardando pagamento");
    expect(orderStatusLabel("shipped", "es")).toBe("enviado");
    expect(orderStatusLabel("shipped", "en")).toBe("shipped");
    expect(orderStatusLabel("delivered", "pt")).toBe("entregue");
    expect(orderStatusLabel("on_hold", "es")).toBe("on_hold");
  });

  it("understands codes, labels and common synonyms in imports", () => {
    expect(parseOrderStatus("shipped")).toBe("shipped");
    expect(parseOrderStatus("Enviado")).toBe("shipped");
    expect(parseOrderStatus("En reparto")).toBe("out_for_delivery");
    expect(parseOrderStatus("out for delivery")).toBe("out_for_delivery");
    expect(parseOrderStatus("Entregue")).toBe("delivered");
    expect(parseOrderStatus("Pendiente de pago")).toBe("pending");
    expect(parseOrderStatus("canceled")).toBe("cancelled");
    expect(parseOrderStatus("perdido")).toBeNull();
  });
});
