import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { memberships, users } from "@/db/schema";
import { createOwnerWorkspace, uniqueEmail } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { AppError } from "@/lib/errors/app-error";
import { acceptInvitationOrThrow, createInvitation, INVITATION_TTL_MS, listPendingInvitations, revokeInvitation, unsafeFindInvitationByToken } from "./invitations";
import { withTenant } from "./with-tenant";

let database: Database;
let owner: Awaited<ReturnType<typeof createOwnerWorkspace>>;
beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createOwnerWorkspace(database.db, "Clínica Invitaciones");
});
afterAll(async () => {
  await database?.close();
});

const invite = (role: "agent" | "admin" = "agent", now?: Date) => withTenant(owner.tenantId, (tx) => createInvitation(tx, owner, { role }, now), database.db);
const codeOf = (e: unknown) => (e as AppError).code;
const accountsWith = async (email: string) => (await database.db.select({ n: count() }).from(users).where(eq(users.email, email.toLowerCase())))[0].n;

describe("invitations", () => {
  it("a new colleague creates an account and joins with the invited role", async () => {
    const { token } = await invite("agent");
    const found = await unsafeFindInvitationByToken(token, database.db);
    expect(found).toMatchObject({ state: "valid", workspaceName: "Clínica Invitaciones", inviterName: "Owner" });
    const email = uniqueEmail("agent");
    const joined = await acceptInvitationOrThrow(token, { newAccount: { name: "Pablo", email, password: "agente-seguro" } }, database.db);
    expect(joined).toMatchObject({ tenantId: owner.tenantId, slug: owner.tenant.slug, role: "agent" });
    const [m] = await database.db.select().from(memberships).where(eq(memberships.userId, joined.userId));
    expect(m.role).toBe("agent");
    expect((await unsafeFindInvitationByToken(token, database.db))?.state).toBe("accepted");
  });

  it("works once: a second use is refused and creates no account", async () => {
    const { token } = await invite();
    await acceptInvitationOrThrow(token, { newAccount: { name: "Uno", email: uniqueEmail(), password: "password-1" } }, database.db);
    const email = uniqueEmail();
    const err = await acceptInvitationOrThrow(token, { newAccount: { name: "Dos", email, password: "password-2" } }, database.db).catch((e) => e);
    expect(codeOf(err)).toBe("not_found:invitation");
    expect(await accountsWith(email)).toBe(0);
  });

  it("an expired link says so and creates nothing", async () => {
    const created = new Date(Date.now() - INVITATION_TTL_MS - 60_000);
    const { token } = await invite("agent", created);
    expect((await unsafeFindInvitationByToken(token, database.db))?.state).toBe("expired");
    const email = uniqueEmail();
    const err = await acceptInvitationOrThrow(token, { newAccount: { name: "Tarde", email, password: "password-1" } }, database.db).catch((e) => e);
    expect(codeOf(err)).toBe("expired:invitation");
    expect(await accountsWith(email)).toBe(0);
  });

  it("a revoked link no longer works and leaves the pending list", async () => {
    const { token, invitation } = await invite("admin");
    await withTenant(owner.tenantId, (tx) => revokeInvitation(tx, owner, invitation.id), database.db);
    const pending = await withTenant(owner.tenantId, (tx) => listPendingInvitations(tx, owner), database.db);
    expect(pending.map((p) => p.id)).not.toContain(invitation.id);
    const err = await acceptInvitationOrThrow(token, { userId: owner.userId }, database.db).catch((e) => e);
    expect(codeOf(err)).toBe("not_found:invitation");
  });

  it("an existing member cannot join twice, and the link stays usable", async () => {
    const { token } = await invite();
    const err = await acceptInvitationOrThrow(token, { userId: owner.userId }, database.db).catch((e) => e);
    expect(codeOf(err)).toBe("conflict:already_member");
    expect((await unsafeFindInvitationByToken(token, database.db))?.state).toBe("valid");
  });

  it("a signed-in user of another workspace joins and then belongs to both", async () => {
    const other = await createOwnerWorkspace(database.db, "Otra empresa");
    const { token } = await invite("admin");
    await acceptInvitationOrThrow(token, { userId: other.userId }, database.db);
    const rows = await database.db.select().from(memberships).where(eq(memberships.userId, other.userId));
    expect(rows.map((r) => r.role).sort()).toEqual(["admin", "owner"]);
  });

  it("joining with an email that already has an account creates nothing and keeps the link usable", async () => {
    const { token } = await invite();
    const err = await acceptInvitationOrThrow(token, { newAccount: { name: "Copia", email: owner.email.toUpperCase(), password: "password-1" } }, database.db).catch((e) => e);
    expect(codeOf(err)).toBe("conflict:email");
    expect(await accountsWith(owner.email)).toBe(1);
    expect((await unsafeFindInvitationByToken(token, database.db))?.state).toBe("valid");
  });

  it("an unknown token finds nothing", async () => {
    expect(await unsafeFindInvitationByToken("no-such-token-at-all", database.db)).toBeNull();
  });
});
