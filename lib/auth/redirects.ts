import { findUserByEmail } from "./users";
import { listUserWorkspaces } from "@/lib/tenancy/workspaces";
import { withUser } from "@/lib/tenancy/with-tenant";

/** Only same-site paths: "/w/x" yes, "//evil.com" or "https://…" no. */
export function safeCallbackUrl(url: unknown): string | null {
  if (typeof url !== "string" || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) return null;
  return url;
}

/** Where a user lands after signing in: their first workspace, or the page to create one. */
export async function homeFor(userId: string): Promise<string> {
  const workspaces = await withUser(userId, (tx) => listUserWorkspaces(tx, userId));
  return workspaces[0] ? `/w/${workspaces[0].slug}` : "/workspaces/new";
}

export async function homeForEmail(email: string): Promise<string> {
  const user = await findUserByEmail(email);
  return user ? homeFor(user.id) : "/sign-in";
}
