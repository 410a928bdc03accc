"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { publicAction } from "@/lib/actions/result";
import { getSessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { TIME_ZONES } from "@/lib/tenancy/time-zones";
import { createWorkspace } from "@/lib/tenancy/workspaces";

const schema = z.object({ workspaceName: z.string().trim().min(2).max(80), timeZone: z.enum(TIME_ZONES), locale: z.enum(["es", "en"]).default("es") });

export const createWorkspaceAction = publicAction(schema, async (input) => {
  const user = await getSessionUser();
  if (!user) throw new AppError("unauthorized:session");
  const tenant = await createWorkspace(getDb(), user.id, { name: input.workspaceName, timeZone: input.timeZone, defaultLocale: input.locale });
  redirect(`/w/${tenant.slug}`);
});
