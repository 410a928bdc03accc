"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { publicAction } from "@/lib/actions/result";
import { toWaId } from "@/lib/consent/phone";
import { defaultCountryOf } from "@/lib/consent/settings";
import { recordWebOptIn, unsafeFindOptInWorkspaceBySlug } from "@/lib/consent/web-opt-in";
import { AppError } from "@/lib/errors/app-error";
import { appOrigin } from "@/lib/http/app-origin";

const schema = z.object({
  workspace: z.string().min(1).max(80),
  phone: z.string().trim().min(4).max(40),
  name: z.string().trim().max(120).optional().transform((v) => v || null),
  accept: z.literal("on"),
  // The sentence the page showed; recordWebOptIn checks it is the workspace's current one.
  wording: z.string().min(1).max(2000),
});

/** The public opt-in form (`/optin/[workspace]`): no session, the workspace comes from the link. */
export const webOptInAction = publicAction(schema, async (input) => {
  const workspace = await unsafeFindOptInWorkspaceBySlug(input.workspace);
  if (!workspace) throw new AppError("not_found:workspace");
  const waId = toWaId(input.phone, defaultCountryOf(workspace));
  if (!waId) throw new z.ZodError([{ code: "custom", path: ["phone"], message: "not a valid phone number", input: input.phone }]);
  const [h, origin] = await Promise.all([headers(), appOrigin()]);
  // The first address of X-Forwarded-For is the client as the proxy saw it.
  const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || null;
  await recordWebOptIn(workspace, { waId, name: input.name, wording: input.wording }, { pageUrl: `${origin}/optin/${workspace.slug}`, ip, userAgent: h.get("user-agent"), submittedAt: new Date() });
  return { done: true as const };
});
