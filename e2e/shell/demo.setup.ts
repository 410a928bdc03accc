import { expect, test as setup } from "@playwright/test";
import { DEMO, signIn } from "../fixtures/people";

export const OWNER_STATE = "e2e/.auth/demo-owner.json";

setup("sign in as the demo owner", async ({ page }) => {
  await signIn(page, DEMO.owner, DEMO.password);
  await expect(page).toHaveURL(/\/w\/clinica-sonrisa\/inbox$/);
  await page.context().storageState({ path: OWNER_STATE });
});
