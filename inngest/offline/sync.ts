import { and, eq, notInArray } from "drizzle-orm";
import { Cron } from "croner";
import type { Db } from "@/db/engine";
import { inngestCrons, inngestFunctions } from "@/db/schema";
import type { FunctionConfig } from "./function-config";

/**
 * In-band sync: a PUT to the app's serve endpoint returns its functions' config in the response,
 * so the app never has to reach the executor to register.
 */
export async function fetchAppConfig(appUrl: string, timeoutMs = 60_000): Promise<FunctionConfig[]> {
  const res = await fetch(appUrl, {
    method: "PUT",
    headers: { "content-type": "application/json", "x-inngest-sync-kind": "in_band", "x-inngest-server-kind": "dev" },
    body: JSON.stringify({ url: appUrl }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await res.json().catch(() => null)) as { functions?: FunctionConfig[]; message?: string } | null;
  if (!res.ok || !body?.functions) throw new Error(`sync with ${appUrl} failed (${res.status}): ${body?.message ?? "no functions in the answer"}`);
  return body.functions;
}

/** The next time a cron (with an optional "TZ=…" prefix) fires strictly after `after`. */
export function nextCronTime(expr: string, after: Date): Date {
  const m = /^TZ=(\S+)\s+(.*)$/.exec(expr.trim());
  const job = new Cron(m ? m[2] : expr, { timezone: m ? m[1] : "UTC", paused: true });
  const next = job.nextRun(after);
  if (!next) throw new Error(`cron "${expr}" never fires`);
  return next;
}

/** Stores the app's functions (replacing the ones it no longer has) and arms their crons. */
export async function saveFunctions(db: Db, appUrl: string, functions: FunctionConfig[], now: Date) {
  await db.transaction(async (tx) => {
    const ids = functions.map((f) => f.id);
    await tx.delete(inngestFunctions).where(ids.length ? and(eq(inngestFunctions.appUrl, appUrl), notInArray(inngestFunctions.id, ids)) : eq(inngestFunctions.appUrl, appUrl));
    for (const fn of functions) {
      await tx
        .insert(inngestFunctions)
        .values({ id: fn.id, appUrl, config: fn, syncedAt: now })
        .onConflictDoUpdate({ target: inngestFunctions.id, set: { appUrl, config: fn, syncedAt: now } });
      const crons = (fn.triggers ?? []).flatMap((t) => (t.cron ? [t.cron] : []));
      await tx.delete(inngestCrons).where(crons.length ? and(eq(inngestCrons.functionId, fn.id), notInArray(inngestCrons.cron, crons)) : eq(inngestCrons.functionId, fn.id));
      for (const cron of crons) await tx.insert(inngestCrons).values({ functionId: fn.id, cron, nextAt: nextCronTime(cron, now) }).onConflictDoNothing();
    }
  });
}

export async function loadFunctions(db: Db): Promise<Map<string, FunctionConfig>> {
  const rows = await db.select().from(inngestFunctions);
  return new Map(rows.map((r) => [r.id, r.config as FunctionConfig]));
}
