"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { inngest } from "@/inngest/client";
import { AppError } from "@/lib/errors/app-error";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";
import { workspaceAction } from "@/lib/tenancy/workspace-action";

export const startSelfTestAction = workspaceAction({ schema: z.object({}), roles: MANAGER_ROLES, transaction: false }, async (_input, ctx) => {
  try {
    await inngest.send({ name: "hilo/workflows.self-test.requested", data: { tenantId: ctx.tenantId, requestedBy: ctx.userId } });
  } catch (e) {
    throw new AppError("internal:workflows_unreachable", { cause: e });
  }
  revalidatePath(`/w/${ctx.tenant.slug}/settings/workflows`);
});
