import type { tenants } from "@/db/schema";
import type { Role } from "./roles";

/** Who is acting, in which workspace: the first argument of every tenant-scoped query. */
export type TenantContext = {
  tenantId: string;
  userId: string;
  role: Role;
  tenant: typeof tenants.$inferSelect;
};
