import { expect, test } from "@playwright/test";
import { DEMO } from "../fixtures/people";

test.use({ storageState: "e2e/.auth/demo-owner.json" });

test("the demo clinic's inbox shows its conversations by status", async ({ page }) => {
  await page.goto(`/w/${DEMO.slug}`);
  const list = page.getByRole("list", { name: "Conversaciones" });
  await expect(list).toContainText("Carmen López");
  await expect(list).toContainText("A las 18:30 perfecto");
  await expect(list).toContainText("Javier Ruiz");
  await page.getByRole("link", { name: "Pendientes" }).click();
  await expect(list).toContainText("Ana Torres");
  await expect(list).not.toContainText("Carmen López");
  await page.getByRole("link", { name: "Cerradas" }).click();
  await expect(list).toContainText("Diego Navarro");
});

test("contacts show their current marketing consent from the ledger", async ({ page }) => {
  await page.goto(`/w/${DEMO.slug}/contacts`);
  const row = (name: string) => page.getByRole("row").filter({ hasText: name });
  await expect(row("Carmen López")).toContainText("Acepta");
  await expect(row("Javier Ruiz")).toContainText("Dado de baja");
  await expect(row("Ana Torres")).toContainText("Sin consentimiento");
});

test("the demo's approved templates are listed", async ({ page }) => {
  await page.goto(`/w/${DEMO.slug}/templates`);
  await expect(page.getByRole("row").filter({ hasText: "recordatorio_cita" })).toContainText("Aprobada");
  await expect(page.getByRole("row").filter({ hasText: "promo_blanqueamiento" })).toContainText("Marketing");
});

test("every section still to come says what will be there", async ({ page }) => {
  const sections: [string, string][] = [
    ["Campañas", "Sin campañas todavía"],
    ["Analítica", "Todavía no hay datos"],
  ];
  await page.goto(`/w/${DEMO.slug}/inbox`);
  for (const [link, empty] of sections) {
    await page.getByRole("link", { name: link }).click();
    await expect(page.getByRole("heading", { name: link, level: 1 })).toBeVisible();
    await expect(page.getByText(empty)).toBeVisible();
  }
});

test("health reports the embedded database and the in-process workflow executor", async ({ request }) => {
  await expect
    .poll(async () => (await request.get("/api/health")).json(), { timeout: 30_000 })
    .toMatchObject({ status: "ok", database: { engine: "pglite", ok: true }, workflows: { mode: "embedded", ok: true } });
  // Every workflow is synced (onFailure handlers count as functions of their own).
  const { workflows } = await (await request.get("/api/health")).json();
  expect(workflows.functions).toBeGreaterThanOrEqual(4);
});
