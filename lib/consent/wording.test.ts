import { describe, expect, it } from "vitest";
import { consentSettingsOf, defaultCountryOf } from "./settings";
import { confirmationReply, keywordLanguage, optInWording } from "./wording";

const es = { defaultLocale: "es", settings: {} };

describe("confirmationReply", () => {
  it("answers in the keyword's language when the keyword tells", () => {
    expect(confirmationReply(es, "opted_out", { keyword: "¡Baja!" })).toMatch(/^Listo: no te enviaremos/);
    expect(confirmationReply(es, "opted_out", { keyword: "unsubscribe" })).toMatch(/^Done:/);
    expect(confirmationReply(es, "opted_in", { keyword: "Assinar" })).toMatch(/^Você se inscreveu/);
  });

  it("for shared words (STOP, PARAR) uses the contact's language, else the workspace's", () => {
    expect(keywordLanguage("STOP")).toBeNull();
    expect(confirmationReply(es, "opted_out", { keyword: "STOP" })).toMatch(/^Listo/);
    expect(confirmationReply(es, "opted_out", { keyword: "STOP", contactLocale: "pt-BR" })).toMatch(/^Pronto/);
    expect(confirmationReply({ defaultLocale: "en", settings: {} }, "opted_out", { keyword: "parar" })).toMatch(/^Done/);
  });

  it("uses the workspace's own text, or none when it turned confirmations off", () => {
    const custom = { defaultLocale: "es", settings: { consent: { replies: { optIn: { es: "¡Bienvenida!" } } } } } as never;
    expect(confirmationReply(custom, "opted_in", { keyword: "ALTA" })).toBe("¡Bienvenida!");
    expect(confirmationReply(custom, "opted_in", { keyword: "START" })).toMatch(/^You are now subscribed/);
    expect(confirmationReply({ defaultLocale: "es", settings: { consent: { confirmReplies: false } } } as never, "opted_out", { keyword: "BAJA" })).toBeNull();
  });
});

describe("opt-in wording and settings", () => {
  it("names the business in the default sentence, or in the workspace's own", () => {
    expect(optInWording({ ...es, name: " Clínica Sonrisa " })).toBe("Acepto recibir por WhatsApp ofertas y novedades de Clínica Sonrisa. Puedo darme de baja cuando quiera escribiendo BAJA.");
    const own = { name: "Clínica Sonrisa", defaultLocale: "es", settings: { consent: { optInWording: "Quiero recibir recordatorios y ofertas de {business}." } } } as never;
    expect(optInWording(own)).toBe("Quiero recibir recordatorios y ofertas de Clínica Sonrisa.");
  });

  it("takes the phone country from the setting, else the time zone, else Spain; malformed settings are ignored", () => {
    expect(defaultCountryOf({ timeZone: "America/Mexico_City", settings: {} })).toBe("MX");
    expect(defaultCountryOf({ timeZone: "UTC", settings: {} })).toBe("ES");
    expect(defaultCountryOf({ timeZone: "Europe/Madrid", settings: { consent: { defaultCountry: "PT" } } as never })).toBe("PT");
    expect(consentSettingsOf({ consent: { optInWording: 42 } } as never)).toEqual({});
  });
});
