// Runs once when the Next.js server starts: validates the environment and, when asked, starts the
// offline workflow executor in this process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv } = await import("./lib/env");
  const env = getEnv();
  if (env.HILO_EXECUTOR === "embedded") {
    const { startEmbeddedExecutor } = await import("./lib/workflows/embedded-executor");
    startEmbeddedExecutor();
  }
}
