import { createHmac, timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/env";
import { appOrigin } from "@/lib/http/app-origin";
import { mediaResponse } from "./serve-media";
import { isMediaKey, MediaNotFoundError, mediaStore, type MediaStore } from "./storage";

/**
 * Expiring links to one stored file, for providers that fetch media by URL (Twilio's MediaUrl):
 * `/api/media/public?key&type&exp&sig`, where sig is HMAC-SHA256 over key, type and expiry under a
 * key derived from AUTH_SECRET. Whoever holds the link may fetch that file until it expires, so
 * links go only to the provider, never into pages or logs.
 */
export const MEDIA_LINK_PATH = "/api/media/public";
const MAX_SECONDS = 7 * 24 * 3600;
const MIME = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+(;[ a-z0-9=._+-]*)?$/i;

export type MediaLinkCheck = { ok: true; key: string; mimeType: string; expiresAt: Date } | { ok: false; reason: "malformed" | "bad_signature" | "expired" };

// A key for this purpose only: AUTH_SECRET also signs sessions, and the two must never be interchangeable.
const linkKey = () => createHmac("sha256", getEnv().AUTH_SECRET).update("hilo:media-link:v1").digest();
const mac = (key: string, mimeType: string, exp: number) => createHmac("sha256", linkKey()).update(`${key}\n${mimeType}\n${exp}`).digest();

/** The link's query string, valid until `exp` (seconds since the epoch). */
export function mediaLinkQuery(key: string, mimeType: string, exp: number): URLSearchParams {
  if (!isMediaKey(key)) throw new Error(`unsafe media key ${key}`);
  if (!MIME.test(mimeType)) throw new Error(`not a media type: ${mimeType}`);
  return new URLSearchParams({ key, type: mimeType, exp: String(exp), sig: mac(key, mimeType, exp).toString("base64url") });
}

/**
 * A public URL for the stored object `key`, served as `mimeType`, for `expiresInSeconds` (at most
 * 7 days). Outside a request (workflow steps) pass `origin` or set APP_URL: the request's host is
 * not the public one there.
 */
export async function signedMediaUrl(key: string, mimeType: string, expiresInSeconds = 3600, opts: { origin?: string; now?: number } = {}): Promise<string> {
  if (!Number.isInteger(expiresInSeconds) || expiresInSeconds < 1 || expiresInSeconds > MAX_SECONDS) throw new Error(`expiresInSeconds must be an integer from 1 to ${MAX_SECONDS}`);
  const exp = Math.floor((opts.now ?? Date.now()) / 1000) + expiresInSeconds;
  const origin = (opts.origin ?? (await appOrigin())).replace(/\/$/, "");
  return `${origin}${MEDIA_LINK_PATH}?${mediaLinkQuery(key, mimeType, exp)}`;
}

/** Checks a link's parameters: signature first (constant-time), then expiry against `now` (ms). */
export function verifyMediaLink(params: URLSearchParams, now: number = Date.now()): MediaLinkCheck {
  const key = params.get("key") ?? "";
  const mimeType = params.get("type") ?? "";
  const expText = params.get("exp") ?? "";
  const sig = Buffer.from(params.get("sig") ?? "", "base64url");
  if (!isMediaKey(key) || !MIME.test(mimeType) || !/^\d{1,12}$/.test(expText)) return { ok: false, reason: "malformed" };
  const exp = Number(expText);
  const expected = mac(key, mimeType, exp);
  if (sig.length !== expected.length || !timingSafeEqual(sig, expected)) return { ok: false, reason: "bad_signature" };
  if (now > exp * 1000) return { ok: false, reason: "expired" };
  return { ok: true, key, mimeType, expiresAt: new Date(exp * 1000) };
}

/** GET /api/media/public: the object when the link is valid and unexpired, 403 otherwise. */
export async function servePublicMedia(params: URLSearchParams, opts: { store?: MediaStore; now?: number; range?: string | null } = {}): Promise<Response> {
  const link = verifyMediaLink(params, opts.now);
  const plain = { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" };
  if (!link.ok) return new Response(link.reason === "expired" ? "link expired" : "forbidden", { status: 403, headers: plain });
  try {
    const bytes = await (opts.store ?? mediaStore()).get(link.key);
    return mediaResponse(bytes, { mimeType: link.mimeType, cacheControl: "private, max-age=60" }, opts.range);
  } catch (e) {
    if (e instanceof MediaNotFoundError) return new Response("not found", { status: 404, headers: plain });
    throw e;
  }
}
