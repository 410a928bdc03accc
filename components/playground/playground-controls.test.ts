import { NextIntlClientProvider } from "next-intl";
import { type ComponentProps, createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { catalogFor } from "@/lib/i18n/catalog";
import { BusinessComposer } from "./business-composer";
import { BusinessTemplateForm } from "./business-template-form";
import { ListPicker } from "./list-picker";
import { PhoneComposer } from "./phone-composer";
import { ReplyButtons } from "./reply-buttons";

// The actions' module pulls in the auth and database stack; the forms only need their references.
vi.mock("@/app/(app)/w/[workspace]/playground/actions", () => ({ sendAsTestCustomerAction: async () => null, replyAsBusinessAction: async () => null }));

const intl = { locale: "es", messages: catalogFor("es"), timeZone: "Europe/Madrid" } as ComponentProps<typeof NextIntlClientProvider>;
const render = (element: ReactElement) => renderToStaticMarkup(createElement(NextIntlClientProvider, intl, element));
const target = { slug: "clinica", channelId: "7d9f0c52-3b8e-4a8e-9a43-2b4d3c1f0e11" };
const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${value}"/>`;

describe("test phone controls", () => {
  it("the composer offers photo, voice note, the message field and its send button by name", () => {
    const html = render(createElement(PhoneComposer, target));
    for (const name of ['aria-label="Foto"', 'aria-label="Nota de voz"', 'aria-label="Mensaje del cliente"', 'aria-label="Enviar"', "Enviar ubicación"]) expect(html).toContain(name);
  });

  it("reply buttons answer the message they sit under: interactive replies, or a template's quick replies", () => {
    const interactive = render(createElement(ReplyButtons, { ...target, replyTo: "wamid.A", buttons: [{ id: "btn-1", title: "Jueves" }] }));
    for (const field of [hidden("kind", "button_reply"), hidden("replyTo", "wamid.A"), hidden("id", "btn-1"), hidden("title", "Jueves")]) expect(interactive).toContain(field);
    expect(interactive).toContain(">Jueves</button>");
    const template = render(createElement(ReplyButtons, { ...target, template: true, replyTo: "wamid.T", buttons: [{ id: "Confirmo", title: "Confirmo" }] }));
    for (const field of [hidden("kind", "button"), hidden("payload", "Confirmo"), hidden("text", "Confirmo")]) expect(template).toContain(field);
  });

  it("a message that has not reached WhatsApp yet cannot be answered", () => {
    expect(render(createElement(ReplyButtons, { ...target, replyTo: null, buttons: [{ id: "b", title: "Sí" }] }))).toContain("disabled");
    const list = render(createElement(ListPicker, { ...target, replyTo: null, button: "Ver servicios", sections: [{ rows: [{ id: "r1", title: "Corte" }] }] }));
    expect(list).toContain("Ver servicios");
    expect(list).toContain("disabled");
  });
});

describe("business composer", () => {
  it("has one tab per kind of message and starts on free text", () => {
    const html = render(createElement(BusinessComposer, { ...target, templates: [] }));
    expect(html).toContain('aria-label="Responder como el negocio"');
    for (const tab of ["Texto", "Botones", "Lista", "Imagen", "Plantilla"]) expect(html).toMatch(new RegExp(`role="tab"[^>]*>${tab}</button>`));
    expect(html).toContain(hidden("kind", "text"));
    expect(html).toContain("Mensaje");
  });

  it("a marketing template shows its category, the opt-in rule and one field per variable", () => {
    const html = render(
      createElement(BusinessTemplateForm, {
        ...target,
        templates: [{ id: "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f", name: "oferta_verano", language: "es", category: "MARKETING", body: "Hola {{1}}, tu descuento: {{2}}", variableCounts: { body: 2, buttons: { 0: 1 } } }],
      }),
    );
    for (const text of ["Marketing", "solo se envían a clientes que han aceptado recibirlas", "Hola {{1}}, tu descuento: {{2}}", "Texto: variable 1", "Texto: variable 2", "Botón 1: valor"]) expect(html).toContain(text);
    expect(html).toContain(hidden("buttonVarIndex", "0"));
  });

  it("without approved templates, says so and links to the templates page", () => {
    const html = render(createElement(BusinessTemplateForm, { ...target, templates: [] }));
    expect(html).toContain("aún no tiene plantillas aprobadas");
    expect(html).toContain('href="/w/clinica/templates"');
  });
});
