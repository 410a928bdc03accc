import { describe, expect, it } from "vitest";
import { disclosureFor, holdingReply } from "./disclosure";

describe("disclosureFor", () => {
  it("uses the default text with the business's name", () => {
    expect(disclosureFor({}, "es", "Clínica Sol")).toBe("Hola, soy el asistente automático de Clínica Sol. Si prefieres hablar con una persona, dímelo.");
    expect(disclosureFor({}, "en", "Clínica Sol")).toBe("Hi, I'm the automated assistant of Clínica Sol. If you'd rather talk to a person, just tell me.");
    expect(disclosureFor(null, "pt", "Clínica Sol")).toBe("Olá, sou o assistente automático de Clínica Sol. Se preferir falar com uma pessoa, é só me dizer.");
  });
  it("prefers the workspace's own text for that language, filling {business}", () => {
    const own = { es: "Soy el bot de {business}; escribe «persona» para hablar con el equipo.", en: "  " };
    expect(disclosureFor(own, "es", "Tienda Lola")).toBe("Soy el bot de Tienda Lola; escribe «persona» para hablar con el equipo.");
    expect(disclosureFor(own, "en", "Tienda Lola")).toContain("automated assistant of Tienda Lola");
    expect(disclosureFor(own, "pt", "Tienda Lola")).toContain("assistente automático de Tienda Lola");
  });
  it("never leaves the placeholder or an empty name", () => {
    expect(disclosureFor({}, "es", " ")).toBe("Hola, soy el asistente automático de este negocio. Si prefieres hablar con una persona, dímelo.");
  });
});

describe("holdingReply", () => {
  it("promises an answer as soon as possible while the team is in", () => {
    expect(holdingReply("es", { openNow: true, nextOpenLabel: null })).toBe(
      "Quiero asegurarme de darte la información correcta: se lo paso a una persona del equipo, que te responderá en cuanto pueda.",
    );
    expect(holdingReply("en", { openNow: true })).toMatch(/as soon as they can\.$/);
    expect(holdingReply("pt", { openNow: true })).toMatch(/assim que puder\.$/);
  });
  it("says when the team next opens when it is closed", () => {
    expect(holdingReply("es", { openNow: false, nextOpenLabel: "el lunes a las 9:00" })).toBe(
      "Quiero asegurarme de darte la información correcta: se lo paso a una persona del equipo, que te responderá cuando abramos, el lunes a las 9:00.",
    );
    expect(holdingReply("en", { openNow: false, nextOpenLabel: "on Monday at 9:00" })).toMatch(/when we open, on Monday at 9:00\.$/);
    expect(holdingReply("pt", { openNow: false, nextOpenLabel: "na segunda-feira às 9:00" })).toMatch(/quando abrirmos, na segunda-feira às 9:00\.$/);
  });
  it("falls back to 'as soon as possible' when closed with no known opening", () => {
    expect(holdingReply("es", { openNow: false, nextOpenLabel: null })).toMatch(/en cuanto pueda\.$/);
  });
});
