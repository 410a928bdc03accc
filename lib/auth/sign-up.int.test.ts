import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { auditLog, memberships, tenants, users } from "@/db/schema";
import { rejection } from "@/db/testing/errors";
import { uniqueEmail } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { AppError } from "@/lib/errors/app-error";
import { verifyPassword } from "./password";
import { signUpWithWorkspace } from "./sign-up";
import { findUserByEmail } from "./users";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

// Scoped to this test's own names: other suites write to the same database in parallel.
const workspacesNamed = async (name: string) => (await database.db.select({ n: count() }).from(tenants).where(eq(tenants.name, name)))[0].n;
const accountsWith = async (email: string) => (await database.db.select({ n: count() }).from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`))[0].n;

describe("sign-up", () => {
  it("creates the account, a workspace and the owner membership", async () => {
    const email = uniqueEmail("Lucia");
    const { user, tenant } = await signUpWithWorkspace({ name: "Lucía", email, password: "una clave larga", workspaceName: "Clínica Dental Sonrisa", timeZone: "Atlantic/Canary" }, database.db);
    expect(tenant.slug).toMatch(/^clinica-dental-sonrisa(-\d+)?$/);
    expect(tenant.timeZone).toBe("Atlantic/Canary");
    const [m] = await database.db.select().from(memberships).where(eq(memberships.tenantId, tenant.id));
    expect(m).toMatchObject({ userId: user.id, role: "owner" });
    const stored = await findUserByEmail(email.toUpperCase(), database.db);
    expect(stored?.email).toBe(email.toLowerCase());
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored?.passwordHash, "una clave larga")).toBe(true);
    expect(await verifyPassword(stored?.passwordHash, "otra clave")).toBe(false);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.tenantId, tenant.id));
    expect(audit.map((a) => a.action)).toEqual(["workspace.created"]);
  });

  it("gives a second business with the same name its own slug", async () => {
    const name = `Peluquería ${Date.now()}`;
    const first = await signUpWithWorkspace({ name: "A", email: uniqueEmail(), password: "password-1", workspaceName: name }, database.db);
    const second = await signUpWithWorkspace({ name: "B", email: uniqueEmail(), password: "password-2", workspaceName: name }, database.db);
    expect(second.tenant.slug).not.toBe(first.tenant.slug);
    expect(second.tenant.slug.startsWith(first.tenant.slug)).toBe(true);
  });

  it("refuses a duplicate email (any case) and creates nothing", async () => {
    const email = uniqueEmail("dup");
    await signUpWithWorkspace({ name: "A", email, password: "password-1", workspaceName: "Uno" }, database.db);
    const second = `Dos ${email}`;
    const err = await signUpWithWorkspace({ name: "B", email: email.toUpperCase(), password: "password-2", workspaceName: second }, database.db).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("conflict:email");
    expect(await workspacesNamed(second)).toBe(0);
    expect(await accountsWith(email)).toBe(1);
  });

  it("two simultaneous sign-ups with one email leave one account and one workspace", async () => {
    const email = uniqueEmail("race");
    const results = await Promise.allSettled([
      signUpWithWorkspace({ name: "A", email, password: "password-1", workspaceName: "Carrera A" }, database.db),
      signUpWithWorkspace({ name: "B", email, password: "password-2", workspaceName: "Carrera B" }, database.db),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as AppError).code).toBe("conflict:email");
    const rows = await database.db.select().from(users).where(sql`lower(${users.email}) = ${email}`);
    expect(rows).toHaveLength(1);
    const owned = await database.db.select().from(memberships).where(eq(memberships.userId, rows[0].id));
    expect(owned).toHaveLength(1);
  });

  it("rejects bad input with field errors before touching the database", async () => {
    const name = `Malo ${Date.now()}`;
    const text = await rejection(signUpWithWorkspace({ name: "", email: "not-an-email", password: "short", workspaceName: name }, database.db));
    expect(text).toMatch(/email/);
    expect(text).toMatch(/password/);
    expect(await workspacesNamed(name)).toBe(0);
    expect(await accountsWith("not-an-email")).toBe(0);
  });
});
