"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/result";

type Action<T> = (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/**
 * `useActionState` for the playground's forms, where an action can also fail before it runs: a
 * file over the server's upload limit, a dropped connection. Those come back as an ordinary failed
 * result (shown by FormError) instead of reaching the page's error boundary. `onSuccess` runs
 * after a successful action (e.g. to close its dialog).
 */
export function usePlaygroundAction<T>(action: Action<T>, opts: { onSuccess?: (data: T) => void } = {}) {
  return useActionState<ActionResult<T> | null, FormData>(async (prev, formData) => {
    let result: ActionResult<T>;
    try {
      result = await action(prev, formData);
    } catch {
      return { ok: false, error: "internal:unexpected" };
    }
    // Inside the action's transition, so a dialog closes together with the new state.
    if (result.ok) opts.onSuccess?.(result.data);
    return result;
  }, null);
}
