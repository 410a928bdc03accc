import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Test helper: a real `node:http` server on 127.0.0.1 (port 0) that records every request and
 * answers with scripted replies. Tests assert the exact bytes a provider client puts on the wire,
 * so the clients are checked against each provider's format, not against a mocked fetch.
 */

/** `body` is the UTF-8 text; `raw` the exact bytes (multipart uploads carry binary files). */
export type RecordedRequest = { method: string; path: string; headers: IncomingHttpHeaders; body: string; raw: Buffer };
export type FakeReply = { status?: number; headers?: Record<string, string>; json?: unknown; body?: string | Uint8Array };
type Responder = FakeReply | ((req: RecordedRequest, baseUrl: string) => FakeReply);

export type FakeServer = {
  baseUrl: string;
  requests: RecordedRequest[];
  /** Queue replies in order; once drained, every request gets the last one again. */
  reply(...replies: Responder[]): void;
  close(): Promise<void>;
};

export async function startFakeServer(): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  let queue: Responder[] = [{ status: 500, json: { error: "no reply scripted" } }];
  let baseUrl = "";
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      const recorded = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: raw.toString("utf8"), raw };
      requests.push(recorded);
      const next = queue.length > 1 ? queue.shift()! : queue[0];
      const r = typeof next === "function" ? next(recorded, baseUrl) : next;
      const payload = r.json !== undefined ? JSON.stringify(r.json) : (r.body ?? "");
      res.writeHead(r.status ?? 200, { ...(r.json !== undefined ? { "Content-Type": "application/json" } : {}), ...r.headers });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    requests,
    reply: (...replies) => {
      queue = replies;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/** The multipart form of a recorded request, parsed as a server would (for upload assertions). */
export function recordedForm(req: RecordedRequest): Promise<FormData> {
  return new Response(new Uint8Array(req.raw), { headers: { "content-type": String(req.headers["content-type"]) } }).formData();
}
