import { describe, expect, it } from "vitest";
import { isCardNumber, isCpf, isCuit, isCurp, isDniOrNie, isIban, isRfc, isRut } from "./checksums";
import { createVault, redact, redactDeep, restore, restoreDeep } from "./redact";

describe("check digits", () => {
  it.each([
    ["DNI", isDniOrNie, "12345678Z", "12345678A"],
    ["NIE", isDniOrNie, "X1234567L", "X1234567M"],
    ["CPF", isCpf, "529.982.247-25", "529.982.247-26"],
    ["CPF of one repeated digit", isCpf, "111.444.777-35", "111.111.111-11"],
    ["CUIT", isCuit, "20-12345678-6", "20-12345678-0"],
    ["RUT", isRut, "12.345.678-5", "12.345.678-9"],
    ["RUT ending in K", isRut, "10.000.013-K", "10.000.013-1"],
    ["CURP", isCurp, "BOXW310820HNERXN09", "BOXW310820HNERXN08"],
    ["RFC", isRfc, "GODE561231GR8", "GODE561331GR8"],
    ["IBAN", isIban, "ES91 2100 0418 4502 0005 1332", "ES91 2100 0418 4502 0005 1333"],
    ["card", isCardNumber, "4111 1111 1111 1111", "4111 1111 1111 1112"],
  ] as const)("%s: valid passes, one digit off fails", (_label, valid, good, bad) => {
    expect(valid(good)).toBe(true);
    expect(valid(bad)).toBe(false);
  });
});

describe("redact", () => {
  it.each([
    ["a Spanish mobile", "Llámame al 600 123 456, porfa", "Llámame al [PHONE_1], porfa"],
    ["an international number", "Mi número es +34 912 345 678.", "Mi número es [PHONE_1]."],
    ["a Brazilian mobile", "meu celular (11) 91234-5678", "meu celular [PHONE_1]"],
    ["a Mexican number", "mi cel es 55 1234 5678", "mi cel es [PHONE_1]"],
    ["an email", "escribe a Ana.Lopez@example.com por favor", "escribe a [EMAIL_1] por favor"],
    ["a DNI", "Mi DNI es 12345678Z", "Mi DNI es [ID_1]"],
    ["a NIE", "NIE: X-1234567-L", "NIE: [ID_1]"],
    ["a CURP", "CURP BOXW310820HNERXN09", "CURP [ID_1]"],
    ["an RFC", "RFC: GODE561231GR8", "RFC: [ID_1]"],
    ["a CPF", "CPF 529.982.247-25", "CPF [ID_1]"],
    ["a CUIT", "CUIT 20-12345678-6", "CUIT [ID_1]"],
    ["a RUT", "RUT 12.345.678-5", "RUT [ID_1]"],
    ["an IBAN", "IBAN ES91 2100 0418 4502 0005 1332 gracias", "IBAN [IBAN_1] gracias"],
    ["a card", "tarjeta 4111 1111 1111 1111", "tarjeta [CARD_1]"],
  ])("%s", (_label, text, expected) => {
    const { text: out, vault } = redact(text);
    expect(out).toBe(expected);
    expect(restore(out, vault)).toBe(text);
  });

  it.each([
    ["a DNI with the wrong letter", "DNI 12345678A"],
    ["a CPF with wrong check digits", "CPF 111.444.777-00"],
    ["a CUIT with the wrong check digit", "CUIT 20-12345678-0"],
    ["a RUT with the wrong verifier", "RUT 12.345.678-9"],
    ["a CURP with the wrong check digit", "CURP BOXW310820HNERXN08"],
    ["an IBAN failing mod 97", "IBAN ES91 2100 0418 4502 0005 1333"],
    ["a card failing Luhn", "tarjeta 4111 1111 1111 1112"],
    ["order and tracking numbers", "pedido 8842, seguimiento 1Z999AA10123456784"],
    ["prices, dates and times", "60,00 € el 2026-11-27T17:00:00+01:00, a las 10:00"],
    ["a uuid", "id 12345678-1234-4234-8234-123456789012"],
    ["a random eleven digits", "ref 12345678900"],
  ])("leaves %s alone", (_label, text) => {
    expect(redact(text).text).toBe(text);
  });

  it("gives the same value the same placeholder, and counts per kind", () => {
    const vault = createVault();
    expect(redact("+34 600 123 456 o 600123456; ana@x.es", vault).text).toBe("[PHONE_1] o [PHONE_1]; [EMAIL_1]");
    expect(redact("otro: 611 222 333, y ana@x.es otra vez", vault).text).toBe("otro: [PHONE_2], y [EMAIL_1] otra vez");
    expect(restore("Te llamo al [PHONE_2] o al [PHONE_1]. [PHONE_9] sigue igual.", vault)).toBe("Te llamo al 611 222 333 o al +34 600 123 456. [PHONE_9] sigue igual.");
  });

  it("redacts and restores inside objects, leaving numbers and keys alone", () => {
    const vault = createVault();
    const value = { email: "ana@example.com", items: [{ phone: "600 123 456", qty: 2 }], ok: true, amountMicros: 60000000 };
    const redacted = redactDeep(value, vault);
    expect(redacted).toEqual({ email: "[EMAIL_1]", items: [{ phone: "[PHONE_1]", qty: 2 }], ok: true, amountMicros: 60000000 });
    expect(restoreDeep(redacted, vault)).toEqual(value);
  });
});
