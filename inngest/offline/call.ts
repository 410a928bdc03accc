/** One Call Request to the app's serve endpoint (SDK protocol v2), and what came back. */

export type SerializedError = { name?: string; message?: string; stack?: string; [k: string]: unknown };
export type Op = {
  id: string;
  op: string;
  name?: string;
  displayName?: string;
  opts?: Record<string, unknown> & { timeout?: string; if?: string; function_id?: string; payload?: { data?: Record<string, unknown> } };
  data?: unknown;
  error?: SerializedError;
};

export type CallOutcome =
  | { kind: "done"; output: unknown }
  | { kind: "ops"; ops: Op[]; retryAfter?: Date }
  | { kind: "error"; retriable: boolean; error: SerializedError; retryAfter?: Date };

export type CallRequest = {
  url: string;
  stepId: string;
  body: {
    event: unknown;
    events: unknown[];
    steps: Record<string, unknown>;
    ctx: { run_id: string; attempt: number; max_attempts: number; disable_immediate_execution: boolean; use_api: false; stack: { stack: string[]; current: number } };
    version: 2;
  };
  timeoutMs: number;
  now: Date;
};

function retryAfter(header: string | null, now: Date): Date | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return new Date(now.getTime() + seconds * 1000);
  const at = new Date(header);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/** Never throws: a network failure is a retriable error like a 500. */
export async function callApp(req: CallRequest): Promise<CallOutcome> {
  const url = new URL(req.url);
  url.searchParams.set("stepId", req.stepId);
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-inngest-server-kind": "dev", "x-inngest-req-version": "2" },
      body: JSON.stringify(req.body),
      signal: AbortSignal.timeout(req.timeoutMs),
    });
  } catch (e) {
    return { kind: "error", retriable: true, error: { name: "NetworkError", message: `could not reach ${url.origin}: ${e instanceof Error ? e.message : e}` } };
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = { name: "InvalidResponse", message: text.slice(0, 500) };
  }
  const noRetry = res.headers.get("x-inngest-no-retry") === "true";
  const after = retryAfter(res.headers.get("retry-after"), req.now);
  if (res.status === 200) return { kind: "done", output: body };
  if (res.status === 206 && Array.isArray(body)) return { kind: "ops", ops: body as Op[], retryAfter: after };
  const error = (body && typeof body === "object" ? body : { message: String(body) }) as SerializedError;
  if (!error.message) error.message = `the app answered ${res.status}`;
  return { kind: "error", retriable: !noRetry && res.status !== 400, error, retryAfter: after };
}
