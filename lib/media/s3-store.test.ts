import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getEnv } from "@/lib/env";
import { s3ConfigFromEnv, S3Error, s3MediaStore, s3ObjectUrl, type S3Config, type S3Fetch } from "./s3-store";
import { canonicalQuery, canonicalRequest, credentialScope, encodePath, sha256Hex, signature, signingKey, stringToSign } from "./sigv4";
import { MediaNotFoundError } from "./storage";

/**
 * A fake S3: checks each request's SigV4 signature from what arrived on the wire (decoded path,
 * received headers, body hash), keeps objects in memory, and answers with S3's XML errors.
 */
type Seen = { method: string; path: string; headers: IncomingMessage["headers"]; body: Buffer };
const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const objects = new Map<string, { bytes: Buffer; type?: string }>();
const seen: Seen[] = [];
let server: Server;
let port: number;

const xmlError = (code: string, message: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>req-1</RequestId></Error>`;

function signatureProblem(req: Seen): string | null {
  const auth = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/.exec(String(req.headers.authorization));
  if (!auth) return "malformed Authorization";
  const [, keyId, day, region, signedHeaders, sig] = auth;
  if (keyId !== "AKIAHILOTEST") return "unknown access key";
  const when = String(req.headers["x-amz-date"]);
  if (when.slice(0, 8) !== day) return "date mismatch";
  if (req.headers["x-amz-content-sha256"] !== sha256Hex(req.body)) return "payload hash mismatch";
  const names = signedHeaders.split(";");
  if (!names.includes("host") || !names.includes("x-amz-date")) return "host and x-amz-date must be signed";
  const headers = Object.fromEntries(names.map((n) => [n, String(req.headers[n] ?? "")]));
  const url = new URL(req.path, "http://fake");
  const canonical = canonicalRequest(req.method, encodePath(decodeURIComponent(url.pathname)), canonicalQuery(url.searchParams), headers, String(req.headers["x-amz-content-sha256"]));
  const expected = signature(signingKey(SECRET, day, region, "s3"), stringToSign(when, credentialScope(when, region, "s3"), canonical.text));
  return expected === sig ? null : "signature mismatch";
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const r: Seen = { method: req.method!, path: req.url!, headers: req.headers, body: Buffer.concat(chunks) };
      seen.push(r);
      const reply = (status: number, body: string | Buffer, type = "application/xml") => res.writeHead(status, { "content-type": type }).end(body);
      if (signatureProblem(r)) return reply(403, xmlError("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided."));
      // Path-style (/bucket/key) or virtual-hosted (Host: bucket.endpoint, /key).
      const host = String(req.headers.host);
      const objectPath = decodeURIComponent(new URL(r.path, "http://fake").pathname);
      const name = host.startsWith("media.") ? `media${objectPath}` : objectPath.slice(1);
      if (!name.startsWith("media/")) return reply(404, xmlError("NoSuchBucket", "The specified bucket does not exist"));
      if (r.method === "PUT") {
        objects.set(name, { bytes: r.body, type: req.headers["content-type"] });
        return res.writeHead(200, { etag: `"${sha256Hex(r.body).slice(0, 32)}"` }).end();
      }
      const found = objects.get(name);
      if (!found) return reply(404, xmlError("NoSuchKey", "The specified key does not exist."));
      return reply(200, found.bytes, found.type ?? "binary/octet-stream");
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));
beforeEach(() => {
  seen.length = 0;
});

const KEY = "0b7e2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
const config = (o: Partial<S3Config> = {}): S3Config => ({ endpoint: `http://127.0.0.1:${port}`, region: "eu-west-1", bucket: "media", accessKeyId: "AKIAHILOTEST", secretAccessKey: SECRET, forcePathStyle: true, ...o });
const now = () => new Date("2025-03-01T10:20:30Z");
const BYTES = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 250, 251, 252]);

