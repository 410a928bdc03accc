import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { transcribeAudio } from "./transcribe";

type Part = { name: string; filename?: string; contentType?: string; data: Buffer };
type Seen = { method?: string; url?: string; auth?: string; parts: Part[] };

/** Splits a multipart/form-data body into its parts, byte for byte. */
function parseMultipart(body: Buffer, contentType: string): Part[] {
  const boundary = contentType.match(/boundary=(?:"([^"]+)"|([^;]+))/i);
  if (!boundary) throw new Error(`no boundary in ${contentType}`);
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: Part[] = [];
  let start = body.indexOf(delimiter) + delimiter.length;
  for (;;) {
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    const chunk = body.subarray(start + 2, next - 2); // after CRLF, before CRLF
    const split = chunk.indexOf("\r\n\r\n");
    const head = chunk.subarray(0, split).toString("utf8");
    const disposition = head.match(/content-disposition:[^\r\n]*?;\s*name="([^"]*)"(?:; filename="([^"]*)")?/i);
    parts.push({ name: disposition?.[1] ?? "", filename: disposition?.[2], contentType: head.match(/content-type:\s*([^\r\n]+)/i)?.[1], data: chunk.subarray(split + 4) });
    start = next + delimiter.length;
  }
  return parts;
}

let server: Server;
let baseUrl: string;
const seen: Seen[] = [];
let respond: (req: IncomingMessage, res: ServerResponse, seen: Seen) => void = (_req, res) => res.end("{}");

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const entry: Seen = { method: req.method, url: req.url, auth: req.headers.authorization, parts: parseMultipart(Buffer.concat(chunks), req.headers["content-type"] ?? "") };
    seen.push(entry);
    respond(req, res, entry);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

// Bytes that are not valid UTF-8, so a text-encoded upload would be caught.
const voice = new Uint8Array([0x4f, 0x67, 0x67, 0x53, 0x00, 0xff, 0xfe, 0x80, 0x0d, 0x0a, 0x2d, 0x2d, 0x99]);

describe("transcribeAudio against an OpenAI-compatible server", () => {
  it("posts the voice note as multipart (file, model, language) with the key, and returns the text", async () => {
    respond = (_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ text: " Hola, ¿dónde está mi pedido 8842? " }));
    };
    const out = await transcribeAudio(voice, "audio/ogg; codecs=opus", { baseUrl: `${baseUrl}/`, apiKey: "sk-test", model: "whisper-1" }, { language: "es" });
    expect(out).toEqual({ text: "Hola, ¿dónde está mi pedido 8842?" });
    const req = seen.at(-1)!;
    expect(req).toMatchObject({ method: "POST", url: "/v1/audio/transcriptions", auth: "Bearer sk-test" });
    const file = req.parts.find((p) => p.name === "file")!;
    expect(file).toMatchObject({ filename: "voice-note.ogg", contentType: "audio/ogg" });
    expect(new Uint8Array(file.data)).toEqual(voice);
    expect(req.parts.find((p) => p.name === "model")?.data.toString()).toBe("whisper-1");
    expect(req.parts.find((p) => p.name === "language")?.data.toString()).toBe("es");
  });

  it("names the file for the format so the server can decode it", async () => {
    respond = (_req, res) => res.end(JSON.stringify({ text: "ok" }));
    await transcribeAudio(voice, "audio/mp4", { baseUrl, model: "gpt-4o-mini-transcribe" });
    expect(seen.at(-1)!.parts.find((p) => p.name === "file")?.filename).toBe("voice-note.m4a");
    expect(seen.at(-1)!.auth).toBeUndefined();
  });

  it("makes no request when the workspace has no transcription model", async () => {
    const before = seen.length;
    expect(await transcribeAudio(voice, "audio/ogg", null)).toEqual({ text: null, reason: "not_configured" });
    expect(await transcribeAudio(voice, "audio/ogg", { baseUrl, model: "" })).toEqual({ text: null, reason: "not_configured" });
    expect(await transcribeAudio(new Uint8Array(), "audio/ogg", { baseUrl, model: "whisper-1" })).toEqual({ text: null, reason: "empty_audio" });
    expect(seen.length).toBe(before);
  });

  it("maps the provider's errors to reasons", async () => {
    const config = { baseUrl, apiKey: "sk-wrong", model: "whisper-1" };
    respond = (_req, res) => {
      res.statusCode = 401;
      res.end(JSON.stringify({ error: { message: "Incorrect API key provided" } }));
    };
    expect(await transcribeAudio(voice, "audio/ogg", config)).toEqual({ text: null, reason: "unauthorized", detail: "HTTP 401: Incorrect API key provided" });
    respond = (_req, res) => {
      res.statusCode = 400;
      res.end(JSON.stringify({ error: { message: "Invalid file format." } }));
    };
    expect(await transcribeAudio(voice, "audio/amr", config)).toMatchObject({ text: null, reason: "rejected" });
    respond = (_req, res) => {
      res.statusCode = 503;
      res.end("upstream unavailable");
    };
    expect(await transcribeAudio(voice, "audio/ogg", config)).toMatchObject({ text: null, reason: "provider_error", detail: "HTTP 503: upstream unavailable" });
    respond = (_req, res) => res.end(JSON.stringify({ text: "   " }));
    expect(await transcribeAudio(voice, "audio/ogg", config)).toEqual({ text: null, reason: "empty_transcript" });
  });

  it("times out on a server that does not answer, and reports one that is not there", async () => {
    respond = () => {}; // never answers
    const started = Date.now();
    expect(await transcribeAudio(voice, "audio/ogg", { baseUrl, model: "whisper-1", timeoutMs: 200 })).toMatchObject({ text: null, reason: "timeout" });
    expect(Date.now() - started).toBeLessThan(5_000);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await transcribeAudio(voice, "audio/ogg", { baseUrl: `http://127.0.0.1:${port}/v1`, model: "whisper-1" })).toMatchObject({ text: null, reason: "network_error" });
  });

  it("uses the fetch it is given", async () => {
    const calls: string[] = [];
    const fakeFetch = (async (url: string | URL | Request) => {
      calls.push(String(url));
      return new Response(JSON.stringify({ text: "Quiero cambiar la entrega" }), { status: 200 });
    }) as typeof fetch;
    expect(await transcribeAudio(voice, "audio/ogg", { baseUrl: "https://api.example.test/v1", model: "whisper-1", fetch: fakeFetch })).toEqual({ text: "Quiero cambiar la entrega" });
    expect(calls).toEqual(["https://api.example.test/v1/audio/transcriptions"]);
  });
});
