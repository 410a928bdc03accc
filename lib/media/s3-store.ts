import type { Env } from "@/lib/env";
import { EMPTY_PAYLOAD_HASH, sha256Hex, signRequest } from "./sigv4";
import { assertMediaKey, MediaNotFoundError, type MediaStore } from "./storage";

/**
 * Media in an S3-compatible bucket (AWS S3, MinIO, R2, …) over plain HTTP with SigV4 signing:
 * PUT and GET of one object, no SDK. Failures throw `S3Error` with S3's own error code; a missing
 * object throws `MediaNotFoundError`. No retries here: callers are workflow steps that retry.
 */
export type S3Config = {
  /** Base URL without the bucket, e.g. `https://s3.eu-west-1.amazonaws.com` or `http://127.0.0.1:9000`. */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** true: `endpoint/bucket/key`; false: `bucket.endpoint/key` (virtual-hosted). */
  forcePathStyle: boolean;
};

export type S3Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export type S3StoreOptions = { now?: () => Date; timeoutMs?: number };

export class S3Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = "S3Error";
  }
}

/** The S3 settings from the environment, or null when no bucket is configured. */
export function s3ConfigFromEnv(env: Env): S3Config | null {
  if (!env.S3_BUCKET) return null;
  if (!env.S3_ENDPOINT || !env.S3_ACCESS_KEY_ID || !env.S3_SECRET_ACCESS_KEY) throw new Error("S3_BUCKET is set: S3_ENDPOINT, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are required");
  return {
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    bucket: env.S3_BUCKET,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
  };
}

/** The object's URL, path-style or virtual-hosted; an endpoint's own path prefix is kept. */
export function s3ObjectUrl(config: S3Config, key: string): URL {
  const base = new URL(config.endpoint);
  const prefix = base.pathname.replace(/\/+$/, "");
  const objectPath = key.split("/").map(encodeURIComponent).join("/");
  if (config.forcePathStyle) return new URL(`${base.origin}${prefix}/${encodeURIComponent(config.bucket)}/${objectPath}`);
  return new URL(`${base.protocol}//${config.bucket}.${base.host}${prefix}/${objectPath}`);
}

const tag = (xml: string, name: string) => xml.match(new RegExp(`<${name}>([^<]*)</${name}>`))?.[1];

async function s3Error(res: Response, what: string): Promise<S3Error> {
  const xml = await res.text().catch(() => "");
  const code = tag(xml, "Code") ?? `HTTP${res.status}`;
  const detail = tag(xml, "Message");
  const requestId = tag(xml, "RequestId") ?? res.headers.get("x-amz-request-id") ?? undefined;
  return new S3Error(res.status, code, `S3 ${what} failed: ${res.status} ${code}${detail ? ` (${detail})` : ""}`, requestId);
}

export function s3MediaStore(config: S3Config, fetchImpl: S3Fetch = fetch, opts: S3StoreOptions = {}): MediaStore {
  const credentials = { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey, sessionToken: config.sessionToken };
  const send = (method: "GET" | "PUT", key: string, body?: Uint8Array, headers: Record<string, string> = {}) => {
    assertMediaKey(key);
    const url = s3ObjectUrl(config, key);
    const payloadHash = body ? sha256Hex(body) : EMPTY_PAYLOAD_HASH;
    const signed = signRequest({ method, url, headers, payloadHash, region: config.region, credentials, date: opts.now?.() ?? new Date() });
    return fetchImpl(url.toString(), { method, headers: signed, body: body as Uint8Array<ArrayBuffer> | undefined, signal: AbortSignal.timeout(opts.timeoutMs ?? 60_000) });
  };
  const what = (method: string, key: string) => `${method} ${config.bucket}/${key}`;

  return {
    async put(key, bytes, putOpts) {
      const res = await send("PUT", key, bytes, putOpts?.contentType ? { "content-type": putOpts.contentType } : {});
      if (!res.ok) throw await s3Error(res, what("PUT", key));
      await res.body?.cancel();
    },
    async get(key) {
      const res = await send("GET", key);
      if (res.ok) return new Uint8Array(await res.arrayBuffer());
      const err = await s3Error(res, what("GET", key));
      if (err.code === "NoSuchKey" || (res.status === 404 && err.code === "HTTP404")) throw new MediaNotFoundError(key, { cause: err, detail: `S3 ${err.code}` });
      throw err;
    },
  };
}