describe("S3 media store, path-style", () => {
  it("PUTs a signed object with its content type, then GETs the same bytes back", async () => {
    const store = s3MediaStore(config(), fetch, { now });
    await store.put(KEY, BYTES, { contentType: "image/jpeg" });
    expect(seen).toHaveLength(1);
    const put = seen[0];
    expect(put.method).toBe("PUT");
    expect(put.path).toBe(`/media/${KEY}`);
    expect(put.headers).toMatchObject({
      host: `127.0.0.1:${port}`,
      "content-type": "image/jpeg",
      "content-length": String(BYTES.byteLength),
      "x-amz-date": "20250301T102030Z",
      "x-amz-content-sha256": sha256Hex(BYTES),
    });
    expect(put.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAHILOTEST\/20250301\/eu-west-1\/s3\/aws4_request,SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date,Signature=[0-9a-f]{64}$/);
    expect(new Uint8Array(put.body)).toEqual(BYTES);

    expect(await store.get(KEY)).toEqual(BYTES);
    const get = seen[1];
    expect([get.method, get.path, get.headers["x-amz-content-sha256"]]).toEqual(["GET", `/media/${KEY}`, sha256Hex("")]);
    expect(get.headers.authorization).toContain("SignedHeaders=host;x-amz-content-sha256;x-amz-date,");
  });

  it("a missing object is MediaNotFoundError, with S3's NoSuchKey as the cause", async () => {
    const err = await s3MediaStore(config(), fetch).get(KEY.replace(/^0/, "1")).catch((e) => e);
    expect(err).toBeInstanceOf(MediaNotFoundError);
    expect(err.message).toMatch(/not found \(S3 NoSuchKey\)/);
    expect(err.cause).toMatchObject({ status: 404, code: "NoSuchKey", requestId: "req-1" });
  });

  it("a wrong secret is refused by the server: SignatureDoesNotMatch, 403, with S3's message", async () => {
    const err = await s3MediaStore(config({ secretAccessKey: "not-the-secret" }), fetch).put(KEY, BYTES).catch((e) => e);
    expect(err).toBeInstanceOf(S3Error);
    expect(err).toMatchObject({ status: 403, code: "SignatureDoesNotMatch" });
    expect(err.message).toBe(`S3 PUT media/${KEY} failed: 403 SignatureDoesNotMatch (The request signature we calculated does not match the signature you provided.)`);
  });

  it("another bucket's 404 is an error, not a missing object", async () => {
    const err = await s3MediaStore(config({ bucket: "other" }), fetch).get(KEY).catch((e) => e);
    expect(err).toBeInstanceOf(S3Error);
    expect(err).toMatchObject({ status: 404, code: "NoSuchBucket" });
  });

  it("refuses keys that are not <uuid>/<uuid> before any request", async () => {
    await expect(s3MediaStore(config(), fetch).get("../other-bucket/x")).rejects.toThrow(/unsafe media key/);
    expect(seen).toHaveLength(0);
  });

  it("keeps an endpoint's path prefix", () => {
    expect(s3ObjectUrl(config({ endpoint: "https://gw.example.com/s3/" }), KEY).toString()).toBe(`https://gw.example.com/s3/media/${KEY}`);
  });
});

describe("S3 media store, virtual-hosted", () => {
  // fetch cannot set Host, so this one sends to the fake over node:http with the bucket's Host header.
  const loopback: S3Fetch = (input, init) =>
    new Promise((resolve, reject) => {
      const url = new URL(input);
      const headers = { ...(init?.headers as Record<string, string>), host: url.host };
      const req = httpRequest({ host: "127.0.0.1", port, method: init?.method, path: url.pathname + url.search, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve(new Response(res.statusCode === 204 ? null : Buffer.concat(chunks), { status: res.statusCode })));
      });
      req.on("error", reject);
      req.end(init?.body ? Buffer.from(init.body as Uint8Array) : undefined);
    });

  it("sends to bucket.endpoint/key and signs that host", async () => {
    const cfg = config({ endpoint: `http://s3.example.test:${port}`, forcePathStyle: false });
    expect(s3ObjectUrl(cfg, KEY).toString()).toBe(`http://media.s3.example.test:${port}/${KEY}`);
    const store = s3MediaStore(cfg, loopback, { now });
    await store.put(KEY, BYTES);
    expect(seen[0]).toMatchObject({ method: "PUT", path: `/${KEY}`, headers: { host: `media.s3.example.test:${port}` } });
    expect(await store.get(KEY)).toEqual(BYTES);
  });
});

describe("S3 settings from the environment", () => {
  const valid = { APP_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"), AUTH_SECRET: "x".repeat(40) };

  it("no bucket: local storage, even with the other S3 variables left blank", () => {
    expect(s3ConfigFromEnv(getEnv({ ...valid, S3_BUCKET: "", S3_ENDPOINT: "", S3_FORCE_PATH_STYLE: "", S3_REGION: "" }))).toBeNull();
  });

  it("a bucket requires endpoint and credentials, naming each missing one", () => {
    expect(() => getEnv({ ...valid, S3_BUCKET: "media" })).toThrow(/S3_ENDPOINT is required when S3_BUCKET is set[\s\S]*S3_ACCESS_KEY_ID is required[\s\S]*S3_SECRET_ACCESS_KEY is required/);
    expect(() => getEnv({ ...valid, S3_BUCKET: "media", S3_ENDPOINT: "not a url", S3_ACCESS_KEY_ID: "a", S3_SECRET_ACCESS_KEY: "b" })).toThrow(/S3_ENDPOINT/);
    expect(() => getEnv({ ...valid, S3_FORCE_PATH_STYLE: "maybe" })).toThrow(/S3_FORCE_PATH_STYLE must be true or false/);
  });

  it("defaults: us-east-1, path-style; S3_FORCE_PATH_STYLE=false selects virtual-hosted", () => {
    const base = { ...valid, S3_BUCKET: "media", S3_ENDPOINT: "http://127.0.0.1:9000", S3_ACCESS_KEY_ID: "a", S3_SECRET_ACCESS_KEY: "b" };
    expect(s3ConfigFromEnv(getEnv(base))).toEqual({ endpoint: "http://127.0.0.1:9000", region: "us-east-1", bucket: "media", accessKeyId: "a", secretAccessKey: "b", forcePathStyle: true });
    expect(s3ConfigFromEnv(getEnv({ ...base, S3_FORCE_PATH_STYLE: "false", S3_REGION: "auto" }))).toMatchObject({ region: "auto", forcePathStyle: false });
  });
});
