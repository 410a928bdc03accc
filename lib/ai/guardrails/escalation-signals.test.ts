import { describe, expect, it } from "vitest";
import type { Language } from "../types";
import { detectEscalation } from "./escalation-signals";

const ALL_TOPICS = ["payments", "legal", "health", "data_request"];
const detect = (text: string, language: Language = "es", history: { customerTexts?: string[]; failures?: number } = {}, sensitiveTopics = ALL_TOPICS) =>
  detectEscalation(text, { language, history: { customerTexts: history.customerTexts ?? [], failures: history.failures ?? 0 }, sensitiveTopics });

describe("detectEscalation: asking for a person", () => {
  it.each([
    ["es", "Quiero hablar con una persona"],
    ["es", "¿Me pasas con un humano, por favor?"],
    ["es", "Agente"],
    ["es", "necesito hablar con alguien de verdad"],
    ["es", "Prefiero una persona real"],
    ["es", "no quiero hablar con un bot"],
    ["en", "Can I talk to someone?"],
    ["en", "I want to speak with a real person"],
    ["en", "human please"],
    ["pt", "Quero falar com um atendente"],
    ["pt", "atendimento humano, por favor"],
    ["pt", "Atendente"],
  ] as const)("%s: %s", (language, text) => {
    expect(detect(text, language).reason).toBe("human_request");
  });
  it("outranks frustration and sensitive topics", () => {
    const r = detect("ESTOY HARTO, quiero hablar con una persona por el reembolso");
    expect(r.reason).toBe("human_request");
    expect(r.signals).toEqual(expect.arrayContaining(["human_request", "frustration:lexicon:estoy harto"]));
    expect(r.signals.some((s) => s.startsWith("sensitive:payments"))).toBe(true);
  });
});

describe("detectEscalation: frustration", () => {
  it.each([
    ["es", "Esto es una vergüenza, sois unos inútiles"],
    ["es", "Estoy harta de esperar"],
    ["en", "This is ridiculous, you are useless"],
    ["pt", "Que palhaçada, vocês são um lixo"],
  ] as const)("lexicon %s: %s", (language, text) => {
    const r = detect(text, language);
    expect(r.reason).toBe("frustration");
    expect(r.signals.some((s) => s.startsWith("frustration:lexicon"))).toBe(true);
  });
  it("notices shouting and runs of !!! or ???", () => {
    expect(detect("DONDE ESTA MI PEDIDO").signals).toContain("frustration:caps");
    expect(detect("¿Dónde está mi pedido???").signals).toContain("frustration:punctuation");
    expect(detect("Contestad ya!!!").reason).toBe("frustration");
  });
  it("does not take a shouted thank-you for anger", () => {
    expect(detect("MUCHAS GRACIAS!!!")).toEqual({ reason: null, signals: [] });
    expect(detect("Obrigada!!! Perfeito", "pt").reason).toBeNull();
  });
  it("escalates after two failures in a row", () => {
    expect(detect("ok", "es", { failures: 1 }).reason).toBeNull();
    const r = detect("ok", "es", { failures: 2 });
    expect(r.reason).toBe("frustration");
    expect(r.signals).toEqual(["frustration:failures:2"]);
  });
  it("notices the same question asked again, whatever the accents and punctuation", () => {
    const history = { customerTexts: ["Hola", "¿Cuándo llega mi pedido 8842?", "vale"] };
    const r = detect("cuando llega mi pedido 8842", "es", history);
    expect(r.reason).toBe("frustration");
    expect(r.signals).toEqual(["frustration:repeated_question"]);
  });
  it("does not count short replies repeated", () => {
    expect(detect("sí", "es", { customerTexts: ["sí", "vale"] }).reason).toBeNull();
    expect(detect("Hola", "es", { customerTexts: ["Hola"] }).reason).toBeNull();
  });
  it("leaves calm messages alone", () => {
    expect(detect("Hola, ¿a qué hora abrís el sábado?")).toEqual({ reason: null, signals: [] });
    expect(detect("Hi! Could I book a cleaning next week?", "en")).toEqual({ reason: null, signals: [] });
    expect(detect("Bom dia, qual o valor da consulta?", "pt")).toEqual({ reason: null, signals: [] });
  });
});

describe("detectEscalation: sensitive topics", () => {
  it.each([
    ["payments", "es", "Me habéis cobrado dos veces, quiero un reembolso"],
    ["payments", "es", "Tengo un cargo duplicado en la tarjeta"],
    ["payments", "en", "I want a refund"],
    ["payments", "pt", "Quero o estorno da compra"],
    ["legal", "es", "Voy a hablarlo con mi abogado"],
    ["legal", "es", "Pondré una denuncia"],
    ["legal", "en", "I'll contact my lawyer"],
    ["legal", "pt", "Vou falar com meu advogado e abrir reclamação no Procon"],
    ["health", "es", "Tengo un dolor fuerte en la muela y sangrado"],
    ["health", "en", "It's an emergency, he is bleeding"],
    ["health", "pt", "Estou com muita dor"],
    ["data_request", "es", "Quiero que borréis mis datos"],
    ["data_request", "es", "Ejerzo mi derecho de supresión según el RGPD"],
    ["data_request", "en", "Please delete my data under GDPR"],
    ["data_request", "pt", "Quero excluir meus dados, conforme a LGPD"],
  ] as const)("%s (%s): %s", (topic, language, text) => {
    const r = detect(text, language);
    expect(r.reason).toBe("sensitive");
    expect(r.topic).toBe(topic);
  });
  it("only for the topics the workspace turned on", () => {
    expect(detect("Quiero un reembolso", "es", {}, ["legal"]).reason).toBeNull();
    expect(detect("Quiero un reembolso", "es", {}, ["payments"]).topic).toBe("payments");
  });
  it("treats a topic of the workspace's own as its keyword", () => {
    const r = detect("¿Cubre la garantía la rotura?", "es", {}, ["garantia"]);
    expect(r).toMatchObject({ reason: "sensitive", topic: "garantia" });
  });
  it("does not take everyday words for a topic", () => {
    expect(detect("¿Quién está a cargo de la tienda?").reason).toBeNull();
    expect(detect("Necesito el pedido con urgencia").reason).toBeNull();
    expect(detect("Te paso mis datos: Ana, 600 123 456").reason).toBeNull();
    expect(detect("Hay mucha demanda estos días").reason).toBeNull();
  });
});
