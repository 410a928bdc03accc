import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/parts/business.en.json";
import es from "@/lib/i18n/messages/parts/business.es.json";

// The catalog's ICU messages (plurals, percent, arguments) format in both languages.
describe("business messages", () => {
  const tes = createTranslator({ locale: "es", messages: { business: es }, namespace: "business" });
  const ten = createTranslator({ locale: "en", messages: { business: en }, namespace: "business" });

  it("formats counts, results and import summaries", () => {
    expect(tes("knowledge.results", { count: 0, query: "envíos" })).toBe("Ninguna pregunta responde a «envíos».");
    expect(tes("knowledge.results", { count: 2, query: "envíos" })).toBe("2 preguntas responden a «envíos»:");
    expect(ten("knowledge.count", { count: 1 })).toBe("1 question");
    expect(tes("import.done", { rows: 3, created: 2, updated: 1 })).toBe("3 filas importadas: 2 nuevas y 1 actualizada.");
    expect(tes("import.reasons.duplicate_question", { value: "¿Parking?", otherRow: 2 })).toBe("la pregunta «¿Parking?» ya aparece en la fila 2.");
    expect(tes("knowledge.match", { score: 0.85 }).replace(/\s/g, " ")).toBe("Coincidencia 85 %");
    expect(ten("services.deleteTitle", { name: "Cleaning" })).toBe("Delete “Cleaning”?");
  });
});
