import { describe, expect, it } from "vitest";
import type { Language } from "../types";
import { extractClaims } from "./claims";

// Friday 20 November 2026, 11:00 in Madrid.
const now = new Date("2026-11-20T10:00:00Z");
const claims = (text: string, language: Language = "es", timeZone = "Europe/Madrid") => extractClaims(text, { language, now, timeZone });
const pairs = (text: string, language: Language = "es") => claims(text, language).map((c) => [c.kind, c.normalized]);

describe("extractClaims", () => {
  it("copes with empty text, emoji and stray symbols", () => {
    expect(claims("")).toEqual([]);
    expect(claims("👍🏽 ¡¡Genial!! :) #")).toEqual([]);
    expect(claims("Cuesta 60 € 😊")).toEqual([{ kind: "amount", text: "60 €", normalized: "60.00 EUR" }]);
  });
});

describe("extractClaims: amounts", () => {
  it.each([
    ["Cuesta 60 €.", "60.00 EUR"],
    ["Cuesta 60,00 €.", "60.00 EUR"],
    ["Cuesta €60.", "60.00 EUR"],
    ["Cuesta 60 euros.", "60.00 EUR"],
    ["Cuesta sesenta euros.", "60.00 EUR"],
    ["Son 1.299,00 €.", "1299.00 EUR"],
    ["Son 1.299 €.", "1299.00 EUR"],
    ["It is $1,299.00.", "1299.00 $"],
    ["Custa R$ 60,00.", "60.00 BRL"],
    ["Son 15.990 pesos.", "15990.00 $"],
    ["Son 25 USD.", "25.00 USD"],
    ["Es gratis.", "0.00 *"],
  ])("%s → %s", (text, normalized) => {
    expect(pairs(text)).toEqual([["amount", normalized]]);
  });
  it("keeps the text as written", () => {
    expect(claims("Total: 60,00 €")).toEqual([{ kind: "amount", text: "60,00 €", normalized: "60.00 EUR" }]);
  });
  it("does not take counts, percentages or bare numbers for prices", () => {
    expect(claims("Tenemos 3 opciones para 2 personas, con un 10% menos.")).toEqual([]);
  });
});

describe("extractClaims: dates, times and deadlines (in the workspace's clock)", () => {
  it("reads a written date with its weekday and a time", () => {
    expect(pairs("El jueves 26 de noviembre a las 17:00")).toEqual([
      ["date", "2026-11-26"],
      ["time", "17:00"],
    ]);
  });
  it.each([
    ["es", "Llega mañana.", "2026-11-21"],
    ["es", "Te llegará en 2 días.", "2026-11-22"],
    ["es", "Lo recibirás pasado mañana.", "2026-11-22"],
    ["es", "Llegará el 27 de noviembre.", "2026-11-27"],
    ["en", "It arrives tomorrow.", "2026-11-21"],
    ["en", "It will arrive in 2 weeks.", "2026-12-04"],
    ["pt", "Chega amanhã.", "2026-11-21"],
    ["pt", "Chega em 2 dias.", "2026-11-22"],
  ] as const)("deadline: %s %s", (language, text, date) => {
    expect(pairs(text, language)).toEqual([["deadline", date]]);
  });
  it.each([
    ["es", "el viernes 27", "2026-11-27"],
    ["es", "el 27/11/2026", "2026-11-27"],
    ["es", "el día 3", "2026-12-03"],
    ["es", "hoy", "2026-11-20"],
    ["es", "el lunes", "2026-11-23"],
    ["en", "on Thursday, November 26", "2026-11-26"],
    ["en", "on the 27th", "2026-11-27"],
    ["pt", "na quinta-feira, 26 de novembro", "2026-11-26"],
    ["pt", "na segunda", "2026-11-23"],
  ] as const)("date: %s %s", (language, text, date) => {
    expect(pairs(text, language)).toEqual([["date", date]]);
  });
  it.each([
    ["es", "a las 17:00", "17:00"],
    ["es", "a las 5 de la tarde", "17:00"],
    ["es", "a las 10 y media", "10:30"],
    ["es", "a las 17 h", "17:00"],
    ["es", "sobre las 9:30", "09:30"],
    ["en", "at 5pm", "17:00"],
    ["en", "at 10:30 a.m.", "10:30"],
    ["pt", "às 17h", "17:00"],
    ["pt", "às 10h30", "10:30"],
  ] as const)("time: %s %s", (language, text, time) => {
    expect(pairs(text, language)).toEqual([["time", time]]);
  });
  it("reads both ends of opening hours", () => {
    expect(pairs("De 9 a 14 horas y de 16:30 a 20h.").map(([, v]) => v)).toEqual(["09:00", "14:00", "16:30", "20:00"]);
    expect(pairs("Funcionamos das 9h às 18h.", "pt").map(([, v]) => v)).toEqual(["09:00", "18:00"]);
  });
  it("converts ISO instants to the workspace's clock", () => {
    expect(pairs("slot 2026-11-21T09:00:00.000Z")).toEqual([
      ["date", "2026-11-21"],
      ["time", "10:00"],
    ]);
    expect(claims("slot 2026-11-21T02:00:00Z", "es", "America/Mexico_City").map((c) => c.normalized)).toEqual(["2026-11-20", "20:00"]);
  });
  it("does not take mornings, 'now', ordinals or figures of speech for dates", () => {
    expect(claims("¿Te viene mejor por la mañana o por la tarde? Ahora mismo lo miro.")).toEqual([]);
    expect(claims("Un segundo, lo miro en un minuto. ¡Que tengas un buen día!")).toEqual([]);
    expect(claims("Give me a second, I'll check in a minute. The 3rd option is the best. Next week too.", "en")).toEqual([]);
    expect(claims("Na segunda opção o valor muda. Quero ter certeza.", "pt")).toEqual([]);
    expect(claims("Mar y montaña. Dom Pérignon.")).toEqual([]);
  });
  it("reads abbreviated weekdays and months next to times", () => {
    expect(pairs("We have: Tue 1 Dec 10:00, Wed 2 Dec 11:30.", "en")).toEqual([
      ["date", "2026-12-01"],
      ["time", "10:00"],
      ["date", "2026-12-02"],
      ["time", "11:30"],
    ]);
  });
});

