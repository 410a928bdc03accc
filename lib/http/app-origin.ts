import "server-only";
import { headers } from "next/headers";
import { getEnv } from "@/lib/env";

/** The app's public origin for links and webhook URLs: APP_URL when set, else this request's host. */
export async function appOrigin(): Promise<string> {
  const configured = getEnv().APP_URL;
  if (configured) return configured.replace(/\/$/, "");
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host")}`;
}
