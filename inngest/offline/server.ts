import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { ManualClock } from "./clock";
import type { OfflineExecutor } from "./executor";
import { getRun, listRuns } from "./inspector";

const MAX_BODY = 4 * 1024 * 1024;

async function readJson(req: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw Object.assign(new Error("body too large"), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    throw Object.assign(new Error("body is not JSON"), { status: 400 });
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/**
 * The executor's HTTP face: the event API and registration the SDK calls, the run inspector, and
 * (only with a ManualClock, i.e. in tests) a control to move time.
 */
export function executorRequestHandler(executor: OfflineExecutor, testClock?: ManualClock) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://executor");
    const path = url.pathname;
    try {
      if (req.method === "POST" && /^\/e\/[^/]+$/.test(path)) {
        const body = await readJson(req);
        const events = Array.isArray(body) ? body : [body];
        const ids = await executor.send(events as never, req.headers["x-inngest-event-id-seed"] as string | undefined);
        return send(res, 200, { ids, status: 200 });
      }
      if (req.method === "POST" && path === "/fn/register") {
        // Out-of-band registration: we sync in-band instead, from the URL the app gives.
        await readJson(req);
        await executor.sync();
        return send(res, 200, { ok: true, modified: true });
      }
      if (req.method === "POST" && path === "/sync") return send(res, 200, { functions: await executor.sync() });
      if (req.method === "GET" && path === "/health") return send(res, 200, { ok: true, functions: executor.fns.size, now: executor.clock.now().toISOString() });
      if (req.method === "GET" && path === "/runs") {
        const q = url.searchParams;
        return send(res, 200, { runs: await listRuns(executor.db, { functionId: q.get("function") ?? undefined, status: q.get("status") ?? undefined, limit: Number(q.get("limit") ?? 50) }) });
      }
      const run = /^\/runs\/([\w-]+)$/.exec(path);
      if (req.method === "GET" && run) {
        const found = await getRun(executor.db, run[1]);
        return found ? send(res, 200, found) : send(res, 404, { error: "no such run" });
      }
      if (testClock && req.method === "POST" && path === "/control/advance") {
        const { ms } = ((await readJson(req)) ?? {}) as { ms?: number };
        testClock.advance(Number(ms));
        return send(res, 200, { now: testClock.now().toISOString() });
      }
      return send(res, 404, { error: `no route ${req.method} ${path}` });
    } catch (e) {
      const status = (e as { status?: number }).status ?? 500;
      return send(res, status, { error: e instanceof Error ? e.message : String(e), status });
    }
  };
}

export const createExecutorServer = (executor: OfflineExecutor, testClock?: ManualClock): Server => createServer(executorRequestHandler(executor, testClock));
