// npm run db:seed — creates or completes the demo workspace (safe to repeat).
import { migrateDatabase, openDatabase } from "../db/engine";
import { seedDemo, type SeedResult } from "../db/seed";
import { getDatabaseEnv } from "../lib/env";
import { loadEnvFiles } from "./env-files";

export async function seedFromEnv(opts: { onlyIfMissing?: boolean } = {}): Promise<SeedResult | null> {
  const database = openDatabase(getDatabaseEnv());
  try {
    await migrateDatabase(database);
    if (opts.onlyIfMissing) {
      const existing = await database.db.query.tenants.findFirst({ where: (t, { eq }) => eq(t.slug, "clinica-sonrisa") });
      if (existing) return null;
    }
    return await seedDemo(database.db);
  } finally {
    await database.close();
  }
}

export function printCredentials(result: SeedResult, port: number | string = 3000) {
  console.log(`\n  Demo workspace: http://localhost:${port}/w/${result.slug}`);
  for (const u of result.users) console.log(`    ${u.role.padEnd(6)} ${u.email}  password: ${result.password}`);
  console.log("");
}

if (process.argv[1]?.endsWith("db-seed.ts")) {
  loadEnvFiles();
  seedFromEnv()
    .then((r) => r && printCredentials(r, process.env.PORT ?? 3000))
    .catch((e) => {
      console.error("✗ seeding failed:", e);
      process.exit(1);
    });
}
