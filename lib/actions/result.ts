import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { AppError, type AppErrorCode } from "@/lib/errors/app-error";

/** What every server action returns: forms show `error` (a catalog key) and `fieldErrors`. */
export type ActionResult<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; error: AppErrorCode; fieldErrors?: Record<string, string[]> };

export const formInput = (formData: FormData) => Object.fromEntries(Array.from(formData.keys()).map((k) => [k, formData.getAll(k).length > 1 ? formData.getAll(k) : formData.get(k)]));

/** Turns a thrown error into a result; Next's redirects and not-founds pass through. */
export function toActionError(e: unknown): ActionResult<never> {
  unstable_rethrow(e);
  if (e instanceof AppError) return { ok: false, error: e.code };
  if (e instanceof z.ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of e.issues) (fieldErrors[String(issue.path[0] ?? "_")] ??= []).push(issue.code);
    return { ok: false, error: "bad_request:input", fieldErrors };
  }
  console.error("[action] unexpected error", e);
  return { ok: false, error: "internal:unexpected" };
}

/** A server action for forms (`useActionState`) outside a workspace: validates, then runs. */
export function publicAction<S extends z.ZodType, R>(schema: S, handler: (input: z.output<S>) => Promise<R>) {
  return async (_prev: ActionResult<R> | null, formData: FormData): Promise<ActionResult<R>> => {
    try {
      return { ok: true, data: await handler(schema.parse(formInput(formData))) };
    } catch (e) {
      return toActionError(e);
    }
  };
}
