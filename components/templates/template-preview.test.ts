import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { catalogFor } from "@/lib/i18n/catalog";
import { TemplatePreview, type PreviewTemplate } from "./template-preview";

/** `element` inside the message catalogs, as the app's layout provides them. */
type IntlProps = ComponentProps<typeof NextIntlClientProvider>;
const withIntl = (element: ReactElement, locale: "es" | "en" = "es") => {
  const props: Omit<IntlProps, "children"> = { locale, messages: catalogFor(locale) as IntlProps["messages"], timeZone: "Europe/Madrid" };
  return createElement(NextIntlClientProvider, props as IntlProps, element);
};

const render = (template: Partial<PreviewTemplate>) => {
  const preview = createElement(TemplatePreview, {
    businessName: "Clínica Sonrisa",
    template: { category: "UTILITY", headerText: "", headerExample: "", body: "", examples: {}, footer: "", quickReplies: [], urlButtonText: null, ...template },
  });
  return renderToStaticMarkup(withIntl(preview));
};

describe("TemplatePreview", () => {
  it("shows the message with the example values in place of the variables", () => {
    const html = render({ headerText: "Cita {{1}}", headerExample: "confirmada", body: "Hola {{1}}, tu cita es el {{2}}.", examples: { "1": "Carmen" }, footer: "Clínica Sonrisa", quickReplies: ["Confirmar", " "] });
    expect(html).toContain("Cita confirmada");
    expect(html).toContain("Hola Carmen, tu cita es el {{2}}.");
    expect(html).toContain("Confirmar");
    expect(html.match(/text-\[#027eb5\]/g)).toHaveLength(1);
  });

  it("collapses more than three buttons into see-all-options, as WhatsApp does", () => {
    const html = render({ body: "Hola", quickReplies: ["Uno", "Dos", "Tres"], urlButtonText: "Ver web" });
    expect(html).toContain("Uno");
    expect(html).toContain("Dos");
    expect(html).not.toContain("Tres");
    expect(html).toContain("Ver todas las opciones");
  });

  it("shows WhatsApp's own code message for authentication templates, and a hint when empty", () => {
    expect(render({ category: "AUTHENTICATION", body: "ignorado" })).toContain("123456 es tu código de verificación");
    expect(render({})).toContain("Escribe el mensaje para ver cómo queda.");
  });
});
