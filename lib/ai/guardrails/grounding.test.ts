import { describe, expect, it } from "vitest";
import type { Evidence, Language } from "../types";
import { checkGrounding } from "./grounding";

// Friday 20 November 2026, 11:00 in Madrid. The order's ETA, 2026-11-27, is the next Friday.
const now = new Date("2026-11-20T10:00:00Z");
const timeZone = "Europe/Madrid";

const order: Evidence = { source: "order", id: "o1", text: "order 8842; status shipped (enviado); carrier SEUR; tracking 1Z999AA10123456784; https://seur.com/t/1Z999; eta 2026-11-27; total 60,00 €; 2x Camiseta" };
const evidence: Evidence[] = [
  order,
  { source: "service", id: "s1", text: "service Limpieza dental; price 60,00 €; duration 45 minutes" },
  { source: "slot", text: "slot 2026-11-21T10:00:00+01:00 sábado 21 de noviembre, 10:00 with Ana" },
  { source: "slot", text: "slot 2026-11-23T17:30:00+01:00 lunes 23 de noviembre, 17:30 with Ana" },
  { source: "hours", text: "lunes: 9:00–14:00 y 16:00–20:00" },
  { source: "hours", text: "viernes: 9:00–15:00" },
  { source: "fact", text: "address: Calle Mayor 12, 28013 Madrid" },
  { source: "fact", text: "phone: +34 912 345 678" },
  { source: "fact", text: "email: hola@clinica.es" },
  { source: "fact", text: "website: https://www.clinica.es" },
  { source: "knowledge", text: "¿Cuánto tarda el envío? El envío tarda entre 3 y 5 días laborables." },
];

const check = (draft: string, language: Language = "es", customerText = "", ev = evidence) => checkGrounding(draft, ev, { customerText, language, now, timeZone });

describe("checkGrounding: the acceptance cases", () => {
  it("catches an invented price", () => {
    const r = check("La limpieza cuesta 45 €.");
    expect(r.ok).toBe(false);
    expect(r.unsupported).toEqual([{ claim: "45 €", kind: "amount" }]);
  });
  it("catches an invented delivery day", () => {
    const r = check("Tu pedido llegará el lunes.");
    expect(r.ok).toBe(false);
    expect(r.unsupported).toEqual([{ claim: "lunes", kind: "deadline" }]);
  });
  it("catches an invented order status", () => {
    const r = check("Tu pedido ya está entregado.");
    expect(r.ok).toBe(false);
    expect(r.unsupported).toEqual([{ claim: "entregado", kind: "status" }]);
  });
  it("passes the faithful versions", () => {
    expect(check("Tu pedido #8842 está enviado y llegará el viernes 27 de noviembre. El total es de 60 €.")).toEqual({ ok: true, unsupported: [] });
    expect(check("La limpieza dental cuesta 60,00 € y dura 45 minutos.").ok).toBe(true);
  });
});

describe("checkGrounding: the same value in another format passes", () => {
  it.each([
    ["amount without decimals", "Son 60 euros."],
    ["amount spelled out", "Son sesenta euros."],
    ["amount with the symbol first", "Son €60."],
    ["ETA as a numeric date", "Llegará el 27/11."],
    ["ETA with its weekday", "Llegará el viernes 27."],
    ["ETA as a bare weekday within the week", "Llegará el viernes."],
    ["'en camino' for a shipped order", "Tu pedido 8842 ya está en camino."],
    ["a negated status the data agrees with", "Todavía no está entregado: está en camino."],
    ["order number with 'pedido'", "He mirado el pedido 8842."],
    ["slot as tomorrow", "Tengo hueco mañana a las 10:00."],
    ["slot by weekday", "También el lunes a las 17:30."],
    ["slot by date", "O el sábado 21 de noviembre a las 10:00."],
    ["opening hours with a weekday", "El lunes abrimos de 9:00 a 14:00."],
    ["street abbreviated", "Estamos en C/ Mayor, 12."],
    ["phone without country code", "Llámanos al 912 345 678."],
    ["email", "Escríbenos a hola@clinica.es."],
    ["website without www", "Más información en clinica.es"],
    ["tracking link", "Puedes seguirlo aquí: https://seur.com/t/1Z999"],
    ["shipping time range", "El envío tarda de 3 a 5 días laborables."],
    ["a reply with no claims", "¡Hola! ¿En qué puedo ayudarte?"],
    ["the disclosure", "Hola, soy el asistente automático de Clínica Sol. Si prefieres hablar con una persona, dímelo."],
    ["the assistant sending a link is not a status", "Te he enviado el enlace de seguimiento."],
  ])("%s", (_label, draft) => {
    expect(check(draft)).toEqual({ ok: true, unsupported: [] });
  });
});

