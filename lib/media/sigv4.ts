import { createHash, createHmac } from "node:crypto";

/**
 * AWS Signature Version 4 for S3 requests, by hand with node:crypto (no SDK): the same bytes AWS,
 * MinIO, R2 and the other S3-compatible stores recompute on their side. Reference:
 * https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html
 */
export type SigV4Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

export type SigV4Request = {
  method: string;
  url: URL;
  /** Headers to send and sign, besides host, x-amz-date and x-amz-content-sha256 (added here). */
  headers?: Record<string, string>;
  /** Hex SHA-256 of the body (`sha256Hex`), or "UNSIGNED-PAYLOAD". */
  payloadHash: string;
  region: string;
  service?: string;
  credentials: SigV4Credentials;
  date: Date;
};

export const EMPTY_PAYLOAD_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

export const sha256Hex = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data, "utf8").digest();

/** RFC 3986 encoding as SigV4 wants it: unreserved characters kept, everything else %XX (uppercase). */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Each path segment encoded once, slashes kept (S3 does not double-encode, unlike other services). */
export const encodePath = (rawPath: string) => rawPath.split("/").map(uriEncode).join("/");

/** `20130524T000000Z` */
export const amzDate = (date: Date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** Query pairs sorted by encoded name then value, each side encoded. */
export function canonicalQuery(params: URLSearchParams): string {
  return [...params]
    .map(([k, v]) => [uriEncode(k), uriEncode(v)])
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
}

/**
 * The canonical request. `canonicalUri` is already encoded (`encodePath` of the decoded path);
 * `headers` are the signed ones, any case: names are lowercased, values trimmed with inner runs of
 * spaces collapsed, sorted by name.
 */
export function canonicalRequest(method: string, canonicalUri: string, query: string, headers: Record<string, string>, payloadHash: string) {
  const entries = Object.entries(headers)
    .map(([k, v]) => [k.toLowerCase(), v.trim().replace(/\s+/g, " ")] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const signedHeaders = entries.map(([k]) => k).join(";");
  const text = [method.toUpperCase(), canonicalUri || "/", query, entries.map(([k, v]) => `${k}:${v}\n`).join(""), signedHeaders, payloadHash].join("\n");
  return { text, signedHeaders };
}

export const credentialScope = (date: string, region: string, service: string) => `${date.slice(0, 8)}/${region}/${service}/aws4_request`;

export function stringToSign(amzDateTime: string, scope: string, canonicalRequestText: string) {
  return ["AWS4-HMAC-SHA256", amzDateTime, scope, sha256Hex(canonicalRequestText)].join("\n");
}

/** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, yyyymmdd), region), service), "aws4_request") */
export function signingKey(secretAccessKey: string, yyyymmdd: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, yyyymmdd), region), service), "aws4_request");
}

export const signature = (key: Buffer, toSign: string) => createHmac("sha256", key).update(toSign, "utf8").digest("hex");

/**
 * Signs a request: returns every header to send with it (the caller's, plus x-amz-date,
 * x-amz-content-sha256, x-amz-security-token when there is one, and Authorization). `host` is signed
 * but not returned: fetch sets it from the URL, and the signature uses that same `url.host`.
 */
export function signRequest(req: SigV4Request): Record<string, string> {
  const service = req.service ?? "s3";
  const when = amzDate(req.date);
  const sent: Record<string, string> = { ...req.headers, "x-amz-date": when, "x-amz-content-sha256": req.payloadHash };
  if (req.credentials.sessionToken) sent["x-amz-security-token"] = req.credentials.sessionToken;
  const canonical = canonicalRequest(req.method, encodePath(decodeURIComponent(req.url.pathname)), canonicalQuery(req.url.searchParams), { ...sent, host: req.url.host }, req.payloadHash);
  const scope = credentialScope(when, req.region, service);
  const sig = signature(signingKey(req.credentials.secretAccessKey, when.slice(0, 8), req.region, service), stringToSign(when, scope, canonical.text));
  sent.authorization = `AWS4-HMAC-SHA256 Credential=${req.credentials.accessKeyId}/${scope},SignedHeaders=${canonical.signedHeaders},Signature=${sig}`;
  return sent;
}
