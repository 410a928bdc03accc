import { expect, test } from "@playwright/test";
import { DEMO } from "../fixtures/people";

test.use({ storageState: "e2e/.auth/demo-owner.json" });

test("an admin starts a test workflow and sees it complete in the run list", async ({ page }) => {
  await page.goto(`/w/${DEMO.slug}/settings/workflows`);
  await expect(page.getByRole("heading", { name: "Motor de automatizaciones" })).toBeVisible();
  await expect(page.getByText("Funcionando")).toBeVisible({ timeout: 30_000 });
  const runs = page.getByRole("list", { name: "Ejecuciones recientes" });
  const before = await runs.getByRole("listitem").count().catch(() => 0);
  await page.getByRole("button", { name: "Lanzar prueba" }).click();
  // The run appears, goes through its one-second sleep, and completes: the page refreshes itself.
  await expect(runs.getByRole("listitem").filter({ hasText: "Prueba de automatizaciones" })).toHaveCount(before + 1, { timeout: 20_000 });
  await expect(runs.getByRole("listitem").first()).toContainText("Completada", { timeout: 20_000 });
});
