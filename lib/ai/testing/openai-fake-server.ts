import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A real HTTP server speaking OpenAI's Chat Completions wire format (POST /v1/chat/completions,
 * JSON or server-sent events when `stream: true`; GET /v1/models), for testing the OpenAI and
 * OpenAI-compatible paths without a network. It answers from a script, one entry per request,
 * and records every request body so tests can assert what a model provider was actually sent.
 */

export type FakeUsage = { prompt_tokens: number; completion_tokens: number };
export type FakeToolCall = { id: string; type: "function"; function: { name: string; arguments: string } };
/** One scripted answer: assistant text, tool calls (with optional text), or an HTTP error. */
export type FakeReply =
  | { content: string; usage?: FakeUsage }
  | { tool_calls: FakeToolCall[]; content?: string | null; usage?: FakeUsage }
  | { error: { status: number; message: string; type?: string; code?: string } };

export type RecordedRequest = { method: string; path: string; authorization: string | null; body: Record<string, unknown> };

export type OpenAIFake = {
  /** Base URL to give a client, ending in `/v1`. */
  url: string;
  requests: RecordedRequest[];
  /** The chat-completion request bodies only, in order. */
  chatBodies(): Record<string, unknown>[];
  /** Appends answers to the script. */
  script(...replies: FakeReply[]): void;
  close(): Promise<void>;
};

export type OpenAIFakeOptions = {
  script?: FakeReply[];
  /** When set, any other bearer token gets OpenAI's 401 `invalid_api_key`. */
  apiKey?: string;
  /** When set, any other model gets OpenAI's 404 `model_not_found`. */
  models?: string[];
};

const DEFAULT_USAGE: FakeUsage = { prompt_tokens: 12, completion_tokens: 6 };

/** Assistant text, as a script entry. */
export const fakeText = (content: string, usage: FakeUsage = DEFAULT_USAGE): FakeReply => ({ content, usage });

let callSeq = 0;
/** One or more tool calls, as a script entry; `args` are serialised as the wire does. */
export const fakeToolCalls = (calls: { name: string; args: Record<string, unknown>; id?: string }[], usage: FakeUsage = DEFAULT_USAGE): FakeReply => ({
  tool_calls: calls.map((c) => ({ id: c.id ?? `call_fake_${++callSeq}`, type: "function", function: { name: c.name, arguments: JSON.stringify(c.args) } })),
  usage,
});

const openAIError = (status: number, message: string, type = "invalid_request_error", code: string | null = null) => ({ status, body: { error: { message, type, param: null, code } } });

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (!raw) return {};
  try {
    return JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return { $unparsable: raw };
  }
}

const usageOf = (u: FakeUsage) => ({ prompt_tokens: u.prompt_tokens, completion_tokens: u.completion_tokens, total_tokens: u.prompt_tokens + u.completion_tokens });

function completion(reply: Exclude<FakeReply, { error: unknown }>, model: string, id: string) {
  const toolCalls = "tool_calls" in reply ? reply.tool_calls : undefined;
  const message = { role: "assistant", content: reply.content ?? null, ...(toolCalls ? { tool_calls: toolCalls } : {}) };
  return {
    id,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: toolCalls ? "tool_calls" : "stop" }],
    usage: usageOf(reply.usage ?? DEFAULT_USAGE),
  };
}

/** The same answer as chat.completion.chunk events: role, content, tool-call deltas, finish, usage, [DONE]. */
function streamCompletion(res: ServerResponse, reply: Exclude<FakeReply, { error: unknown }>, model: string, id: string, includeUsage: boolean) {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
  const created = Math.floor(Date.now() / 1000);
  const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) => res.write(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model, choices, ...extra })}\n\n`);
  chunk([{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }]);
  if (reply.content) for (const piece of reply.content.match(/.{1,12}/gs) ?? []) chunk([{ index: 0, delta: { content: piece }, finish_reason: null }]);
  const toolCalls = "tool_calls" in reply ? reply.tool_calls : [];
  toolCalls.forEach((c, index) => chunk([{ index: 0, delta: { tool_calls: [{ index, id: c.id, type: "function", function: { name: c.function.name, arguments: c.function.arguments } }] }, finish_reason: null }]));
  chunk([{ index: 0, delta: {}, finish_reason: toolCalls.length ? "tool_calls" : "stop" }]);
  if (includeUsage) chunk([], { usage: usageOf(reply.usage ?? DEFAULT_USAGE) });
  res.end("data: [DONE]\n\n");
}

export async function startOpenAIFake(options: OpenAIFakeOptions = {}): Promise<OpenAIFake> {
  const queue: FakeReply[] = [...(options.script ?? [])];
  const requests: RecordedRequest[] = [];
  let seq = 0;

  const server = createServer(async (req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const body = req.method === "POST" ? await readBody(req) : {};
    const authorization = req.headers.authorization ?? null;
    requests.push({ method: req.method ?? "GET", path, authorization, body });

    if (options.apiKey !== undefined && authorization !== `Bearer ${options.apiKey}`) {
      const e = openAIError(401, "Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.", "invalid_request_error", "invalid_api_key");
      return sendJson(res, e.status, e.body);
    }
    if (req.method === "GET" && path === "/v1/models") {
      const ids = options.models ?? ["gpt-4.1-mini"];
      return sendJson(res, 200, { object: "list", data: ids.map((id) => ({ id, object: "model", created: 0, owned_by: "fake" })) });
    }
    if (req.method !== "POST" || path !== "/v1/chat/completions") {
      const e = openAIError(404, `Unknown request URL: ${req.method} ${path}.`);
      return sendJson(res, e.status, e.body);
    }
    const model = typeof body.model === "string" ? body.model : "";
    if (options.models && !options.models.includes(model)) {
      const e = openAIError(404, `The model \`${model}\` does not exist or you do not have access to it.`, "invalid_request_error", "model_not_found");
      return sendJson(res, e.status, e.body);
    }
    const reply = queue.shift();
    if (!reply) {
      const e = openAIError(500, "openai-fake-server: the script has no answer left for this request", "server_error");
      return sendJson(res, e.status, e.body);
    }
    if ("error" in reply) {
      const e = openAIError(reply.error.status, reply.error.message, reply.error.type, reply.error.code ?? null);
      return sendJson(res, e.status, e.body);
    }
    const id = `chatcmpl-fake${++seq}`;
    if (body.stream === true) {
      const includeUsage = (body.stream_options as { include_usage?: boolean } | undefined)?.include_usage === true;
      return streamCompletion(res, reply, model, id, includeUsage);
    }
    return sendJson(res, 200, completion(reply, model, id));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    chatBodies: () => requests.filter((r) => r.path === "/v1/chat/completions").map((r) => r.body),
    script: (...replies) => void queue.push(...replies),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
