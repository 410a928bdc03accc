import { describe, expect, it } from "vitest";
import { reviewVerdict } from "./template-review";
import { validateTemplateCreate } from "./template-validation";
import { expectedParameters, parameterMismatch } from "./template-variables";

const body = (text: string, example?: unknown) => ({ type: "BODY", text, ...(example ? { example } : {}) });

describe("reviewVerdict", () => {
  it("approves ordinary utility and marketing wording", () => {
    expect(reviewVerdict({ category: "UTILITY", parameterFormat: "positional", components: [body("Hola {{1}}, tu pedido {{2}} sale hoy de la tienda.")] })).toEqual({ status: "APPROVED", reason: null });
    expect(reviewVerdict({ category: "MARKETING", parameterFormat: "positional", components: [body("Hola {{1}}, ¡20% de descuento solo hoy!")] })).toEqual({ status: "APPROVED", reason: null });
  });

  it("rejects promotional words outside MARKETING as TAG_CONTENT_MISMATCH, in header, body or footer", () => {
    for (const text of ["Usa el cupón AHORRA", "Big sale this weekend", "Nueva promoción para ti", "Get a discount today", "Oferta 2x1 en cafés"]) {
      expect(reviewVerdict({ category: "UTILITY", parameterFormat: "positional", components: [body(`Hola. ${text}.`)] })).toEqual({ status: "REJECTED", reason: "TAG_CONTENT_MISMATCH" });
    }
    expect(reviewVerdict({ category: "AUTHENTICATION", parameterFormat: "positional", components: [body("Tu código es secreto."), { type: "FOOTER", text: "Promo de bienvenida" }] })).toMatchObject({ status: "REJECTED" });
    // "promotor" and "ofertado" are not marketing words.
    expect(reviewVerdict({ category: "UTILITY", parameterFormat: "positional", components: [body("El promotor confirmó el precio ofertado.")] })).toMatchObject({ status: "APPROVED" });
  });

  it("rejects variables side by side or out of sequence as INVALID_FORMAT", () => {
    expect(reviewVerdict({ category: "UTILITY", parameterFormat: "positional", components: [body("Cita el {{1}} {{2}} en tienda.")] })).toEqual({ status: "REJECTED", reason: "INVALID_FORMAT" });
    expect(reviewVerdict({ category: "UTILITY", parameterFormat: "positional", components: [body("Hola {{1}}, tu pedido {{3}} salió.")] })).toEqual({ status: "REJECTED", reason: "INVALID_FORMAT" });
    expect(reviewVerdict({ category: "UTILITY", parameterFormat: "named", components: [body("Hola {{name}}, pedido {{order}} listo.")] })).toMatchObject({ status: "APPROVED" });
  });
});

describe("validateTemplateCreate", () => {
  it("accepts a named-parameter template with its named examples, normalizing the category", () => {
    const r = validateTemplateCreate({ name: "aviso", language: "pt_BR", category: "utility", parameter_format: "named", components: [body("Olá {{first_name}}, seu pedido chegou.", { body_text_named_params: [{ param_name: "first_name", example: "Ana" }] })] });
    expect(r).toMatchObject({ ok: true, template: { category: "UTILITY", parameterFormat: "named", language: "pt_BR" } });
  });

  it("needs a sample for every variable and for media headers", () => {
    const named = validateTemplateCreate({ name: "aviso", language: "es", category: "UTILITY", parameter_format: "named", components: [body("Hola {{first_name}}, listo.", { body_text_named_params: [{ param_name: "other", example: "x" }] })] });
    expect(named.ok ? null : named.error.body).toMatchObject({ error: { code: 100, error_subcode: 2388043 } });
    const media = validateTemplateCreate({ name: "aviso", language: "es", category: "UTILITY", components: [{ type: "HEADER", format: "IMAGE" }, body("Hola, mira esto.")] });
    expect(media.ok ? null : media.error.body).toMatchObject({ error: { error_subcode: 2388043 } });
    expect(validateTemplateCreate({ name: "aviso", language: "es", category: "UTILITY", components: [{ type: "HEADER", format: "IMAGE", example: { header_handle: ["4::aW1n"] } }, body("Hola, mira esto.")] }).ok).toBe(true);
  });

  it("refuses mixed variable styles, a URL variable not at the end, and split quick replies", () => {
    const bad = [
      { name: "a", language: "es", category: "UTILITY", components: [body("Hola {{name}}, listo.", { body_text: [["x"]] })] },
      { name: "a", language: "es", category: "UTILITY", components: [body("Hola."), { type: "BUTTONS", buttons: [{ type: "URL", text: "Ver", url: "https://x.test/{{1}}/detalle", example: ["https://x.test/1/detalle"] }] }] },
      { name: "a", language: "es", category: "MARKETING", components: [body("Hola."), { type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "A" }, { type: "URL", text: "Ver", url: "https://x.test" }, { type: "QUICK_REPLY", text: "B" }] }] },
    ];
    for (const def of bad) expect(validateTemplateCreate(def)).toMatchObject({ ok: false, error: { status: 400 } });
  });
});

describe("parameterMismatch", () => {
  const components = [
    { type: "HEADER", format: "IMAGE", example: { header_handle: ["h"] } },
    body("Hola {{1}}, tu pedido {{2}} está listo; {{1}}, gracias."),
    { type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "Ok" }, { type: "URL", text: "Ver", url: "https://x.test/p/{{1}}" }] },
  ];

  it("counts distinct variables per component, media headers as one parameter, URL buttons by index", () => {
    expect(expectedParameters(components)).toEqual({ header: { kind: "media", count: 1 }, body: ["1", "2"], urlButtons: new Map([[1, 1]]) });
    const ok = [
      { type: "header", parameters: [{ type: "image", image: { link: "https://x.test/h.jpg" } }] },
      { type: "body", parameters: [{ type: "text", text: "Ana" }, { type: "text", text: "A-1" }] },
      { type: "button", sub_type: "url", index: "1", parameters: [{ type: "text", text: "A-1" }] },
    ];
    expect(parameterMismatch(components, "positional", ok)).toBeNull();
    expect(parameterMismatch(components, "positional", ok.slice(1))).toMatch(/^header/);
    expect(parameterMismatch(components, "positional", [ok[0], { type: "body", parameters: [{ type: "text", text: "Ana" }] }, ok[2]])).toMatch(/^body: .*\(1\).*\(2\)/);
    expect(parameterMismatch(components, "positional", ok.slice(0, 2))).toMatch(/^button 1/);
    expect(parameterMismatch(components, "positional", [{ ...ok[0], parameters: [{ type: "text", text: "x" }] }, ...ok.slice(1)])).toMatch(/media/);
  });

  it("with named parameters, every value must name one of the template's variables", () => {
    const named = [body("Hola {{first_name}}, pedido {{order_id}} listo.")];
    const values = (a: string, b: string) => [{ type: "body", parameters: [{ type: "text", parameter_name: a, text: "x" }, { type: "text", parameter_name: b, text: "y" }] }];
    expect(parameterMismatch(named, "named", values("order_id", "first_name"))).toBeNull();
    expect(parameterMismatch(named, "named", values("first_name", "city"))).toMatch(/city/);
    expect(parameterMismatch(named, "named", values("first_name", "first_name"))).toMatch(/does not match/);
  });
});
