import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
// Debian's Chromium when present (CI and our machines); Playwright's own browser elsewhere.
const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "es-ES",
    timezoneId: "Europe/Madrid",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"], locale: "es-ES", channel: undefined }, dependencies: ["setup"] },
  ],
  webServer: {
    command: "npm run build && tsx scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      PGLITE_DIR: ".data/e2e-pglite",
      DATABASE_URL: "",
      // Test-only secrets: this server lives for one test run on loopback.
      APP_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64"),
      AUTH_SECRET: "e2e-only-auth-secret-not-for-production-use",
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      HILO_EXECUTOR: "embedded",
      HILO_EXECUTOR_PORT: "8299",
      INNGEST_DEV: "http://127.0.0.1:8299",
    },
  },
});
