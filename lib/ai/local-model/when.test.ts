import { describe, expect, it } from "vitest";
import { extractWhen } from "./when";

// Tuesday 24 November 2026, 10:00 in Madrid.
const NOW = new Date("2026-11-24T09:00:00Z");
const at = (text: string, language: "es" | "en" | "pt" = "es") => {
  const w = extractWhen(text, language, NOW, "Europe/Madrid");
  return { date: w.date && `${w.date.y}-${String(w.date.m).padStart(2, "0")}-${String(w.date.d).padStart(2, "0")}`, time: w.time && `${w.time.h}:${String(w.time.mi).padStart(2, "0")}`, part: w.partOfDay, range: w.range && `${w.range.from.d}-${w.range.to.d}` };
};

describe("extractWhen", () => {
  it.each([
    ["el viernes por la tarde", "es", { date: "2026-11-27", part: "afternoon" }],
    ["mañana a las 5", "es", { date: "2026-11-25", time: "17:00" }],
    ["mañana por la mañana", "es", { date: "2026-11-25", part: "morning" }],
    ["pasado mañana", "es", { date: "2026-11-26" }],
    ["hoy a las 17h", "es", { date: "2026-11-24", time: "17:00" }],
    ["el 3 de diciembre a las 10:30", "es", { date: "2026-12-03", time: "10:30" }],
    ["el 27/11 a las 9", "es", { date: "2026-11-27", time: "9:00" }],
    ["el sabado en la mañana", "es", { date: "2026-11-28", part: "morning" }],
    ["a la una y media", "es", { time: "13:30" }],
    ["next Tuesday at 10am", "en", { date: "2026-12-01", time: "10:00" }],
    ["tomorrow afternoon", "en", { date: "2026-11-25", part: "afternoon" }],
    ["friday at 5", "en", { date: "2026-11-27", time: "17:00" }],
    ["sexta às 15h", "pt", { date: "2026-11-27", time: "15:00" }],
    ["amanhã de manhã", "pt", { date: "2026-11-25", part: "morning" }],
    ["sexta-feira à tarde", "pt", { date: "2026-11-27", part: "afternoon" }],
    ["amanha as 15:30", "pt", { date: "2026-11-25", time: "15:30" }],
    ["dia 3 de dezembro", "pt", { date: "2026-12-03" }],
  ] as const)("%s (%s)", (text, language, expected) => {
    expect(at(text, language)).toMatchObject(expected);
  });

  it("reads spans", () => {
    expect(at("la semana que viene").range).toBe("30-6");
    expect(at("this weekend", "en").range).toBe("28-29");
  });

  it("picks the day wanted, not the one being left", () => {
    expect(at("¿me pueden mover la cita del viernes para el sábado a las 12?")).toMatchObject({ date: "2026-11-28", time: "12:00" });
    expect(at("Could I move my eye test on Thursday to Friday afternoon?", "en")).toMatchObject({ date: "2026-11-27", part: "afternoon" });
    expect(at("el sábado por la mañana en vez del jueves")).toMatchObject({ date: "2026-11-28" });
  });

  it("does not read ordinals, greetings, amounts or durations as times", () => {
    expect(at("la segunda")).toEqual({});
    expect(at("a segunda", "pt")).toEqual({});
    expect(at("buenas tardes, quiero cita").part).toBeUndefined();
    expect(at("hablar con una persona")).toEqual({});
    expect(at("mi pedido llega tarde")).toEqual({});
    expect(at("quero as duas", "pt")).toEqual({});
    expect(at("daqui a 6 meses", "pt").time).toBeUndefined();
    expect(at("mesa para 4 personas").time).toBeUndefined();
  });
});
