import { describe, expect, it } from "vitest";
import { parseEvalArgs } from "./cli-args";
import { resolveTap } from "./resolve-tap";
import { containsText, detectLanguage, forbiddenMentions, missingMentions } from "./text-match";

describe("text matching", () => {
  it("ignores case, accents and the kinds of space number formatting uses", () => {
    expect(containsText("Abrimos el MIÉRCOLES a las 9:00", "miercoles")).toBe(true);
    expect(containsText("Cuesta 60,00\u202f€", "60,00 €")).toBe(true);
    expect(containsText("Cuesta 60,00 €", "45 €")).toBe(false);
  });

  it("any-of mentions and forbidden mentions", () => {
    expect(missingMentions("llega el jueves", [["3/12", "jueves"], "SEUR"])).toEqual(["SEUR"]);
    expect(forbiddenMentions("sin coste para ti", ["gratis", "sin coste"])).toEqual(["sin coste"]);
  });

  it.each([
    ["Tu pedido 48213 está en camino y llega el jueves.", "es"],
    ["Seu pedido 10234 está a caminho e chega na sexta. Não se preocupe.", "pt"],
    ["Your order is on its way and will arrive on Friday.", "en"],
    ["A loja não abre no domingo, só de segunda a sábado.", "pt"],
    ["No abrimos los domingos, solo de martes a sábado.", "es"],
  ])("%s → %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("says nothing about a text too short to tell", () => {
    expect(detectLanguage("Ok!")).toBeNull();
  });
});

describe("resolveTap", () => {
  const first = [{ id: "confirm:aaa", title: "Confirmar" }, { id: "cancel:aaa", title: "Cancelar" }];
  const slots = [{ id: "slot:1", title: "Jue 10:00" }, { id: "slot:2", title: "Jue 11:00" }];

  it("confirm and cancel press the latest decision buttons, even after an offer without them", () => {
    expect(resolveTap("confirm", [first, slots])).toEqual(first[0]);
    expect(resolveTap("cancel", [first])).toEqual(first[1]);
  });

  it("by position in the latest offer, by id, by title", () => {
    expect(resolveTap("#2", [first, slots])).toEqual(slots[1]);
    expect(resolveTap("slot:1", [first, slots])).toEqual(slots[0]);
    expect(resolveTap("jue 11:00", [first, slots])).toEqual(slots[1]);
  });

  it("says why when there is nothing to press", () => {
    expect(resolveTap("confirm", [slots])).toEqual({ error: 'tap "confirm": no confirm:<action> button was offered before this turn' });
    expect(resolveTap("#3", [slots])).toHaveProperty("error");
  });
});

describe("parseEvalArgs", () => {
  it("reads flags, values and thresholds", () => {
    const a = parseEvalArgs(["--scenarios", "x", "--json", "--only=dental", "--min-intent", "0.9", "--max-leaked=0", "--model", "gpt-4.1-mini"]);
    expect(a).toMatchObject({ scenariosDir: "x", json: true, only: "dental", model: "gpt-4.1-mini", thresholds: { minIntent: 0.9, maxLeaked: 0 } });
    expect(parseEvalArgs(["--replay", "clinica-sonrisa", "--limit", "5"])).toMatchObject({ replay: "clinica-sonrisa", limit: 5 });
  });

  it("refuses unknown flags and missing values", () => {
    expect(() => parseEvalArgs(["--min-intnet", "0.9"])).toThrow(/unknown option --min-intnet/);
    expect(() => parseEvalArgs(["--only"])).toThrow(/--only needs a value/);
    expect(() => parseEvalArgs(["--min-tools", "high"])).toThrow(/needs a number/);
  });
});
