import { describe, expect, it } from "vitest";
import { detectConsentKeyword, normalizeKeyword } from "./consent-keywords";

describe("normalizeKeyword", () => {
  it("drops case, accents, punctuation and emoji", () => {
    expect(normalizeKeyword("  ¡Bája!! 🛑 ")).toBe("BAJA");
    expect(normalizeKeyword("Cancelar   suscripción.")).toBe("CANCELAR SUSCRIPCION");
    expect(normalizeKeyword("opt-out")).toBe("OPT OUT");
  });
});

describe("detectConsentKeyword: opt-out", () => {
  it.each(["BAJA", "baja", "¡Baja!", "Baja.", "STOP", "stop 🛑", "Parar", "SAIR", "Sair!", "UNSUBSCRIBE", "Cancelar suscripción", "CANCELAR SUSCRIPCION", "Darme de baja", "Descadastrar", "opt-out", "STOP ALL"])(
    "%s → opt_out",
    (text) => expect(detectConsentKeyword(text)).toBe("opt_out"),
  );
});

describe("detectConsentKeyword: opt-in", () => {
  it.each(["ALTA", "¡Alta!", "START", "start", "Unstop", "Suscribirme", "Assinar", "opt in"])("%s → opt_in", (text) =>
    expect(detectConsentKeyword(text)).toBe("opt_in"),
  );
});

describe("detectConsentKeyword: not a keyword", () => {
  it.each([
    "no quiero darme de baja todavía",
    "¿cómo me doy de baja?",
    "stop sending me the wrong size",
    "Quiero el alta del seguro",
    "Cancelar", // an appointment, not the subscription
    "cancel",
    "Não quero mais", // "nothing else, thanks"
    "sí",
    "yes",
    "",
    "   ",
    "!!!",
  ])("%j → null", (text) => expect(detectConsentKeyword(text)).toBeNull());
});

describe("detectConsentKeyword: per-workspace keywords", () => {
  it("adds extra opt-out and opt-in words, normalised the same way", () => {
    const config = { extraOptOut: ["No molestar", "Cancelar"], extraOptIn: ["Volver a escribirme"] };
    expect(detectConsentKeyword("¡no molestar!", config)).toBe("opt_out");
    expect(detectConsentKeyword("CANCELAR", config)).toBe("opt_out");
    expect(detectConsentKeyword("volver a escribirme", config)).toBe("opt_in");
    expect(detectConsentKeyword("no molestar")).toBeNull();
  });

  it("lets opt-out win when a word is in both lists", () => {
    expect(detectConsentKeyword("alta", { extraOptOut: ["ALTA"] })).toBe("opt_out");
  });

  it("ignores empty extra entries", () => {
    expect(detectConsentKeyword("", { extraOptOut: ["", "  "] })).toBeNull();
  });
});