describe("checkGrounding: unsupported claims are caught", () => {
  it.each([
    ["a price in another currency", "Son $60.00.", "amount"],
    ["a delivery tomorrow", "Te llegará mañana.", "deadline"],
    ["a delivery in 2 days", "Te llegará en 2 días.", "deadline"],
    ["a weekday that is not the 27th's", "Llegará el jueves 27.", "deadline"],
    ["a time with no slot", "Tengo hueco mañana a las 11:00.", "time"],
    ["a time that exists on another day only", "Tengo hueco mañana a las 17:30.", "time"],
    ["a status negated against the data", "Tu pedido todavía no está enviado.", "status"],
    ["a cancelled order", "Tu pedido está cancelado.", "status"],
    ["another phone", "Llámanos al 600 111 222.", "phone"],
    ["another house number", "Estamos en la Calle Mayor 14.", "address"],
    ["another email", "Escríbenos a info@clinica.es.", "email"],
    ["a deeper link than the data has", "Mira las ofertas en https://clinica.es/ofertas", "url"],
    ["a duration nobody gave", "Te respondemos en 24 horas.", "duration"],
    ["another order number", "Tu pedido #9911 está enviado.", "order_number"],
  ])("%s", (_label, draft, kind) => {
    const r = check(draft);
    expect(r.ok).toBe(false);
    expect(r.unsupported.map((u) => u.kind)).toContain(kind);
  });

  it("reports every unsupported claim once, and only those", () => {
    const r = check("Tu pedido #8842 está entregado, cuesta 45 € y llega el lunes. Cuesta 45 €.");
    expect(r.unsupported).toEqual([
      { claim: "entregado", kind: "status" },
      { claim: "45 €", kind: "amount" },
      { claim: "lunes", kind: "deadline" },
    ]);
  });

  it("fails everything when there is no evidence", () => {
    expect(check("Cuesta 60 € y llega mañana.", "es", "", []).unsupported.map((u) => u.kind)).toEqual(["amount", "deadline"]);
  });
});

describe("checkGrounding: the customer's own words", () => {
  it("support what the customer can know: their order number, a time they proposed, their email", () => {
    expect(check("Vale, miro el pedido 5120.", "es", "Hola, ¿qué pasa con mi pedido 5120?", []).ok).toBe(true);
    expect(check("Anoto tu correo ana@example.com.", "es", "mi correo es ana@example.com", []).ok).toBe(true);
    expect(check("El sábado a las 10:00 lo tengo libre.", "es", "¿Tenéis algo el sábado a las 10?", evidence).ok).toBe(true);
  });
  it("never support a price, a status or a delivery date the customer asked about", () => {
    expect(check("Sí, cuesta 45 €.", "es", "¿Cuesta 45 €?").ok).toBe(false);
    expect(check("Sí, ya está entregado.", "es", "¿Ya está entregado?").ok).toBe(false);
    expect(check("Sí, llega el lunes.", "es", "¿Llega el lunes?").ok).toBe(false);
  });
});

