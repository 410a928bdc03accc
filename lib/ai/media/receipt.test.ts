import { describe, expect, it } from "vitest";
import { readReceipt } from "./receipt";
import { datesIn } from "./receipt-dates";
import { amountsIn, formatMoney, parseAmount } from "./receipt-money";

const totals = (text: string) => readReceipt(text).totals.map((t) => [t.amount, t.currency]);

describe("readReceipt on OCR text", () => {
  it("reads a Spanish supermarket ticket, ignoring VAT lines, the card line and the till numbers", () => {
    const text = `MERCADONA, S.A. A-46103834
C/ MAYOR 12 - 28013 MADRID
TELEFONO: 912 345 678
12/03/2024 18:42  OP: 118822
FACTURA SIMPLIFICADA: 2231-012-345678
Descripcion        P. Unit   Importe
1 LECHE ENTERA                 0,95
2 PAN BARRA        0,60        1,20
TOTAL (€)                     59,90
TARJETA BANCARIA              59,90
IVA  BASE IMPONIBLE (€)  CUOTA (€)
10%  12,34   1,23
TOTAL IVA 1,23`;
    const r = readReceipt(text);
    expect(r.totals).toEqual([{ amount: "59,90", currency: "EUR", micros: 59_900_000 }]);
    expect(r.orderNumbers).toEqual([]);
    expect(r.dates).toEqual(["2024-03-12"]);
  });

  it("reads an order confirmation screenshot in Spanish, with status-bar noise", () => {
    const text = `9:41 ..ıl 4G ■
← Pedido nº 8842
Gracias por tu compra, Lucía
Fecha del pedido: 3 de marzo de 2024
Subtotal 54,95 €
Envío 4,95 €
Total 59,90 €
Entrega estimada: 07/03/2024`;
    const r = readReceipt(text);
    expect(r.orderNumbers).toEqual(["8842"]);
    expect(totals(text)).toEqual([["59,90", "EUR"]]);
    expect(r.dates).toEqual(["2024-03-03", "2024-03-07"]);
  });

  it("reads an English shop's order with a lettered number", () => {
    const text = `Order #A-1209 confirmed
Thank you, James!
Placed on March 12, 2024
Subtotal      $49.00
Shipping       $5.00
Total     $54.00 USD`;
    const r = readReceipt(text);
    expect(r.orderNumbers).toEqual(["A-1209"]);
    expect(r.totals).toEqual([{ amount: "54.00", currency: "USD", micros: 54_000_000 }]);
    expect(r.dates).toEqual(["2024-03-12"]);
  });

  it("reads a Brazilian order in reais", () => {
    const text = `Loja Bela Vista
Número do pedido: 55120
Data: 12/03/2024 14:05
2x Camiseta básica  R$ 50,00
Frete R$ 20,00
Total: R$ 120,00
Pagamento: PIX`;
    const r = readReceipt(text);
    expect(r.orderNumbers).toEqual(["55120"]);
    expect(r.totals).toEqual([{ amount: "120,00", currency: "BRL", micros: 120_000_000 }]);
    expect(r.dates).toEqual(["2024-03-12"]);
  });

  it("reads through OCR's usual confusions", () => {
    const text = `Pedido n° 8842
T0TAL   S9, 9O €
N.º de pedido: 8842`;
    const r = readReceipt(text);
    expect(r.orderNumbers).toEqual(["8842"]);
    expect(r.totals).toEqual([{ amount: "59,90", currency: "EUR", micros: 59_900_000 }]);
  });

  it("takes the figure from the next line when OCR split the columns", () => {
    expect(totals("TOTAL A PAGAR\n1.234,56 €\nEFECTIVO 1.300,00\nCAMBIO 65,44")).toEqual([["1.234,56", "EUR"]]);
  });

  it("uses the receipt's currency for a bare total, and none when only '$' is written", () => {
    expect(totals("Camiseta 20,00 €\nTOTAL 59,90")).toEqual([["59,90", "EUR"]]);
    expect(totals("Orden #7781\nTotal: $1,250.00")).toEqual([["1,250.00", null]]);
  });

  it("keeps counts, subtotals and tax totals out of the totals", () => {
    const text = `Total artículos: 3
SUB TOTAL 50,00
Total impuestos 10,50
TOTAL IVA INCL. 60,50`;
    expect(totals(text)).toEqual([["60,50", null]]);
  });

  it("finds nothing in a photo without a receipt", () => {
    expect(readReceipt("Feliz cumpleaños\nMamá te quiere")).toEqual({ orderNumbers: [], totals: [], dates: [] });
    expect(readReceipt("Pedido realizado el 12/03/2024 por la web").orderNumbers).toEqual([]);
    expect(readReceipt("Pedido del 2024-03-12").orderNumbers).toEqual([]);
  });

  it("finds Amazon-style and marketplace numbers", () => {
    expect(readReceipt("Order # 123-4567890-1234567\nOrder Total: $23.99").orderNumbers).toEqual(["123-4567890-1234567"]);
    expect(readReceipt("Compra #2000003456789\nTotal $ 15.999").orderNumbers).toEqual(["2000003456789"]);
    expect(readReceipt("Encomenda n.º 1234-PT").orderNumbers).toEqual(["1234-PT"]);
  });
});

describe("amounts", () => {
  it("parses either decimal separator and thousands groups", () => {
    expect(parseAmount("1.234,56")?.micros).toBe(1_234_560_000);
    expect(parseAmount("1,234.56")?.micros).toBe(1_234_560_000);
    expect(parseAmount("€59.90")?.micros).toBe(59_900_000);
    expect(parseAmount("120")?.hasCents).toBe(false);
    expect(parseAmount("Sol")).toBeNull();
    expect(parseAmount("12/03/2024")).toBeNull();
  });

  it("attaches the currency written next to each figure", () => {
    expect(amountsIn("Total: R$ 120,00 (US$ 23.10)").map((m) => [m.amount, m.currency])).toEqual([
      ["120,00", "BRL"],
      ["23.10", "USD"],
    ]);
    expect(amountsIn("IVA 21% 10,40").map((m) => m.amount)).toEqual(["10,40"]);
  });

  it("reads a total back the way it is written", () => {
    expect(formatMoney({ amount: "59,90", currency: "EUR" })).toBe("59,90 €");
    expect(formatMoney({ amount: "120,00", currency: "BRL" })).toBe("R$ 120,00");
    expect(formatMoney({ amount: "1,250.00", currency: null })).toBe("1,250.00");
  });
});

describe("dates", () => {
  it("reads numeric dates day first unless impossible, and written-out months in three languages", () => {
    expect(datesIn("12/03/2024 · 03/25/2024 · 2024-04-01 · 5.6.24")).toEqual(["2024-03-12", "2024-03-25", "2024-04-01", "2024-06-05"]);
    expect(datesIn("12 de março de 2024; 1 mayo 2024; 31 dic. 2023")).toEqual(["2024-03-12", "2024-05-01", "2023-12-31"]);
    expect(datesIn("31/02/2024 and 18:42 and 12/34")).toEqual([]);
  });
});
