import { expect, test, type Locator } from "@playwright/test";
import { signUpNewOwner } from "../fixtures/sign-up";

// A real 2×2 PNG (red, green, blue, white), small enough to read in a test.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==", "base64");

/** The image has been fetched and decoded by the browser (not a broken icon). */
async function expectLoaded(img: Locator) {
  await expect(async () => {
    expect(await img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  }).toPass({ timeout: 20_000 });
}

test("photos both ways and a voice note: the customer sends a photo, the business sees it and answers with one", async ({ page }) => {
  const owner = await signUpNewOwner(page, "Fotos");
  await page.goto(`${owner.workspacePath}/settings/channels`);
  await page.getByRole("button", { name: "Conectar el simulador" }).click();
  await expect(page.getByRole("heading", { name: "Simulador", level: 2 })).toBeVisible();
  await page.getByRole("link", { name: "Zona de pruebas" }).click();

  const phone = page.getByRole("region", { name: "Teléfono de prueba" });
  const thread = phone.getByRole("list", { name: "Conversación en el teléfono de prueba" });
  const business = page.getByRole("list", { name: "Conversación vista por el negocio" });

  // The customer sends a photo of a receipt from the "gallery", with a caption.
  await phone.getByRole("button", { name: "Foto" }).click();
  const photoDialog = page.getByRole("dialog", { name: "Enviar una foto" });
  await photoDialog.getByLabel("Imagen").setInputFiles({ name: "ticket.png", mimeType: "image/png", buffer: PNG });
  await photoDialog.getByLabel("Pie de foto (opcional)").fill("Mi ticket de compra");
  await photoDialog.getByRole("button", { name: "Enviar", exact: true }).click();
  await expect(photoDialog).toBeHidden();
  // Downloaded by the media workflow from the simulator and served to the business from storage.
  await expectLoaded(business.getByRole("img", { name: "Mi ticket de compra" }));
  await expectLoaded(thread.getByRole("img", { name: "Mi ticket de compra" }));

  // A PDF passed off as a photo is refused with a clear reason, and nothing is sent.
  await phone.getByRole("button", { name: "Foto" }).click();
  await photoDialog.getByLabel("Imagen").setInputFiles({ name: "factura.png", mimeType: "image/png", buffer: Buffer.from("%PDF-1.7\n%fake\n") });
  await photoDialog.getByRole("button", { name: "Enviar", exact: true }).click();
  await expect(photoDialog.getByRole("alert")).toBeVisible();
  await page.keyboard.press("Escape");

  // A voice note (the bundled sample) arrives as audio the business can play.
  await phone.getByRole("button", { name: "Nota de voz" }).click();
  await page.getByRole("dialog", { name: "Enviar una nota de voz" }).getByRole("button", { name: "Enviar nota de voz de ejemplo" }).click();
  await expect(business.getByLabel("Nota de voz").first()).toBeVisible();

  // The business answers with a photo of its own: it reaches the phone and goes to read.
  const composer = page.getByRole("region", { name: "Responder como el negocio" });
  await composer.getByRole("tab", { name: "Imagen" }).click();
  await composer.getByRole("tabpanel", { name: "Imagen" }).locator('input[type="file"]').setInputFiles({ name: "presupuesto.png", mimeType: "image/png", buffer: PNG });
  await composer.getByLabel(/Pie de foto/).fill("Tu presupuesto");
  await composer.getByRole("button", { name: "Enviar", exact: true }).click();
  await expectLoaded(thread.getByRole("img", { name: "Tu presupuesto" }));
  await expect(business.getByRole("listitem").filter({ has: page.getByRole("img", { name: "Tu presupuesto" }) }).getByLabel("Leído")).toBeVisible({ timeout: 20_000 });
});
