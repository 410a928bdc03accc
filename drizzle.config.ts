import { defineConfig } from "drizzle-kit";

// Generation only: migrations are applied by `npm run db:migrate` (scripts/db-migrate.ts),
// which works on PostgreSQL and on the embedded PGlite alike.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
