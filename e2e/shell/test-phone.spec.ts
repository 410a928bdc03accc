import { expect, test } from "@playwright/test";
import { signUpNewOwner } from "../fixtures/sign-up";

test("a new owner connects the simulator, writes from the test phone, and finds the message in the inbox", async ({ page }) => {
  const owner = await signUpNewOwner(page, "Prueba");
  await page.getByRole("link", { name: "Zona de pruebas" }).click();
  await expect(page.getByText("Conecta el simulador para probar")).toBeVisible();
  await page.getByRole("link", { name: "Ir a Canales" }).click();
  await page.getByRole("button", { name: "Conectar el simulador" }).click();
  await expect(page.getByRole("heading", { name: "Simulador", level: 2 })).toBeVisible();

  await page.getByRole("link", { name: "Zona de pruebas" }).click();
  const phone = page.getByRole("region", { name: "Teléfono de prueba" });
  await phone.getByLabel("Mensaje del cliente").fill("Hola, ¿tenéis cita el jueves? <b>urgente</b>");
  await phone.getByRole("button", { name: "Enviar", exact: true }).click();
  const thread = phone.getByRole("list", { name: "Conversación en el teléfono de prueba" });
  // Markup stays text: it is shown as typed, never interpreted.
  await expect(thread).toContainText("Hola, ¿tenéis cita el jueves? <b>urgente</b>");
  await phone.getByRole("button", { name: "Enviar ubicación" }).click();
  await expect(thread).toContainText("Puerta del Sol, Madrid");

  await page.getByRole("link", { name: "Ver en la bandeja" }).click();
  const inbox = page.getByRole("list", { name: "Conversaciones" });
  await expect(inbox).toContainText(`${owner.name} (prueba)`);
  await expect(inbox).toContainText("Ubicación");

  // The business answers through the real outbound path: the test message reaches the test phone.
  await page.goto(`${owner.workspacePath}/settings/channels`);
  await page.getByRole("button", { name: "Enviar mensaje de prueba" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Enviado a tu teléfono de prueba" })).toBeVisible();
  await page.goto(`${owner.workspacePath}/playground`);
  await expect(async () => {
    await page.reload();
    await expect(thread).toContainText("Mensaje de prueba de Hilo", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  // Beside the phone, the business sees its message go to "read" (blue ticks) as the simulator reports it.
  const business = page.getByRole("list", { name: "Conversación vista por el negocio" });
  await expect(async () => {
    await page.reload();
    await expect(business.getByRole("listitem").filter({ hasText: "Mensaje de prueba de Hilo" }).getByLabel("Leído")).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });

  // Writing BAJA opts the customer out of marketing, as the contacts list shows.
  await page.getByRole("link", { name: "Zona de pruebas" }).click();
  await phone.getByLabel("Mensaje del cliente").fill("BAJA");
  await phone.getByRole("button", { name: "Enviar", exact: true }).click();
  await expect(thread).toContainText("BAJA");
  await page.getByRole("link", { name: "Contactos" }).click();
  await expect(page.getByRole("row").filter({ hasText: `${owner.name} (prueba)` })).toContainText("Dado de baja");
});
