import { describe, expect, it } from "vitest";
import { extractEmail, extractName, extractOrderNumber, extractPhone } from "./entities";

describe("extractOrderNumber", () => {
  it.each([
    ["¿Dónde está mi pedido #8842?", "8842"],
    ["pedido 8842", "8842"],
    ["order no. A-1209 please", "A-1209"],
    ["Hola, mi pedido número 8842 no llega", "8842"],
    ["Meu pedido é o 55123", "55123"],
    ["encomenda nº PT-2024-77", "PT-2024-77"],
    ["ya mandaron mi paquete? es el MX-7781", "MX-7781"],
    ["8842", "8842"],
    ["es el 8842", "8842"],
  ])("%s → %s", (text, number) => expect(extractOrderNumber(text)).toBe(number));

  it("takes a bare number only when one is expected", () => {
    expect(extractOrderNumber("no me llega nada y ya hace 4412 años", false)).toBeUndefined();
    expect(extractOrderNumber("no me llega nada, es el 4412 creo", true)).toBe("4412");
  });

  it("ignores times, amounts, small counts and phone numbers", () => {
    expect(extractOrderNumber("quiero cita a las 17h")).toBeUndefined();
    expect(extractOrderNumber("mi pedido de 25€")).toBeUndefined();
    expect(extractOrderNumber("tengo 2 pedidos")).toBeUndefined();
    expect(extractOrderNumber("llamadme al 612345678", true)).toBeUndefined();
  });
});

describe("contact details and names", () => {
  it("finds emails and phones", () => {
    expect(extractEmail("mi correo es ana.garcia+1@mail.es, gracias")).toBe("ana.garcia+1@mail.es");
    expect(extractPhone("mi telefono es 612 345 678")).toBe("612345678");
    expect(extractPhone("call me on +44 7700 900123")).toBe("+447700900123");
    expect(extractPhone("el 27/11/2026")).toBeUndefined();
  });

  it.each([
    ["me llamo ana garcía y quiero info", "Ana García"],
    ["Soy Marta, quería saber precios", "Marta"],
    ["I'm John Smith", "John Smith"],
    ["my name is Priya", "Priya"],
    ["meu nome é João Pedro", "João Pedro"],
  ])("%s → %s", (text, name) => expect(extractName(text)).toBe(name));

  it("does not take ordinary words for names", () => {
    expect(extractName("I'm interested in the gym")).toBeUndefined();
    expect(extractName("soy cliente desde hace años")).toBeUndefined();
  });
});
