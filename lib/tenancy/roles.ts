export const ROLES = ["owner", "admin", "agent"] as const;
export type Role = (typeof ROLES)[number];

/** Who may reach settings, billing and team management. */
export const MANAGER_ROLES: readonly Role[] = ["owner", "admin"];
/** Roles an invitation may grant: ownership is never handed out by link. */
export const INVITABLE_ROLES = ["admin", "agent"] as const;

export const hasRole = (role: Role, allowed?: readonly Role[]) => !allowed || allowed.includes(role);
