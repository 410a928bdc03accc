import { describe, expect, it } from "vitest";
import { editDistance, fold, normalize, phonetic, tokenMatches, undiminished } from "./text";

describe("text normalisation", () => {
  it("folds case and accents, expands chat shorthand, collapses letter runs", () => {
    expect(fold("Mañana, ¿CUÁNTO?")).toBe("manana, ¿cuanto?");
    expect(normalize("holaaa q tal, xq no llega??")).toBe("hola que tal porque no llega");
    expect(normalize("I can't, don't")).toBe("i can not do not");
    expect(normalize("vc tem horário hj?")).toBe("voce tem horario hoje");
  });

  it("hears Latin American and Brazilian spellings alike", () => {
    expect(phonetic("sita")).toBe(phonetic("cita"));
    expect(phonetic("kiero")).toBe(phonetic("quiero"));
    expect(phonetic("orario")).toBe(phonetic("horario"));
    expect(phonetic("reserbar")).toBe(phonetic("reservar"));
  });

  it("allows keyboard typos but not different words", () => {
    expect(tokenMatches("pedio", "pedido")).toBe(true);
    expect(tokenMatches("limpiesa", "limpieza")).toBe(true);
    expect(tokenMatches("reservra", "reservar")).toBe(true);
    expect(tokenMatches("quedarme", "quejarme")).toBe(false);
    expect(tokenMatches("tarta", "harta")).toBe(false);
    expect(tokenMatches("hasta", "harta", false)).toBe(false);
    expect(tokenMatches("cancelarla", "cancel*")).toBe(true);
    expect(editDistance("abc", "abcdef", 2)).toBeGreaterThan(2);
  });

  it("knows diminutives", () => {
    expect(undiminished("gatitos")).toBe("gatos");
    expect(undiminished("perrito")).toBe("perro");
    expect(undiminished("visita")).toBeNull();
  });
});
