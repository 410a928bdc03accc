import { describe, expect, it } from "vitest";
import { INTENTS } from "../types";
import { PHRASINGS } from "./testing/phrasings";
import { REGIONAL_PHRASINGS } from "./testing/phrasings-regional";
import { understandText } from "./testing/understand-text";
import { scoreIntents } from "./intents";

describe("intent and language of a message, without context", () => {
  for (const [intent, byLanguage] of Object.entries(PHRASINGS)) {
    const all = Object.entries(byLanguage).flatMap(([language, texts]) => texts.map((text) => [text, language] as const));
    it(`${intent}: ${all.length} phrasings in es / en / pt`, () => {
      expect(all.length).toBeGreaterThanOrEqual(10);
      const wrong = all.map(([text, language]) => ({ text, language, got: understandText(text) })).filter((c) => c.got.intent !== intent || c.got.language !== c.language);
      expect(wrong.map((w) => `${w.text} → ${w.got.intent}/${w.got.language}`)).toEqual([]);
    });
  }

  it("regional wording, other businesses and past mistakes", () => {
    const wrong = REGIONAL_PHRASINGS.map(([text, intent, language]) => ({ text, intent, language, got: understandText(text) })).filter((c) => c.got.intent !== c.intent || c.got.language !== c.language);
    expect(wrong.map((w) => `${w.text} → ${w.got.intent}/${w.got.language} (expected ${w.intent}/${w.language})`)).toEqual([]);
  });

  it("covers every intent but 'other' with phrasings in all three languages", () => {
    for (const intent of INTENTS.filter((i) => i !== "other")) {
      const byLanguage = PHRASINGS[intent as keyof typeof PHRASINGS];
      expect(Object.keys(byLanguage).sort()).toEqual(["en", "es", "pt"]);
    }
  });
});

describe("confidence", () => {
  it("is high for a clear request with what it needs", () => {
    expect(understandText("¿Dónde está mi pedido 8842?").confidence).toBeGreaterThanOrEqual(0.85);
    expect(understandText("Quiero pedir cita para el viernes por la tarde").confidence).toBeGreaterThanOrEqual(0.85);
    expect(understandText("I want to speak to a human").confidence).toBeGreaterThanOrEqual(0.85);
  });

  it("is lower for a bare question and below 0.5 when nothing matched", () => {
    const question = understandText("¿y eso cómo va?");
    expect(question.confidence).toBeLessThan(0.85);
    const nothing = understandText("ayer fui al cine con mi hermana");
    expect(nothing.intent).toBe("other");
    expect(nothing.confidence).toBeLessThan(0.5);
  });

  it("stays within [0, 1]", () => {
    for (const text of ["hola", "ESTO ES UNA VERGÜENZA!!!", "x", "", "8842"]) {
      const { confidence } = understandText(text);
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe("scoring details", () => {
  it("reads typos, missing accents and chat shorthand", () => {
    expect(understandText("kiero una sita pa mañana").intent).toBe("book_appointment");
    expect(understandText("q orario tienen").intent).toBe("hours_location");
    expect(understandText("donde esta mi pedio 7731").intent).toBe("order_status");
    expect(understandText("cuanto cuesta la limpiesa").intent).toBe("prices_services");
  });

  it("does not read a real word as a typo of another ('hasta' is not 'harta', 'quedarme' is not 'quejarme')", () => {
    expect(scoreIntents("¿Hasta qué hora está abierto hoy?", "es").scores.complaint).toBe(0);
    expect(scoreIntents("¿Me recomendás algún hotel cerca para quedarme?", "es").scores.complaint).toBe(0);
    expect(scoreIntents("Queria falar com a Marta", "pt").scores.complaint).toBe(0);
  });

  it("hears shouting as anger", () => {
    const t = understandText("ES LA TERCERA VEZ QUE PREGUNTO POR MI PEDIDO");
    expect(t.intent).toBe("complaint");
    expect(t.escalate).toBe("frustration");
  });

  it("sends sensitive matters and contract endings to a person", () => {
    expect(understandText("Me cayó cloro en el ojo y me arde, ¿qué hago?").escalate).toBe("sensitive");
    expect(understandText("Quiero borrar mis datos, RGPD").escalate).toBe("sensitive");
    const contract = understandText("I want to cancel my membership");
    expect([contract.intent, contract.escalate]).toEqual(["other", "out_of_scope"]);
    expect(understandText("Quiero darme de baja del gimnasio").escalate).toBe("out_of_scope");
    expect(understandText("darme de baja de los mensajes").intent).toBe("opt_out");
  });
});
