import { expect, test } from "@playwright/test";
import { newPerson, signIn, signOut } from "../fixtures/people";

test("a business owner signs up, invites an agent, and the agent works the inbox but is refused settings", async ({ page, browser }) => {
  const owner = newPerson("Duena");
  const agent = newPerson("Agente");

  // Sign up: lands in a brand-new, empty workspace.
  await page.goto("/");
  await page.getByRole("link", { name: "Crear mi espacio de trabajo" }).click();
  await page.getByLabel("Tu nombre").fill(owner.name);
  await page.getByLabel("Correo electrónico").fill(owner.email);
  await page.getByLabel("Contraseña").fill(owner.password);
  await page.getByLabel("Nombre de tu negocio").fill(owner.business);
  await page.getByRole("button", { name: "Crear espacio de trabajo" }).click();
  await expect(page).toHaveURL(/\/w\/negocio-duena-[a-z0-9-]+\/inbox$/);
  const workspaceUrl = new URL(page.url()).pathname.replace(/\/inbox$/, "");
  await expect(page.getByRole("heading", { name: "Bandeja de entrada" })).toBeVisible();
  await expect(page.getByText("No hay conversaciones abiertas")).toBeVisible();
  await expect(page.getByRole("button", { name: "Cambiar de espacio de trabajo" })).toContainText(owner.business);

  // Sign out, then back in.
  await signOut(page);
  await signIn(page, owner.email, owner.password);
  await expect(page).toHaveURL(new RegExp(`${workspaceUrl}/inbox$`));

  // Invite a colleague as agent.
  await page.getByRole("link", { name: "Configuración" }).click();
  await page.getByRole("link", { name: "Equipo" }).click();
  await page.getByLabel("Correo (opcional)").fill(agent.email);
  await page.getByRole("button", { name: "Crear enlace" }).click();
  const link = await page.getByTestId("invitation-link").inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{20,}$/);
  await expect(page.getByRole("list", { name: "Invitaciones pendientes" })).toContainText("Agente");

  // The colleague accepts in a second browser context (another person, another browser).
  const colleague = await browser.newContext({ locale: "es-ES" });
  const agentPage = await colleague.newPage();
  await agentPage.goto(link);
  await expect(agentPage.getByRole("heading", { name: `Únete a ${owner.business}` })).toBeVisible();
  await expect(agentPage.getByText("con el rol de Agente")).toBeVisible();
  await expect(agentPage.getByLabel("Correo electrónico")).toHaveValue(agent.email);
  await agentPage.getByLabel("Tu nombre").fill(agent.name);
  await agentPage.getByLabel("Contraseña").fill(agent.password);
  await agentPage.getByRole("button", { name: "Crear cuenta y unirme" }).click();

  // The agent sees the inbox…
  await expect(agentPage).toHaveURL(new RegExp(`${workspaceUrl}/inbox$`));
  await expect(agentPage.getByRole("heading", { name: "Bandeja de entrada" })).toBeVisible();
  await expect(agentPage.getByRole("button", { name: "Cambiar de espacio de trabajo" })).toContainText("Agente");
  await expect(agentPage.getByRole("link", { name: "Configuración" })).toHaveCount(0);

  // …but is refused settings, team management and billing, even by typing the address.
  for (const path of ["/settings", "/settings/team", "/settings/billing"]) {
    await agentPage.goto(workspaceUrl + path);
    await expect(agentPage.getByRole("heading", { name: "No tienes acceso a esta sección" })).toBeVisible();
    await expect(agentPage.getByRole("button", { name: "Crear enlace" })).toHaveCount(0);
  }

  // The owner now sees the agent on the team and no pending invitation.
  await page.reload();
  await expect(page.getByRole("list", { name: "Miembros" })).toContainText(agent.email);
  await expect(page.getByText("No hay invitaciones pendientes.")).toBeVisible();

  // The used link does not work a second time.
  await agentPage.goto(link);
  await expect(agentPage.getByText("Este enlace de invitación no es válido")).toBeVisible();

  // Removing a member asks first, then takes effect at once.
  await page.getByRole("listitem").filter({ hasText: agent.email }).getByRole("button", { name: "Quitar" }).click();
  await expect(page.getByRole("dialog")).toContainText(`¿Quitar a ${agent.name} del equipo?`);
  await page.getByRole("button", { name: "Sí, quitar" }).click();
  await expect(page.getByRole("list", { name: "Miembros" })).not.toContainText(agent.email);
  const gone = await agentPage.goto(`${workspaceUrl}/inbox`);
  expect(gone?.status()).toBe(404);
  await colleague.close();
});
