import { describe, expect, it } from "vitest";
import { readFaqsFile } from "./business-csv-faqs";
import { parseDuration, readServicesFile } from "./business-csv-services";

describe("readFaqsFile", () => {
  it("reads questions, answers, variants separated by |, tags and languages, with Spanish headers and semicolons", () => {
    const csv = [
      "Pregunta;Respuesta;Variantes;Etiquetas;Idioma",
      "¿Hay parking?;Sí, en la calle Mayor 20.;¿Dónde aparco? | ¿Se puede aparcar?;parking, llegar;es",
      '"Do you take cards?";"Yes; all of them.";;payments;English',
      "Aceitam cartão?;Sim.;;;pt-BR",
      "¿Abrís en agosto?;Sí.;;;",
    ].join("\r\n");
    const result = readFaqsFile(csv);
    expect(result).toEqual({
      ok: true,
      rows: [
        { row: 2, question: "¿Hay parking?", answer: "Sí, en la calle Mayor 20.", variants: ["¿Dónde aparco?", "¿Se puede aparcar?"], tags: ["parking", "llegar"], language: "es" },
        { row: 3, question: "Do you take cards?", answer: "Yes; all of them.", variants: [], tags: ["payments"], language: "en" },
        { row: 4, question: "Aceitam cartão?", answer: "Sim.", variants: [], tags: [], language: "pt" },
        { row: 5, question: "¿Abrís en agosto?", answer: "Sí.", variants: [], tags: [], language: "es" },
      ],
    });
  });

  it("reports every bad row by number and imports nothing", () => {
    const csv = ["question,answer,language", "¿Hay parking?,Sí.,es", ",Sin pregunta,es", "¿Sin respuesta?,,es", "¿Hay parking?,Otra vez.,es", "Bonjour?,Oui.,fr", "", "¿Hay parking?,Yes.,en"].join("\n");
    const result = readFaqsFile(csv);
    expect(result).toEqual({
      ok: false,
      fileProblem: null,
      problemCount: 4,
      problems: [
        { row: 3, reason: "question_missing" },
        { row: 4, reason: "answer_missing" },
        { row: 5, reason: "duplicate_question", value: "¿Hay parking?", otherRow: 2 },
        { row: 6, reason: "language_invalid", value: "fr" },
      ],
    });
  });

  it("names the file's problem: no rows, missing columns, a quote left open", () => {
    expect(readFaqsFile("question,answer\n")).toMatchObject({ ok: false, fileProblem: "empty" });
    expect(readFaqsFile("pregunta,texto\n¿Hola?,Hola")).toMatchObject({ ok: false, fileProblem: "missing_columns", missing: ["answer"] });
    expect(readFaqsFile('question,answer\n"¿Hola?,Hola\n')).toMatchObject({ ok: false, fileProblem: "unterminated_quote", row: 2 });
    expect(readFaqsFile(`question,answer\n${"a".repeat(1_000_001)},b`)).toMatchObject({ ok: false, fileProblem: "too_large" });
  });
});

describe("readServicesFile", () => {
  it("reads prices as typed in Spain, durations in minutes or hours, and defaults", () => {
    const csv = [
      "Nombre;Precio;Moneda;Duración;Descripción;Reservable",
      "Limpieza dental;60,00;EUR;45;Incluye revisión;sí",
      "Blanqueamiento;1.200;;1 h 30;;",
      "Urgencia;;;;Precio según caso;no",
    ].join("\n");
    expect(readServicesFile(csv)).toEqual({
      ok: true,
      rows: [
        { row: 2, name: "Limpieza dental", priceMicros: 60_000_000, currency: "EUR", durationMinutes: 45, description: "Incluye revisión", bookable: true },
        { row: 3, name: "Blanqueamiento", priceMicros: 1_200_000_000, currency: "EUR", durationMinutes: 90, description: null, bookable: true },
        { row: 4, name: "Urgencia", priceMicros: null, currency: "EUR", durationMinutes: null, description: "Precio según caso", bookable: false },
      ],
    });
    expect(readServicesFile("name,price\nCorte,350", { defaultCurrency: "MXN" })).toMatchObject({ ok: true, rows: [{ currency: "MXN", priceMicros: 350_000_000 }] });
  });

  it("reports bad prices, currencies, durations and repeated names by row", () => {
    const csv = ["name,price,currency,duration,bookable", "Limpieza,gratis,EUR,45,", "Empaste,50,EURO,30,", "Endodoncia,300,EUR,mucho,", "limpieza,60,EUR,45,", ",10,EUR,10,", "Férula,90,EUR,0,quizá"].join("\n");
    const result = readServicesFile(csv);
    expect(result.ok).toBe(false);
    if (result.ok || result.fileProblem) throw new Error("expected row problems");
    expect(result.problems.map((p) => [p.row, p.reason])).toEqual([
      [2, "price_invalid"],
      [3, "currency_invalid"],
      [4, "duration_invalid"],
      [5, "duplicate_name"],
      [6, "name_missing"],
      [7, "duration_invalid"],
      [7, "bookable_invalid"],
    ]);
    expect(result.problems[3]).toMatchObject({ value: "limpieza", otherRow: 2 });
  });

  it("reads durations as people write them", () => {
    expect([parseDuration("45"), parseDuration("45 min"), parseDuration("1h"), parseDuration("1:30"), parseDuration("2 horas"), parseDuration("")]).toEqual([45, 45, 60, 90, 120, null]);
    expect(parseDuration("media hora")).toBeNaN();
  });
});
