import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, it } from "vitest";
import { catalogFor } from "@/lib/i18n/catalog";
import { TemplateStatus } from "./template-status";

/** `element` inside the message catalogs, as the app's layout provides them. */
type IntlProps = ComponentProps<typeof NextIntlClientProvider>;
const withIntl = (element: ReactElement, locale: "es" | "en" = "es") => {
  const props: Omit<IntlProps, "children"> = { locale, messages: catalogFor(locale) as IntlProps["messages"], timeZone: "Europe/Madrid" };
  return createElement(NextIntlClientProvider, props as IntlProps, element);
};

const render = (status: string, reason: string | null = null, locale: "es" | "en" = "es") =>
  renderToStaticMarkup(withIntl(createElement(TemplateStatus, { status, reason }), locale));

it("says where a template stands in plain words, and why it was rejected", () => {
  expect(render("PENDING")).toContain("En revisión");
  expect(render("APPROVED")).toContain("Aprobada");
  const rejected = render("REJECTED", "INCORRECT_CATEGORY");
  expect(rejected).toContain("Rechazada");
  expect(rejected).toContain("debe ser de marketing");
  expect(rejected).toContain("créala de nuevo");
  expect(render("REJECTED", "SOMETHING_NEW")).toContain("Motivo indicado por WhatsApp: SOMETHING_NEW.");
  expect(render("PAUSED")).toContain("Pausada");
  expect(render("PAUSED", null, "en")).toContain("Paused");
  // A status Meta adds later is shown as Meta names it rather than hidden.
  expect(render("SOME_FUTURE_STATUS")).toContain("SOME_FUTURE_STATUS");
});
