import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { catalogFor } from "@/lib/i18n/catalog";
import { NewTemplateForm } from "./new-template-form";

/** `element` inside the message catalogs, as the app's layout provides them. */
type IntlProps = ComponentProps<typeof NextIntlClientProvider>;
const withIntl = (element: ReactElement, locale: "es" | "en" = "es") => {
  const props: Omit<IntlProps, "children"> = { locale, messages: catalogFor(locale) as IntlProps["messages"], timeZone: "Europe/Madrid" };
  return createElement(NextIntlClientProvider, props as IntlProps, element);
};

// The server action's module pulls in the auth stack; the form only needs its reference here.
vi.mock("@/app/(app)/w/[workspace]/templates/actions", () => ({ createTemplateAction: async () => null }));

describe("NewTemplateForm", () => {
  it("renders the empty form with the channel's number, the three message types and an empty preview", () => {
    const form = createElement(NewTemplateForm, {
      slug: "clinica",
      channels: [{ id: "c1", name: "Recepción", displayPhoneNumber: "+34 600 000 000" }],
      languages: [{ code: "es", label: "español" }],
      defaultChannelId: "c1",
      businessName: "Clínica Sonrisa",
    });
    const html = renderToStaticMarkup(withIntl(form));
    for (const text of ["Nombre", "Utilidad", "Marketing", "Autenticación", "Añadir variable", "Enviar a revisión", "Escribe el mensaje para ver cómo queda."]) expect(html).toContain(text);
    // One number: no number picker.
    expect(html).not.toContain("Número de WhatsApp");
  });
});