describe("extractClaims: durations", () => {
  it.each([
    ["La sesión dura 45 minutos.", "45 min"],
    ["Tarda 3-5 días laborables.", "3-5 bd"],
    ["Tarda entre 3 y 5 días hábiles.", "3-5 bd"],
    ["Son 2 horas.", "2 h"],
    ["Dura una hora.", "1 h"],
    ["Dura media hora.", "30 min"],
    ["Tarda 48 horas.", "2 d"],
    ["It takes 2 to 3 business days.", "2-3 bd"],
  ])("%s → %s", (text, normalized) => {
    expect(pairs(text, text.startsWith("It") ? "en" : "es")).toEqual([["duration", normalized]]);
  });
});

describe("extractClaims: references, statuses and contacts", () => {
  it.each([
    ["Tu pedido #8842", "8842"],
    ["el pedido 8842", "8842"],
    ["pedido nº 8842", "8842"],
    ["order #A-1234", "A1234"],
    ["a encomenda 8842", "8842"],
  ])("order number in %s", (text, normalized) => {
    expect(pairs(text, text.startsWith("order") ? "en" : text.startsWith("a ") ? "pt" : "es")).toEqual([["order_number", normalized]]);
  });
  it.each([
    ["es", "Tu pedido está enviado.", "shipped"],
    ["es", "Ya está entregado.", "delivered"],
    ["es", "Está en camino.", "in_transit"],
    ["es", "Tu cita está confirmada.", "booked"],
    ["es", "Todavía no está entregado.", "not delivered"],
    ["en", "It has shipped.", "shipped"],
    ["en", "Your order was cancelled.", "cancelled"],
    ["pt", "Já foi entregue.", "delivered"],
    ["pt", "Sua encomenda foi enviada.", "shipped"],
  ] as const)("status: %s %s", (language, text, normalized) => {
    expect(pairs(text, language).filter(([k]) => k === "status")).toEqual([["status", normalized]]);
  });
  it("does not read the assistant's own sending or waiting as a status", () => {
    expect(claims("Te he enviado el enlace. Quedo pendiente de tu respuesta.")).toEqual([]);
  });
  it("reads phones, emails, links and addresses", () => {
    expect(pairs("Llámanos al +34 912 345 678 o al 600-123-456, escribe a Hola@Clinica.es o entra en https://www.clinica.es/citas/.")).toEqual([
      ["phone", "+34912345678"],
      ["phone", "600123456"],
      ["email", "hola@clinica.es"],
      ["url", "clinica.es/citas"],
    ]);
    expect(pairs("Estamos en C/ Alcalá, 20 y en la Avenida de la Constitución 45.")).toEqual([
      ["address", "calle alcala 20"],
      ["address", "avenida constitucion 45"],
    ]);
    expect(pairs("Rua Augusta, 100", "pt")).toEqual([["address", "rua augusta 100"]]);
    expect(pairs("221 Baker Street", "en")).toEqual([["address", "street baker 221"]]);
  });
  it("does not read a lowercase phrase as a street", () => {
    expect(claims("En la plaza hay 3 sitios libres.")).toEqual([]);
  });
});
