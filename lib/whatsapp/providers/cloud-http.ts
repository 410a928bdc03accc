import { LOCAL_CODES, networkError, parseRetryAfter, ProviderError } from "./provider-error";
import type { FetchLike, MediaInfo, SendResult, UploadedMedia } from "./types";

/**
 * HTTP plumbing shared by the Cloud API clients (Meta and 360dialog): one place that turns a Graph
 * answer into data or a ProviderError, so both read errors and `Retry-After` identically.
 */

type GraphErrorBody = {
  error?: { code?: unknown; message?: unknown; type?: unknown; error_subcode?: unknown; error_user_title?: unknown; error_user_msg?: unknown; error_data?: { details?: unknown } };
};

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : typeof v === "string" && /^\d+$/.test(v) ? Number(v) : undefined);

/**
 * `{ error: { code, message, error_subcode, error_data: { details } } }` → ProviderError. Meta says
 * to key on code + details (titles and subcodes are deprecated), so details falls back to
 * `error_user_msg`, then to the message, only when absent. A body that is not Graph's shape becomes code 1 (unknown, retryable).
 */
export function graphError(status: number, bodyText: string, retryAfter: string | null): ProviderError {
  let body: GraphErrorBody | undefined;
  try {
    body = JSON.parse(bodyText) as GraphErrorBody;
  } catch {
    body = undefined;
  }
  const e = body?.error;
  const retryAfterMs = parseRetryAfter(retryAfter);
  const code = num(e?.code);
  if (!e || code === undefined) {
    return new ProviderError({ code: LOCAL_CODES.unknown, httpStatus: status, title: `HTTP ${status}`, details: bodyText.slice(0, 500), retryAfterMs });
  }
  const title = str(e.message) ?? str(e.error_user_title) ?? `Error ${code}`;
  // Template-management errors (code 100, subcode 2388xxx) explain themselves in error_user_msg only.
  const details = str(e.error_data?.details) ?? str(e.error_user_msg) ?? title;
  return new ProviderError({ code, httpStatus: status, title, details, retryAfterMs, subcode: num(e.error_subcode) });
}

/** Performs one request; any non-2xx answer or network failure is thrown as ProviderError. */
export async function cloudFetch(fetchImpl: FetchLike, url: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetchImpl(url, init);
  } catch (cause) {
    throw networkError(cause);
  }
  if (!res.ok) throw graphError(res.status, await res.text(), res.headers.get("retry-after"));
  return res;
}

export async function cloudJson<T>(fetchImpl: FetchLike, url: string, init: RequestInit): Promise<T> {
  const res = await cloudFetch(fetchImpl, url, init);
  const text = await res.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ProviderError({ code: LOCAL_CODES.unknown, httpStatus: res.status, title: "unreadable_response", details: text.slice(0, 500) });
  }
}

export const jsonInit = (headers: Record<string, string>, body: unknown): RequestInit => ({
  method: "POST",
  headers: { ...headers, "Content-Type": "application/json" },
  body: JSON.stringify(body),
});

/** `{ messages: [{ id }] }` → the wamid. A 200 is acceptance, not delivery (§4). */
export function sendResult(body: { messages?: { id?: unknown }[] }): SendResult {
  const wamid = str(body.messages?.[0]?.id);
  if (!wamid) throw new ProviderError({ code: LOCAL_CODES.unknown, httpStatus: 200, title: "missing_message_id", details: JSON.stringify(body).slice(0, 500) });
  return { wamid };
}

/** `GET /{media-id}` answer → MediaInfo. The URL expires after 5 minutes (§10). */
export function mediaInfo(body: { url?: unknown; mime_type?: unknown; sha256?: unknown; file_size?: unknown }): MediaInfo {
  const url = str(body.url);
  if (!url) throw new ProviderError({ code: LOCAL_CODES.unknown, httpStatus: 200, title: "missing_media_url", details: JSON.stringify(body).slice(0, 500) });
  return { url, mimeType: str(body.mime_type) ?? "application/octet-stream", sha256: str(body.sha256) ?? null, fileSize: num(body.file_size) ?? null };
}

export async function readBytes(res: Response): Promise<Uint8Array> {
  return new Uint8Array(await res.arrayBuffer());
}

/** `{ id }` of an upload → UploadedMedia. */
export function uploadedMedia(body: { id?: unknown }): UploadedMedia {
  const id = str(body.id) ?? (typeof body.id === "number" ? String(body.id) : undefined);
  if (!id) throw new ProviderError({ code: LOCAL_CODES.unknown, httpStatus: 200, title: "missing_media_id", details: JSON.stringify(body).slice(0, 500) });
  return { id };
}
