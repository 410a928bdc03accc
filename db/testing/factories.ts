import { randomBytes } from "node:crypto";
import { signUpWithWorkspace } from "@/lib/auth/sign-up";
import type { TenantContext } from "@/lib/tenancy/context";
import type { Db } from "../engine";

export const uniq = (prefix = "t") => `${prefix}${randomBytes(4).toString("hex")}`;

export const uniqueEmail = (prefix = "user") => `${uniq(prefix)}@example.test`;

/** A new account with its own workspace, as sign-up makes it; returns the owner's tenant context. */
export async function createOwnerWorkspace(db: Db, name = uniq("Workspace ")): Promise<TenantContext & { email: string; password: string }> {
  const email = uniqueEmail("owner");
  const password = "correct horse battery";
  const { user, tenant } = await signUpWithWorkspace({ name: "Owner", email, password, workspaceName: name }, db);
  return { tenantId: tenant.id, userId: user.id, role: "owner", tenant, email, password };
}
