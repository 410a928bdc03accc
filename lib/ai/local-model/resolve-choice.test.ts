import { describe, expect, it } from "vitest";
import { ordinalOf, rejectsAll, resolveChoice } from "./resolve-choice";
import { extractWhen } from "./when";

const NOW = new Date("2026-11-24T09:00:00Z");
const TZ = "Europe/Madrid";
const slots = [
  { label: "viernes 27 de noviembre, 9:00", startsAt: "2026-11-27T09:00:00+01:00" },
  { label: "viernes 27 de noviembre, 17:00", startsAt: "2026-11-27T17:00:00+01:00" },
  { label: "sábado 28 de noviembre, 10:00", startsAt: "2026-11-28T10:00:00+01:00" },
];
const delivery = [{ label: "Entrega el sábado por la mañana" }, { label: "Recogida en la clínica" }];

function pick(text: string, options: { label: string; startsAt?: string }[], language: "es" | "en" | "pt" = "es") {
  return resolveChoice(text, options, { when: extractWhen(text, language, NOW, TZ), timeZone: TZ, language })?.option.label ?? null;
}

describe("resolveChoice", () => {
  it.each([
    ["la segunda", slots[1].label],
    ["la primera", slots[0].label],
    ["la última", slots[2].label],
    ["2", slots[1].label],
    ["opción 3", slots[2].label],
    ["la del viernes por la tarde", slots[1].label],
    ["la de las 5", slots[1].label],
    ["el sábado", slots[2].label],
    ["a las 9 me va bien", slots[0].label],
  ])("es: %s", (text, label) => expect(pick(text, slots)).toBe(label));

  it.each([
    ["the first one", slots[0].label],
    ["the Saturday one", slots[2].label],
    ["5pm please", slots[1].label],
  ])("en: %s", (text, label) => expect(pick(text, slots, "en")).toBe(label));

  it.each([
    ["a segunda", slots[1].label],
    ["a de sábado", slots[2].label],
    ["às 17h", slots[1].label],
  ])("pt: %s", (text, label) => expect(pick(text, slots, "pt")).toBe(label));

  it("matches delivery options by their words", () => {
    expect(pick("recogida en tienda", delivery)).toBe("Recogida en la clínica");
    expect(pick("el sábado", delivery)).toBe("Entrega el sábado por la mañana");
    expect(pick("Saturday morning please", delivery, "en")).toBe("Entrega el sábado por la mañana");
    expect(pick("quiero cambiar la entrega", delivery)).toBeNull();
  });

  it("takes a plain yes only when one option was offered", () => {
    expect(pick("sí, esa", [delivery[1]])).toBe("Recogida en la clínica");
    expect(pick("sí", delivery)).toBeNull();
  });

  it("returns null when the answer fits none or several", () => {
    expect(pick("el viernes", slots)).toBeNull();
    expect(pick("el lunes", slots)).toBeNull();
    expect(pick("a las 12", slots)).toBeNull();
  });
});

describe("ordinals and refusals", () => {
  it("reads ordinals in three languages and bounds them", () => {
    expect(ordinalOf("the second one", 3)).toBe(1);
    expect(ordinalOf("a terceira", 3)).toBe(2);
    expect(ordinalOf("la cuarta", 3)).toBeNull();
  });

  it("notices when every option is turned down", () => {
    expect(rejectsAll("ninguna me va bien")).toBe(true);
    expect(rejectsAll("none of those work")).toBe(true);
    expect(rejectsAll("nenhuma serve")).toBe(true);
    expect(rejectsAll("la segunda")).toBe(false);
  });
});
