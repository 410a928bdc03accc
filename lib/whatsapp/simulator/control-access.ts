/**
 * The simulator's control API (fault injection, inbound injection) lets a caller fake what Meta
 * and customers do, without signing in. It is for tests, demos and load tests: on outside
 * production, and in production only when HILO_SIMULATOR_CONTROL=1 says so on purpose. Read from
 * process.env directly so a test can switch it per case.
 */
export function simulatorControlEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.NODE_ENV !== "production" || env.HILO_SIMULATOR_CONTROL === "1";
}
