import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(__dirname),
  // Next.js guards server modules with this import; under Vitest every module is server-side.
  "server-only": path.resolve(__dirname, "db/testing/server-only-stub.ts"),
};

// Test-only secrets, so modules that encrypt or sign can run; never used outside tests.
const env = { APP_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"), AUTH_SECRET: "vitest-only-auth-secret-0123456789abcdef" };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", env, include: ["{lib,db,components,inngest}/**/*.test.ts"], exclude: ["**/*.int.test.ts"], environment: "node" },
      },
      {
        // Integration tests against a real PostgreSQL (a fresh database per run) when one answers, PGlite otherwise.
        resolve: { alias },
        test: {
          name: "integration",
          env,
          include: ["{lib,db,inngest}/**/*.int.test.ts"],
          globalSetup: ["db/testing/global-setup.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The embedded default always gets its own run of the core suites.
        resolve: { alias },
        test: {
          name: "integration-pglite",
          include: ["lib/tenancy/**/*.int.test.ts", "lib/auth/**/*.int.test.ts", "db/**/*.int.test.ts", "inngest/offline/conformance.int.test.ts", "inngest/offline/crash.int.test.ts", "lib/whatsapp/**/*.int.test.ts", "lib/messaging/**/*.int.test.ts", "lib/media/**/*.int.test.ts", "lib/consent/**/*.int.test.ts", "lib/templates/**/*.int.test.ts", "lib/business/**/*.int.test.ts"],
          env: { ...env, HILO_TEST_ENGINE: "pglite" },
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
