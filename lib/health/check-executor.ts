import { getEnv } from "@/lib/env";
import { embeddedExecutor } from "@/lib/workflows/embedded-executor";

export type ExecutorHealth = { mode: "embedded" | "dev-server" | "self-hosted" | "cloud"; ok: boolean; functions?: number; url?: string; error?: string };

/** Where workflows run, and whether that answers (the embedded executor is checked in-process). */
export async function checkExecutor(): Promise<ExecutorHealth> {
  const env = getEnv();
  if (env.HILO_EXECUTOR === "embedded") {
    const state = embeddedExecutor();
    if (!state) return { mode: "embedded", ok: false, error: "not started" };
    return { mode: "embedded", ok: state.synced && !state.error, functions: state.executor.fns.size, url: `http://127.0.0.1:${env.HILO_EXECUTOR_PORT}`, ...(state.error ? { error: state.error } : {}) };
  }
  if (env.INNGEST_DEV && /^https?:/.test(env.INNGEST_DEV)) return { mode: "dev-server", ok: true, url: env.INNGEST_DEV };
  if (env.INNGEST_BASE_URL) return { mode: "self-hosted", ok: true, url: env.INNGEST_BASE_URL };
  return { mode: "cloud", ok: Boolean(env.INNGEST_SIGNING_KEY && env.INNGEST_EVENT_KEY), ...(env.INNGEST_SIGNING_KEY ? {} : { error: "INNGEST_SIGNING_KEY and INNGEST_EVENT_KEY are not set" }) };
}
