import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/parts/templates.en.json";
import es from "@/lib/i18n/messages/parts/templates.es.json";
import { normalizeTemplateName, TEMPLATE_PROBLEM_CODES, validateTemplateForm, type TemplateFormInput, type TemplateProblem } from "./definition";

const base: TemplateFormInput = {
  name: "recordatorio_cita",
  language: "es",
  category: "UTILITY",
  body: "Hola {{1}}, te recordamos tu cita el {{2}} a las {{3}}. Responde a este mensaje si necesitas cambiarla.",
  bodyExamples: ["Carmen", "jueves 14", "18:30"],
};

const problems = (input: Partial<TemplateFormInput>): TemplateProblem[] => {
  const r = validateTemplateForm({ ...base, ...input });
  return r.ok ? [] : r.problems;
};

describe("normalizeTemplateName", () => {
  it("lowercases, drops accents and joins words with underscores", () => {
    expect(normalizeTemplateName("  Recordatorio de Cita ")).toBe("recordatorio_de_cita");
    expect(normalizeTemplateName("Promoción-Año nuevo!")).toBe("promocion_ano_nuevo");
    expect(normalizeTemplateName("__a--b__")).toBe("a_b");
  });
});

describe("validateTemplateForm", () => {
  it("builds Meta's definition with positional examples", () => {
    const r = validateTemplateForm({ ...base, name: "Recordatorio Cita", headerText: "Tu cita", footer: "Clínica Sonrisa", quickReplies: ["Confirmar", "Cambiar"] });
    expect(r).toEqual({
      ok: true,
      variableCounts: { body: 3 },
      definition: {
        name: "recordatorio_cita",
        language: "es",
        category: "UTILITY",
        parameterFormat: "positional",
        components: [
          { type: "HEADER", format: "TEXT", text: "Tu cita" },
          { type: "BODY", text: base.body, example: { body_text: [["Carmen", "jueves 14", "18:30"]] } },
          { type: "FOOTER", text: "Clínica Sonrisa" },
          { type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "Confirmar" }, { type: "QUICK_REPLY", text: "Cambiar" }] },
        ],
      },
    });
  });

  it("builds named parameters and a header variable with its example", () => {
    const r = validateTemplateForm({ ...base, headerText: "Pedido {{order}}", headerExample: "A-1001", body: "Hola {{first_name}}, tu pedido ya ha salido del almacén.", bodyExamples: ["Carmen"] });
    expect(r.ok && r.definition.parameterFormat).toBe("named");
    expect(r.ok && r.definition.components.slice(0, 2)).toEqual([
      { type: "HEADER", format: "TEXT", text: "Pedido {{order}}", example: { header_text_named_params: [{ param_name: "order", example: "A-1001" }] } },
      { type: "BODY", text: "Hola {{first_name}}, tu pedido ya ha salido del almacén.", example: { body_text_named_params: [{ param_name: "first_name", example: "Carmen" }] } },
    ]);
    expect(r.ok && r.variableCounts).toEqual({ header: 1, body: 1 });
  });

  it("requires name, language, category and body, and names unknown values", () => {
    expect(validateTemplateForm({ name: " ", language: "", category: "", body: "" })).toEqual({
      ok: false,
      problems: [
        { field: "name", code: "required" },
        { field: "language", code: "required" },
        { field: "category", code: "required" },
        { field: "body", code: "required" },
      ],
    });
    expect(problems({ name: "¡¡!!", language: "xx_YY", category: "PROMO" })).toEqual([
      { field: "name", code: "name_invalid" },
      { field: "language", code: "language_unsupported" },
      { field: "category", code: "category_invalid" },
    ]);
  });

  it("enforces Meta's lengths, counting an emoji as one character", () => {
    expect(problems({ name: "a".repeat(513) })).toEqual([{ field: "name", code: "too_long", max: 512 }]);
    expect(problems({ headerText: "x".repeat(61) })).toEqual([{ field: "headerText", code: "too_long", max: 60 }]);
    expect(problems({ headerText: "😀".repeat(60) })).toEqual([]);
    expect(problems({ body: "Hola, " + "x".repeat(1019) })).toEqual([{ field: "body", code: "too_long", max: 1024 }]);
    expect(problems({ footer: "x".repeat(61) })).toEqual([{ field: "footer", code: "too_long", max: 60 }]);
  });

  it("refuses a variable at the start or the end of the body, but not before a full stop", () => {
    expect(problems({ body: "{{1}}, tu cita es mañana a primera hora", bodyExamples: ["Carmen"] })).toEqual([{ field: "body", code: "variable_at_edge" }]);
    expect(problems({ body: "Tu cita de mañana por la tarde es a las {{1}}", bodyExamples: ["18:30"] })).toEqual([{ field: "body", code: "variable_at_edge" }]);
    expect(problems({ body: "Tu cita de mañana por la tarde es a las {{1}}.", bodyExamples: ["18:30"] })).toEqual([]);
  });

  it("requires an example value for every variable, pointing at the missing one", () => {
    expect(problems({ bodyExamples: ["Carmen", " "] })).toEqual([
      { field: "bodyExamples", code: "example_required", index: 1 },
      { field: "bodyExamples", code: "example_required", index: 2 },
    ]);
    expect(problems({ headerText: "Hola {{1}}" })).toEqual([{ field: "headerExample", code: "example_required" }]);
  });

  it("refuses variables out of order, mixed kinds, malformed braces and too many for the text", () => {
    expect(problems({ body: "Hola {{2}}, tu cita es el {{1}} por la tarde.", bodyExamples: ["a", "b"] })).toEqual([{ field: "body", code: "variables_out_of_order" }]);
    expect(problems({ body: "Hola {{nombre}}, tu cita es el {{1}} por la tarde.", bodyExamples: ["a", "b"] })).toEqual([{ field: "body", code: "variables_mixed" }]);
    expect(problems({ body: "Hola {{Nombre}}, tu cita está confirmada.", bodyExamples: [] })).toEqual([{ field: "body", code: "variable_malformed" }]);
    expect(problems({ body: "Hola {{1}, tu cita está confirmada.", bodyExamples: [] })).toEqual([{ field: "body", code: "variable_malformed" }]);
    expect(problems({ body: "Hola {{1}} {{2}} {{3}}.", bodyExamples: ["a", "b", "c"] })).toEqual([
      { field: "body", code: "variables_adjacent" },
      { field: "body", code: "too_many_variables" },
    ]);
    expect(problems({ body: "Hola {{1}}, {{2}}: tu cita está confirmada para mañana.", bodyExamples: ["a", "b"] })).toEqual([{ field: "body", code: "variables_adjacent" }]);
  });

  it("allows one header variable only, and none in the footer", () => {
    expect(problems({ headerText: "{{1}} y {{2}}" })).toEqual([{ field: "headerText", code: "header_one_variable" }]);
    expect(problems({ footer: "Baja: {{1}}" })).toEqual([{ field: "footer", code: "footer_no_variables" }]);
  });

  it("checks quick replies: at most 10, 25 characters, no duplicates; blank ones are ignored", () => {
    expect(problems({ quickReplies: ["Sí", "", "  "] })).toEqual([]);
    expect(problems({ quickReplies: ["Sí", "", "Sí"] })).toEqual([{ field: "quickReplies", code: "duplicate_button", index: 2 }]);
    expect(problems({ quickReplies: Array.from({ length: 11 }, (_, i) => `Opción ${i}`) })).toEqual([{ field: "quickReplies", code: "too_long", max: 10 }]);
    expect(problems({ quickReplies: ["x".repeat(26), "Sí", "Sí"] })).toEqual([
      { field: "quickReplies", code: "too_long", index: 0, max: 25 },
      { field: "quickReplies", code: "duplicate_button", index: 2 },
    ]);
  });

  it("adds one URL button after the quick replies, its variable only at the end and with an example", () => {
    const r = validateTemplateForm({ ...base, quickReplies: ["No me interesa"], urlButtonText: "Ver pedido", urlButtonUrl: "https://tienda.example/pedidos/{{1}}", urlButtonExample: "A-1001" });
    expect(r.ok && r.definition.components.at(-1)).toEqual({
      type: "BUTTONS",
      buttons: [
        { type: "QUICK_REPLY", text: "No me interesa" },
        { type: "URL", text: "Ver pedido", url: "https://tienda.example/pedidos/{{1}}", example: ["https://tienda.example/pedidos/A-1001"] },
      ],
    });
    expect(r.ok && r.variableCounts).toEqual({ body: 3, buttons: { 1: 1 } });
    expect(problems({ urlButtonText: "Ver", urlButtonUrl: "https://tienda.example/{{1}}/x", urlButtonExample: "a" })).toEqual([{ field: "urlButtonUrl", code: "url_variable_at_end" }]);
    expect(problems({ urlButtonText: "Ver", urlButtonUrl: "tienda" })).toEqual([{ field: "urlButtonUrl", code: "url_invalid" }]);
    expect(problems({ urlButtonUrl: "https://tienda.example/{{1}}" })).toEqual([
      { field: "urlButtonText", code: "required" },
      { field: "urlButtonExample", code: "example_required" },
    ]);
    expect(problems({ quickReplies: Array.from({ length: 10 }, (_, i) => `Opción ${i}`), urlButtonText: "Ver", urlButtonUrl: "https://tienda.example" })).toEqual([{ field: "quickReplies", code: "too_long", max: 9 }]);
  });

  it("gives authentication templates Meta's own code message and a copy-code button", () => {
    const r = validateTemplateForm({ name: "codigo_acceso", language: "es", category: "AUTHENTICATION", body: "ignored" });
    expect(r).toEqual({
      ok: true,
      variableCounts: { body: 1, buttons: { 0: 1 } },
      definition: {
        name: "codigo_acceso",
        language: "es",
        category: "AUTHENTICATION",
        components: [
          { type: "BODY", add_security_recommendation: true },
          { type: "BUTTONS", buttons: [{ type: "OTP", otp_type: "COPY_CODE" }] },
        ],
      },
    });
  });
});

describe("problem messages", () => {
  it("every problem code has words in Spanish and English", () => {
    for (const code of TEMPLATE_PROBLEM_CODES) {
      expect((es.problems as Record<string, string>)[code], code).toBeTruthy();
      expect((en.problems as Record<string, string>)[code], code).toBeTruthy();
    }
  });
});
