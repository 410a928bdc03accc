import { describe, expect, it } from "vitest";
import { getDatabaseEnv, getEnv } from "./env";

const valid = { APP_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"), AUTH_SECRET: "x".repeat(40) };

describe("environment", () => {
  it("explains each missing or bad variable by name", () => {
    expect(() => getEnv({})).toThrow(/APP_ENCRYPTION_KEY is missing[\s\S]*AUTH_SECRET is missing/);
    expect(() => getEnv({ ...valid, APP_ENCRYPTION_KEY: "c2hvcnQ=" })).toThrow(/APP_ENCRYPTION_KEY must be exactly 32 bytes/);
    expect(() => getEnv({ ...valid, DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a postgres:\/\//);
  });

  it("applies defaults: embedded database, port 3000, demo seeding", () => {
    const env = getEnv({ ...valid, DATABASE_URL: "" });
    expect(env).toMatchObject({ PORT: 3000, PGLITE_DIR: ".data/pglite", SEED_DEMO: "true", DATABASE_URL: undefined });
  });

  it("the database settings need no secrets", () => {
    expect(getDatabaseEnv({ DATABASE_URL: "postgres://u@h/db" })).toEqual({ url: "postgres://u@h/db", pgliteDir: ".data/pglite" });
    expect(getDatabaseEnv({ PGLITE_DIR: "memory://" })).toEqual({ url: undefined, pgliteDir: "memory://" });
  });
});
