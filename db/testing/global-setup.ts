import { randomBytes } from "node:crypto";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { migrateDatabase, openDatabase } from "../engine";

/**
 * Creates a fresh PostgreSQL database for this run (dropped afterwards) when a server answers at
 * TEST_DATABASE_URL or 127.0.0.1:5432; otherwise the integration tests run on in-memory PGlite.
 */
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) throw new Error(`Refusing to run tests against a non-local database (${host})`);
}

export default async function setup(project: TestProject) {
  assertLocal(ADMIN_URL);
  const admin = postgres(ADMIN_URL, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await admin`select 1`;
  } catch {
    await admin.end().catch(() => {});
    console.warn(`[tests] no PostgreSQL at ${ADMIN_URL}: integration tests run on PGlite`);
    project.provide("testEngine", "pglite");
    project.provide("testDatabaseUrl", "");
    return;
  }
  const name = `hilo_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await admin.unsafe(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const database = openDatabase({ url: url.toString(), max: 1 });
  await migrateDatabase(database);
  await database.close();
  project.provide("testEngine", "postgres");
  project.provide("testDatabaseUrl", url.toString());
  console.log(`[tests] PostgreSQL database ${name}`);

  return async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    testEngine: "postgres" | "pglite";
    testDatabaseUrl: string;
  }
}
