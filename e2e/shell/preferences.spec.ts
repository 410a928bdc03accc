import { expect, test } from "@playwright/test";
import { signIn, signOut } from "../fixtures/people";
import { signUpNewOwner } from "../fixtures/sign-up";

test("the language switch turns the app into English, and the account remembers it", async ({ page }) => {
  const owner = await signUpNewOwner(page);
  await page.getByRole("button", { name: "Menú de usuario" }).first().click();
  await page.getByRole("menuitem", { name: "Idioma" }).hover();
  await page.getByRole("menuitemradio", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Contacts" })).toBeVisible();

  // A new browser (no cookie) gets English after signing in, because the account remembers it.
  await page.context().clearCookies();
  await signIn(page, owner.email, owner.password);
  await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "User menu" }).first().click();
  await page.getByRole("menuitem", { name: "Language" }).hover();
  await page.getByRole("menuitemradio", { name: "Español" }).click();
  await expect(page.getByRole("heading", { name: "Bandeja de entrada", level: 1 })).toBeVisible();
});

test("dark theme is remembered across pages", async ({ page }) => {
  await signUpNewOwner(page, "Tema");
  await page.getByRole("button", { name: "Menú de usuario" }).first().click();
  await page.getByRole("menuitem", { name: "Tema" }).hover();
  await page.getByRole("menuitemradio", { name: "Oscuro" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.getByRole("link", { name: "Contactos" }).click();
  await expect(page.getByRole("heading", { name: "Contactos", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveClass(/dark/);
});

test("an owner in two workspaces switches between them", async ({ page }) => {
  const owner = await signUpNewOwner(page, "Multi");
  await page.getByRole("button", { name: "Cambiar de espacio de trabajo" }).click();
  await page.getByRole("menuitem", { name: "Crear otro espacio" }).click();
  const second = `Segunda sede ${owner.email.slice(6, 14)}`;
  await page.getByLabel("Nombre de tu negocio").fill(second);
  await page.getByRole("button", { name: "Crear espacio de trabajo" }).click();
  await expect(page.getByRole("button", { name: "Cambiar de espacio de trabajo" })).toContainText(second);
  await page.getByRole("button", { name: "Cambiar de espacio de trabajo" }).click();
  await page.getByRole("menuitem", { name: owner.business }).click();
  await expect(page).toHaveURL(new RegExp(`${owner.workspacePath}/inbox$`));
  await expect(page.getByRole("button", { name: "Cambiar de espacio de trabajo" })).toContainText(owner.business);
  await signOut(page);
});
