import { expect, test } from "@playwright/test";
import { signUpNewOwner } from "../fixtures/sign-up";

test("a marketing template: approved by WhatsApp, delivered after ALTA, refused once the customer writes BAJA", async ({ page }) => {
  const owner = await signUpNewOwner(page, "Promo");
  await page.goto(`${owner.workspacePath}/settings/channels`);
  await page.getByRole("button", { name: "Conectar el simulador" }).click();
  await expect(page.getByRole("heading", { name: "Simulador", level: 2 })).toBeVisible();

  // The owner writes a marketing template; the simulator reviews it like Meta and approves it.
  await page.getByRole("link", { name: "Plantillas" }).click();
  await page.getByRole("link", { name: "Nueva plantilla" }).first().click();
  await page.getByLabel("Nombre").fill("promo_limpieza");
  await page.getByRole("radio", { name: "Marketing" }).check();
  await page.getByLabel("Mensaje", { exact: true }).fill("Hola {{1}}, este mes la limpieza dental tiene un 20% de descuento. Pide cita respondiendo a este mensaje.");
  await page.getByPlaceholder("Por ejemplo: Carmen").first().fill("Carmen");
  await expect(page.getByText("Hola Carmen, este mes la limpieza dental").first()).toBeVisible();
  await page.getByRole("button", { name: "Enviar a revisión" }).click();
  const row = page.getByRole("row").filter({ hasText: "promo_limpieza" });
  await expect(row).toContainText(/En revisión|Aprobada/);
  await expect(row).toContainText("Aprobada", { timeout: 20_000 });

  // The customer opts in by writing ALTA, and is told so once.
  await page.getByRole("link", { name: "Zona de pruebas" }).click();
  const phone = page.getByRole("region", { name: "Teléfono de prueba" });
  const thread = phone.getByRole("list", { name: "Conversación en el teléfono de prueba" });
  const business = page.getByRole("list", { name: "Conversación vista por el negocio" });
  await phone.getByLabel("Mensaje del cliente").fill("ALTA");
  await phone.getByRole("button", { name: "Enviar", exact: true }).click();
  await expect(thread).toContainText("ALTA");

  const composer = page.getByRole("region", { name: "Responder como el negocio" });
  const sendPromo = async (name: string) => {
    await composer.getByRole("tab", { name: "Plantilla" }).click();
    await composer.getByRole("combobox", { name: "Plantilla" }).click();
    await page.getByRole("option", { name: /promo_limpieza/ }).click();
    await composer.getByLabel("Texto: variable 1").fill(name);
    await composer.getByRole("button", { name: "Enviar", exact: true }).click();
  };
  await sendPromo("Lucía");
  // Delivered to the phone with the variable filled in, never "{{1}}".
  await expect(thread).toContainText("Hola Lucía, este mes la limpieza dental tiene un 20% de descuento", { timeout: 20_000 });
  await expect(thread).not.toContainText("{{1}}");

  // BAJA: the ledger records the opt-out, the customer gets one confirmation…
  await phone.getByLabel("Mensaje del cliente").fill("BAJA");
  await phone.getByRole("button", { name: "Enviar", exact: true }).click();
  await expect(thread).toContainText("no te enviaremos más mensajes promocionales", { timeout: 20_000 });
  // …and the next marketing template is refused before it reaches WhatsApp, with the reason.
  await sendPromo("Lucía otra vez");
  await expect(business.getByRole("listitem").filter({ hasText: "Hola Lucía otra vez" })).toContainText("el cliente se dio de baja del marketing", { timeout: 20_000 });
  await expect(thread).not.toContainText("Hola Lucía otra vez");

  await page.getByRole("link", { name: "Contactos" }).click();
  await expect(page.getByRole("row").filter({ hasText: `${owner.name} (prueba)` })).toContainText("Dado de baja");
});
