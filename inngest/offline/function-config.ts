import { durationToMs } from "inngest";

/** The parts of a synced function's config (InngestFunction.getConfig) the executor acts on. */
export type Trigger = { event?: string; expression?: string; cron?: string };
export type FunctionConfig = {
  id: string;
  name?: string;
  triggers: Trigger[];
  steps: Record<string, { id: string; runtime: { type: string; url: string }; retries?: { attempts?: number } }>;
  concurrency?: number | { key?: string; limit: number; scope?: string }[] | { key?: string; limit: number; scope?: string };
  throttle?: { key?: string; limit: number; period: string; burst?: number };
  debounce?: { key?: string; period: string; timeout?: string };
  cancel?: { event: string; if?: string; timeout?: string }[];
  [other: string]: unknown;
};

// Keys we implement. Any other (rateLimit, idempotency, batchEvents, priority, timeouts, singleton…)
// makes the function's runs fail with a clear error rather than run with its guarantee missing.
const SUPPORTED = new Set(["id", "name", "triggers", "steps", "concurrency", "throttle", "debounce", "cancel"]);

/** Why this function cannot run here, or null. Unsupported flow control must not silently be ignored. */
export function unsupportedFeature(config: FunctionConfig): string | null {
  for (const [key, value] of Object.entries(config)) {
    if (!SUPPORTED.has(key) && value !== undefined && value !== null) return `function ${config.id} uses "${key}", which the offline executor does not support`;
  }
  const limits = concurrencyLimits(config);
  if (limits.length > 2) return `function ${config.id} has more than 2 concurrency limits`;
  if (limits.some((l) => l.scope && l.scope !== "fn")) return `function ${config.id} uses a concurrency scope other than "fn"`;
  if (config.throttle?.burst && config.throttle.burst > 1) return `function ${config.id} uses throttle burst`;
  return null;
}

/** Attempts in all: `retries.attempts` counts retries; Inngest's default is 4 retries. */
export function maxAttempts(config: FunctionConfig): number {
  const retries = Object.values(config.steps ?? {})[0]?.retries?.attempts;
  return (typeof retries === "number" ? retries : 4) + 1;
}

export function stepUrl(config: FunctionConfig): string {
  const step = config.steps?.step ?? Object.values(config.steps ?? {})[0];
  if (!step) throw new Error(`function ${config.id} has no step runtime`);
  return step.runtime.url;
}

export function concurrencyLimits(config: FunctionConfig): { key?: string; limit: number; scope?: string }[] {
  const c = config.concurrency;
  if (c === undefined || c === null) return [];
  if (typeof c === "number") return [{ limit: c }];
  return Array.isArray(c) ? c : [c];
}

export const ms = (d: string | number) => (typeof d === "number" ? d : durationToMs(d as never));

/** A Sleep op's name is a duration ("1h30m") or an ISO date (sleepUntil). */
export function sleepUntil(name: string, now: Date): Date {
  if (/^\d{4}-\d{2}-\d{2}T/.test(name)) return new Date(name);
  return new Date(now.getTime() + ms(name));
}
