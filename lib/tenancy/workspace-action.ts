import "server-only";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { toActionError, formInput, type ActionResult } from "@/lib/actions/result";
import { AppError } from "@/lib/errors/app-error";
import type { TenantContext } from "./context";
import { requireMember } from "./require-member";
import type { Role } from "./roles";
import { withTenant } from "./with-tenant";

const slugField = z.object({ workspace: z.string().min(1).max(80) });

/**
 * Every server action under /w/[workspace] goes through this: the form carries `workspace`
 * (the slug), the member and role are checked by `requireMember`, the input is validated with
 * `schema`, and the handler runs in one tenant-scoped transaction. A refusal or a failure
 * returns `{ ok: false, error }` and commits nothing.
 */
export function workspaceAction<S extends z.ZodType, R>(
  opts: { schema: S; roles?: readonly Role[] },
  handler: (input: z.output<S>, ctx: TenantContext, tx: Tx) => Promise<R>,
): (prev: ActionResult<R> | null, formData: FormData) => Promise<ActionResult<R>>;
/**
 * `transaction: false` for an action that talks to another system (sending an Inngest event):
 * no database transaction may be held open across a network call — on the embedded PGlite, whose
 * one connection the in-process executor also needs, that would deadlock.
 */
export function workspaceAction<S extends z.ZodType, R>(
  opts: { schema: S; roles?: readonly Role[]; transaction: false },
  handler: (input: z.output<S>, ctx: TenantContext) => Promise<R>,
): (prev: ActionResult<R> | null, formData: FormData) => Promise<ActionResult<R>>;
export function workspaceAction<S extends z.ZodType, R>(
  opts: { schema: S; roles?: readonly Role[]; transaction?: false },
  handler: (input: z.output<S>, ctx: TenantContext, tx: Tx) => Promise<R>,
) {
  return async (_prev: ActionResult<R> | null, formData: FormData): Promise<ActionResult<R>> => {
    const raw = formInput(formData);
    try {
      const { workspace } = slugField.parse(raw);
      const { ctx, allowed } = await requireMember(workspace, { roles: opts.roles });
      if (!allowed) throw new AppError("forbidden:role");
      const input = opts.schema.parse(raw);
      if (opts.transaction === false) return { ok: true, data: await (handler as (i: z.output<S>, c: TenantContext) => Promise<R>)(input, ctx) };
      return { ok: true, data: await withTenant(ctx.tenantId, (tx) => handler(input, ctx, tx)) };
    } catch (e) {
      return toActionError(e, raw);
    }
  };
}
