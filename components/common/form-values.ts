import type { ActionResult } from "@/lib/actions/result";

/** The value a field had when its form last failed, to refill it (React resets forms after an action). */
export const echoed = (state: ActionResult | null, name: string, fallback?: string) => (state && !state.ok ? state.values?.[name] : undefined) ?? fallback;
