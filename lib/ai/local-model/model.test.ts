import { generateText, streamText } from "ai";
import { describe, expect, it } from "vitest";
import { systemPrompt } from "../pipeline/agent-step";
import { createLocalModel, LOCAL_MODEL_ID } from "../local-model";
import { conversation } from "./testing/converse";
import { demoBusiness } from "./testing/demo-business";
import { fakeTools } from "./testing/fake-business";

// Tuesday 24 November 2026, 10:00 in Madrid.
const NOW = "2026-11-24T10:00:00+01:00";
const chat = (opts: { customerName?: string; language?: "es" | "en" | "pt" } = {}) => conversation({ business: demoBusiness, now: NOW, ...opts });

describe("the local model through generateText", () => {
  it("order status: looks the order up and quotes it", async () => {
    const r = await chat().says("¿Dónde está mi pedido 8842?");
    expect(r.tools).toEqual(["lookupOrder"]);
    expect(r.calls[0].input).toEqual({ orderNumber: "8842" });
    expect(r.text).toContain("Tu pedido 8842 está enviado con SEUR");
    expect(r.text).toContain("viernes 27 de noviembre");
    expect(r.understanding).toMatchObject({ intent: "order_status", language: "es", entities: { orderNumber: "8842" } });
    expect(r.understanding!.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it("delivery change across two turns: options offered, then the one picked is proposed exactly as offered", async () => {
    const c = chat();
    const first = await c.says("Quiero cambiar la entrega del pedido 8842");
    expect(first.tools).toEqual(["lookupOrder"]);
    expect(first.text).toContain("Entrega el sábado por la mañana o Recogida en la clínica");
    expect(c.state.offered?.map((o) => o.kind)).toEqual(["delivery_option", "delivery_option"]);
    const second = await c.says("mejor la recogida en la clínica");
    expect(second.tools).toEqual(["lookupOrder", "changeDelivery"]);
    expect(second.calls[1].input).toEqual({ orderNumber: "8842", option: "Recogida en la clínica" });
    expect(second.text).toBe("¿Cambio la entrega del pedido 8842 a: Recogida en la clínica?");
    expect(second.understanding?.intent).toBe("delivery_change");
  });

  it("booking: finds slots for the service, day and part of day, then proposes the one chosen", async () => {
    const c = chat({ customerName: "Ana López" });
    const first = await c.says("Quiero pedir cita para una limpieza el viernes por la tarde");
    expect(first.tools).toEqual(["getBusinessFacts", "findSlots"]);
    expect(first.calls[1].input).toEqual({ service: "Limpieza dental", from: "2026-11-27T00:00:00+01:00", to: "2026-11-27T23:59:00+01:00", partOfDay: "afternoon", limit: 8 });
    expect(first.text).toBe("Tengo estos huecos libres para Limpieza dental:\nviernes 27 de noviembre, 17:00\nviernes 27 de noviembre, 17:30\n¿Cuál te va mejor?");
    const second = await c.says("la segunda");
    expect(second.tools).toEqual(["bookAppointment"]);
    expect(second.calls[0].input).toMatchObject({ startsAt: "2026-11-27T17:30:00+01:00", customerName: "Ana López" });
    expect(second.text).toBe("¿Te reservo una cita el viernes 27 de noviembre, 17:30?");
  });

  it("booking at an exact time that is free goes straight to the proposal", async () => {
    const r = await chat().says("Quero marcar uma limpeza na sexta às 17h");
    expect(r.tools).toEqual(["getBusinessFacts", "findSlots", "bookAppointment"]);
    expect(r.calls[2].input).toMatchObject({ startsAt: "2026-11-27T17:00:00+01:00" });
    expect(r.understanding?.language).toBe("pt");
  });

  it("FAQ: answers with the matching entry, and hands over when nothing matches", async () => {
    const hit = await chat().says("Hacéis envíos a Canarias?");
    expect(hit.tools).toEqual(["searchKnowledge"]);
    expect(hit.text).toBe("Sí, enviamos a Canarias en 3-5 días laborables.");
    const miss = await chat().says("¿Hacéis tatuajes?");
    expect(miss.tools).toContain("escalate");
    expect(miss.text).toContain("No tengo esa información");
    expect(miss.text).toContain("mañana a las 9:00");
  });

  it("a business fact answers what the FAQs do not", async () => {
    const r = await chat().says("¿Tenéis parking?");
    expect(r.text).toBe("Hay parking gratuito para clientes en el sótano.");
  });

  it("hours: the day asked about, exactly as labelled", async () => {
    const r = await chat().says("¿A qué hora abrís el sábado?");
    expect(r.calls[0]).toEqual({ name: "getBusinessFacts", input: { topics: ["hours", "holidays", "address"] } });
    expect(r.text).toBe("Sábado: 10:00–14:00.");
    const all = await chat({ language: "en" }).says("What are your opening hours?");
    expect(all.text).toContain("Lunes: 9:00–14:00 y 16:00–20:00");
    expect(all.text).toContain("we open mañana a las 9:00");
  });

  it("prices: the service named, with its price as given", async () => {
    const r = await chat().says("¿Cuánto cuesta el blanqueamiento?");
    expect(r.text).toBe("Blanqueamiento: 250,00 € (60 min).");
  });

  it("a person: escalates with the reason and says when the team will answer", async () => {
    const r = await chat().says("Quiero hablar con una persona");
    expect(r.calls[0]).toMatchObject({ name: "escalate", input: { reason: "human_request" } });
    expect(r.text).toBe("Te paso con una persona del equipo. Ahora estamos cerrados: te responderán mañana a las 9:00.");
    const angry = await chat().says("ESTO ES UNA VERGÜENZA, TERCERA VEZ QUE PREGUNTO");
    expect(angry.calls[0]).toMatchObject({ name: "escalate", input: { reason: "frustration" } });
  });

  it("greetings need no tool", async () => {
    const r = await chat({ customerName: "Ana López" }).says("Hola");
    expect(r.tools).toEqual([]);
    expect(r.text).toBe("¡Hola, Ana! ¿En qué puedo ayudarte?");
    expect(r.steps).toBe(1);
  });

  it("leads: records the interest, then asks the business's next question", async () => {
    const c = chat();
    const first = await c.says("Me interesa el plan premium");
    expect(first.calls[0]).toEqual({ name: "captureLead", input: { interest: "Me interesa el plan premium" } });
    expect(first.text).toContain("¿Cómo te llamas?");
    const second = await c.says("Soy Juan");
    expect(second.calls[0].input).toEqual({ fields: { name: "Juan" } });
  });
});

describe("the LanguageModelV3 contract", () => {
  it("reports its understanding, usage and model id on every step", async () => {
    const state = {};
    const result = await generateText({
      model: createLocalModel(),
      system: systemPrompt({ now: new Date(NOW), timezone: "Europe/Madrid", businessName: "Test", language: "es", state, customerName: null }),
      messages: [{ role: "user", content: "¿Dónde está mi pedido 8842?" }],
      tools: fakeTools(demoBusiness, state, []),
    });
    expect(result.response.modelId).toBe(LOCAL_MODEL_ID);
    expect(result.steps[0].finishReason).toBe("tool-calls");
    expect(result.steps[0].providerMetadata?.hilo).toMatchObject({ intent: "order_status" });
    expect(result.totalUsage.inputTokens).toBeGreaterThan(0);
    expect(result.totalUsage.outputTokens).toBeGreaterThan(0);
  });

  it("without tools or HILO_CONTEXT it still understands (current time, Europe/Madrid)", async () => {
    const result = await generateText({ model: createLocalModel(), messages: [{ role: "user", content: "Where is my order 1209?" }] });
    expect(result.providerMetadata?.hilo).toMatchObject({ intent: "order_status", language: "en", entities: { orderNumber: "1209" } });
    expect(result.text).toBeTruthy();
  });

  it("streams what it generates", async () => {
    const result = streamText({ model: createLocalModel(), messages: [{ role: "user", content: "hola" }] });
    expect(await result.text).toBe("¡Hola! ¿En qué puedo ayudarte?");
  });
});
