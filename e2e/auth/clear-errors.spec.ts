import { expect, test } from "@playwright/test";
import { DEMO, newPerson, signIn } from "../fixtures/people";

test("a wrong password says so and keeps the email typed", async ({ page }) => {
  await signIn(page, DEMO.owner, "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "El correo o la contraseña no son correctos." })).toBeVisible();
  await expect(page.getByLabel("Correo electrónico")).toHaveValue(DEMO.owner);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("signing up with an email that already has an account explains it and creates nothing", async ({ page }) => {
  const p = newPerson("Repetido");
  await page.goto("/sign-up");
  await page.getByLabel("Tu nombre").fill(p.name);
  await page.getByLabel("Correo electrónico").fill(DEMO.owner.toUpperCase());
  await page.getByLabel("Contraseña").fill(p.password);
  await page.getByLabel("Nombre de tu negocio").fill(p.business);
  await page.getByRole("button", { name: "Crear espacio de trabajo" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Ya existe una cuenta con ese correo. Inicia sesión en su lugar." })).toBeVisible();
  await expect(page.getByLabel("Nombre de tu negocio")).toHaveValue(p.business);
  // Nothing was created: the would-be workspace address does not exist for the demo owner.
  await signIn(page, DEMO.owner, DEMO.password);
  await expect(page).toHaveURL(/\/w\/clinica-sonrisa\/inbox$/);
  await page.getByRole("button", { name: "Cambiar de espacio de trabajo" }).click();
  await expect(page.getByRole("menuitem", { name: p.business })).toHaveCount(0);
});

test("a short password is explained next to the field", async ({ page }) => {
  const p = newPerson("Corta");
  await page.goto("/sign-up");
  await page.getByLabel("Tu nombre").fill(p.name);
  await page.getByLabel("Correo electrónico").fill(p.email);
  // Bypass the browser's own minlength check to see the server's answer.
  await page.getByLabel("Contraseña").evaluate((el) => el.removeAttribute("minlength"));
  await page.getByLabel("Contraseña").fill("corta");
  await page.getByLabel("Nombre de tu negocio").fill(p.business);
  await page.getByRole("button", { name: "Crear espacio de trabajo" }).click();
  await expect(page.getByText("La contraseña debe tener al menos 8 caracteres.")).toBeVisible();
});

test("an unknown invitation link says it is not valid", async ({ page }) => {
  await page.goto("/invite/this-token-does-not-exist-anywhere");
  await expect(page.getByText("Este enlace de invitación no es válido")).toBeVisible();
});

test("pages of a workspace need a session", async ({ page }) => {
  await page.goto(`/w/${DEMO.slug}/inbox`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fw%2Fclinica-sonrisa/);
  await page.getByLabel("Correo electrónico").fill(DEMO.agent);
  await page.getByLabel("Contraseña").fill(DEMO.password);
  await page.getByRole("button", { name: "Iniciar sesión" }).click();
  await expect(page).toHaveURL(/\/w\/clinica-sonrisa$|\/w\/clinica-sonrisa\/inbox$/);
});
