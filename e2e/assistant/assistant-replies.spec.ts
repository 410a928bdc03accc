import { expect, test } from "@playwright/test";
import { signUpNewOwner } from "../fixtures/sign-up";

test("the offline assistant answers from the business's FAQ on the test phone, and hands over when asked for a person", async ({ page }) => {
  const owner = await signUpNewOwner(page, "Asistente");
  await page.goto(`${owner.workspacePath}/settings/channels`);
  await page.getByRole("button", { name: "Conectar el simulador" }).click();
  await expect(page.getByRole("heading", { name: "Simulador", level: 2 })).toBeVisible();

  // The owner writes one FAQ…
  await page.goto(`${owner.workspacePath}/settings/knowledge`);
  await page.getByRole("button", { name: "Añadir pregunta" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Nueva pregunta frecuente" });
  await dialog.getByLabel("Pregunta", { exact: true }).fill("¿Dónde puedo aparcar?");
  await dialog.getByLabel("Respuesta").fill("Tenemos parking gratuito para clientes en la calle Mayor 3.");
  await dialog.getByRole("button", { name: "Guardar pregunta" }).click();
  await expect(page.getByText("Tenemos parking gratuito para clientes")).toBeVisible();

  // …and lets the assistant answer FAQs and the like on its own (new workspaces start in review).
  await page.goto(`${owner.workspacePath}/settings/assistant`);
  for (const intent of ["Preguntas frecuentes", "Horario y ubicación", "Saludos", "Otras consultas"]) {
    await page.getByRole("combobox", { name: intent }).click();
    await page.getByRole("option", { name: "Automático" }).click();
  }
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(page.getByText("Ajustes del asistente guardados")).toBeVisible();

  await page.goto(`${owner.workspacePath}/playground`);
  const phone = page.getByRole("region", { name: "Teléfono de prueba" });
  const thread = phone.getByRole("list", { name: "Conversación en el teléfono de prueba" });
  await phone.getByLabel("Mensaje del cliente").fill("Hola, ¿hay sitio para aparcar cerca?");
  await phone.getByRole("button", { name: "Enviar", exact: true }).click();
  // The first automated reply says it is automated, then answers from the FAQ — through the real send path.
  await expect(thread).toContainText("asistente automático", { timeout: 30_000 });
  await expect(thread).toContainText("parking gratuito para clientes en la calle Mayor 3", { timeout: 30_000 });

  await phone.getByLabel("Mensaje del cliente").fill("Prefiero hablar con una persona, por favor");
  await phone.getByRole("button", { name: "Enviar", exact: true }).click();
  await expect(thread).toContainText("Te paso con una persona del equipo", { timeout: 30_000 });
});
