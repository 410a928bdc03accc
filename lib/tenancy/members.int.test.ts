import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { createOwnerWorkspace, uniqueEmail } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import type { AppError } from "@/lib/errors/app-error";
import type { TenantContext } from "./context";
import { acceptInvitationOrThrow, createInvitation } from "./invitations";
import { changeMemberRole, listMembers, removeMember } from "./members";
import { withTenant } from "./with-tenant";

let database: Database;
let owner: TenantContext;
beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createOwnerWorkspace(database.db, "Equipo");
});
afterAll(async () => {
  await database?.close();
});

const asTenant = <T>(fn: Parameters<typeof withTenant<T>>[1]) => withTenant(owner.tenantId, fn, database.db);

async function addMember(role: "agent" | "admin") {
  const { token } = await asTenant((tx) => createInvitation(tx, owner, { role }));
  const joined = await acceptInvitationOrThrow(token, { newAccount: { name: role, email: uniqueEmail(role), password: "password-1" } }, database.db);
  const members = await asTenant((tx) => listMembers(tx, owner));
  const m = members.find((x) => x.userId === joined.userId)!;
  return { membershipId: m.id, ctx: { ...owner, userId: joined.userId, role } as TenantContext };
}

describe("team management", () => {
  it("the last owner can be neither demoted nor removed", async () => {
    const [me] = await asTenant((tx) => listMembers(tx, owner));
    const demote = await asTenant((tx) => changeMemberRole(tx, owner, me.id, "agent")).catch((e) => e);
    expect((demote as AppError).code).toBe("forbidden:last_owner");
    const remove = await asTenant((tx) => removeMember(tx, owner, me.id)).catch((e) => e);
    expect((remove as AppError).code).toBe("forbidden:last_owner");
  });

  it("an admin manages agents but cannot touch an owner or make one", async () => {
    const admin = await addMember("admin");
    const agent = await addMember("agent");
    const [ownerRow] = await asTenant((tx) => listMembers(tx, owner));
    expect(((await asTenant((tx) => removeMember(tx, admin.ctx, ownerRow.id)).catch((e) => e)) as AppError).code).toBe("forbidden:role");
    expect(((await asTenant((tx) => changeMemberRole(tx, admin.ctx, agent.membershipId, "owner")).catch((e) => e)) as AppError).code).toBe("forbidden:role");
    await asTenant((tx) => changeMemberRole(tx, admin.ctx, agent.membershipId, "admin"));
    await asTenant((tx) => removeMember(tx, admin.ctx, agent.membershipId));
    const left = await asTenant((tx) => listMembers(tx, owner));
    expect(left.map((m) => m.id)).not.toContain(agent.membershipId);
  });

  it("a member of another workspace cannot be changed from this one", async () => {
    const other = await createOwnerWorkspace(database.db, "Ajena");
    const [foreign] = await withTenant(other.tenantId, (tx) => listMembers(tx, other), database.db);
    const err = await asTenant((tx) => removeMember(tx, owner, foreign.id)).catch((e) => e);
    expect((err as AppError).code).toBe("not_found:member");
  });
});