describe("checkGrounding on the local engine's own replies", () => {
  it("passes a week of opening hours listed one day a line", () => {
    const hours: Evidence[] = ["Monday: 7:00–22:00 07:00-22:00", "Friday: 7:00–22:00 07:00-22:00", "Saturday: 9:00–14:00 09:00-14:00", "holiday 2026-12-24 Christmas Eve closed"].map((text) => ({ source: "hours", text }));
    const draft = "Our opening hours:\nMonday: 7:00–22:00\nFriday: 7:00–22:00\nSaturday: 9:00–14:00\nClosed on: Thursday 24 December (Christmas Eve).";
    expect(check(draft, "en", "", hours)).toEqual({ ok: true, unsupported: [] });
  });
  it("reads a date in the language it is written in, whatever the reply's language", () => {
    const ev: Evidence[] = [{ source: "order", text: "order 10234; status shipped (enviado); eta 2026-12-04; options: Retirar na loja da Rua Augusta | Entregar no sábado, 5 de dezembro" }];
    const draft = "O seu pedido 10234 está enviado.\nPrevisão de entrega: sexta-feira, 4 de dezembro.\nPosso alterar a entrega para: Retirar na loja da Rua Augusta ou Entregar no sábado, 5 de dezembro.";
    expect(checkGrounding(draft, ev, { customerText: "", language: "pt", now, timeZone: "America/Sao_Paulo" })).toEqual({ ok: true, unsupported: [] });
  });
  it("finds a street the business wrote without 'calle'", () => {
    const ev: Evidence[] = [{ source: "fact", text: "dirección: Mayor, nº 12 (2ª planta), Madrid" }];
    expect(check("Estamos en la Calle Mayor 12.", "es", "", ev).ok).toBe(true);
    expect(check("Estamos en la Calle Mayor 21.", "es", "", ev).ok).toBe(false);
  });
  it("finds no claim in the holding replies", () => {
    for (const draft of [
      "Quero ter certeza de te passar a informação correta: vou encaminhar para uma pessoa da equipe, que vai te responder assim que puder.",
      "I want to make sure I give you the right information, so I'm passing this to a person on the team, who will reply as soon as they can.",
    ])
      expect(checkGrounding(draft, [], { customerText: "", language: draft.startsWith("Q") ? "pt" : "en", now, timeZone })).toEqual({ ok: true, unsupported: [] });
  });
});

describe("checkGrounding in English", () => {
  const en: Evidence[] = [
    { source: "order", text: "order 8842; status shipped (shipped); eta 2026-11-27; total $1,299.00" },
    { source: "hours", text: "Monday: 9:00–14:00 and 16:00–20:00" },
  ];
  it.each([
    "Your order #8842 has shipped and should arrive on Friday, November 27.",
    "It's on its way and the total was $1299.",
    "On Monday we open at 9am.",
    "It will arrive on 11/27.",
  ])("passes %s", (draft) => expect(check(draft, "en", "", en)).toEqual({ ok: true, unsupported: [] }));
  it.each([
    ["Your order was delivered yesterday.", "status"],
    ["It arrives tomorrow.", "deadline"],
    ["The total is $1,199.00.", "amount"],
    ["On Monday we open at 8am.", "time"],
  ])("catches %s", (draft, kind) => expect(check(draft, "en", "", en).unsupported.map((u) => u.kind)).toContain(kind));
});

describe("checkGrounding in Portuguese", () => {
  const pt: Evidence[] = [
    { source: "order", text: "order 8842; status shipped (enviado); eta 2026-11-27; total R$ 60,00" },
    { source: "slot", text: "slot 2026-11-21T10:00:00-03:00 sábado, 21 de novembro às 10:00 with Bia" },
  ];
  const checkPt = (draft: string) => checkGrounding(draft, pt, { customerText: "", language: "pt", now, timeZone: "America/Sao_Paulo" });
  it.each([
    "Sua encomenda 8842 foi enviada e chega no dia 27 de novembro. Total: R$ 60,00.",
    "Já está a caminho e chega na sexta-feira, 27/11.",
    "Tenho horário amanhã às 10h.",
  ])("passes %s", (draft) => expect(checkPt(draft)).toEqual({ ok: true, unsupported: [] }));
  it.each([
    ["Sua encomenda já foi entregue.", "status"],
    ["Chega amanhã.", "deadline"],
    ["Custa R$ 45,00.", "amount"],
    ["Tenho horário amanhã às 11h.", "time"],
  ])("catches %s", (draft, kind) => expect(checkPt(draft).unsupported.map((u) => u.kind)).toContain(kind));
});
