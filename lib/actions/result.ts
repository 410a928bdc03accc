import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { AppError, type AppErrorCode } from "@/lib/errors/app-error";

/** What every server action returns: forms show `error` (a catalog key) and `fieldErrors`. */
export type ActionResult<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; error: AppErrorCode; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };

/** What the user typed, minus secrets, so a form that failed can show it again (nothing is lost). */
function echoValues(raw: Record<string, unknown> | undefined): Record<string, string> | undefined {
  if (!raw) return undefined;
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === "string" && !k.startsWith("$") && !/password|token|secret/i.test(k)) values[k] = v;
  return values;
}

export const formInput = (formData: FormData): Record<string, unknown> => Object.fromEntries(Array.from(formData.keys()).map((k) => [k, formData.getAll(k).length > 1 ? formData.getAll(k) : formData.get(k)]));

/** Turns a thrown error into a result; Next's redirects and not-founds pass through. */
export function toActionError(e: unknown, raw?: Record<string, unknown>): ActionResult<never> {
  unstable_rethrow(e);
  const values = echoValues(raw);
  if (e instanceof AppError) return { ok: false, error: e.code, values };
  if (e instanceof z.ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of e.issues) (fieldErrors[String(issue.path[0] ?? "_")] ??= []).push(issue.code);
    return { ok: false, error: "bad_request:input", fieldErrors, values };
  }
  console.error("[action] unexpected error", e);
  return { ok: false, error: "internal:unexpected", values };
}

/** A server action for forms (`useActionState`) outside a workspace: validates, then runs. */
export function publicAction<S extends z.ZodType, R>(schema: S, handler: (input: z.output<S>) => Promise<R>) {
  return async (_prev: ActionResult<R> | null, formData: FormData): Promise<ActionResult<R>> => {
    const raw = formInput(formData);
    try {
      return { ok: true, data: await handler(schema.parse(raw)) };
    } catch (e) {
      return toActionError(e, raw);
    }
  };
}
