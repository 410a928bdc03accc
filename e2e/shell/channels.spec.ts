import { expect, test } from "@playwright/test";
import { signUpNewOwner } from "../fixtures/sign-up";

test("an owner connects a simulator and a Meta number, and sees where to point Meta's webhooks", async ({ page }) => {
  const owner = await signUpNewOwner(page, "Canal");
  await page.goto(`${owner.workspacePath}/settings/channels`);
  await page.getByRole("button", { name: "Conectar el simulador" }).click();
  await expect(page.getByRole("heading", { name: "Simulador", level: 2 })).toBeVisible();

  await page.getByLabel("Proveedor").click();
  await page.getByRole("option", { name: "Meta Cloud API" }).click();
  await page.getByLabel("Nombre interno").fill("WhatsApp tienda");
  await page.getByLabel("ID del número de teléfono").fill("106540352242922");
  await page.getByLabel("ID de la cuenta de WhatsApp Business").fill("102290129340398");
  await page.getByLabel("Token de acceso").fill("EAAG-secret-token");
  await page.getByLabel("Secreto de la app").fill("app-secret");
  await page.getByRole("button", { name: "Conectar número" }).click();

  const card = page.locator('[data-slot="card"]').filter({ has: page.getByRole("heading", { name: "WhatsApp tienda" }) });
  await expect(card).toContainText("Pendiente de verificar");
  const url = await card.getByLabel("URL del webhook (pégala en tu proveedor)").inputValue();
  expect(url).toMatch(/\/api\/webhooks\/whatsapp\/[0-9a-f-]{36}$/);
  const token = await card.getByLabel("Token de verificación").inputValue();
  // Meta's verification handshake against that URL answers the challenge.
  const res = await page.request.get(`${url}?hub.mode=subscribe&hub.verify_token=${encodeURIComponent(token)}&hub.challenge=42`);
  expect(await res.text()).toBe("42");
  expect((await page.request.get(`${url}?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=42`)).status()).toBe(403);
  // The secrets never come back to the page.
  await expect(page.locator("body")).not.toContainText("EAAG-secret-token");
});
