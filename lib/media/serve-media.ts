import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { memberships, messages, type MessageMedia } from "@/db/schema";
import { actAsTenant, withUser } from "@/lib/tenancy/with-tenant";
import { mediaKeyTenant, MediaNotFoundError, mediaStore, type MediaStore } from "./storage";

/**
 * Media bytes to the browser: a message's stored file for a signed-in member of its workspace, and
 * the HTTP response shared with public signed links (types that may render inline, attachment
 * otherwise, nosniff, byte ranges for audio and video seeking).
 */
export type ServeDeps = { db?: Db; store?: MediaStore };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MIME = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+(\s*;\s*[a-z0-9-]+=("[^"\r\n]*"|[a-z0-9!#$&^_.+-]+))*$/i;
// Types a browser shows without running anything; everything else is downloaded.
const INLINE = /^(image\/(jpeg|png|webp|gif)|audio\/[a-z0-9.+-]+|video\/[a-z0-9.+-]+)$/;

const status = (code: 401 | 404, text: string) => new Response(text, { status: code, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/**
 * The message's media, looked for only in the workspaces the user is a member of, each under that
 * workspace's row-level security. Another workspace's message is indistinguishable from none.
 */
export async function findMemberMessageMedia(userId: string, messageId: string, db: Db = getDb()): Promise<{ tenantId: string; type: string; media: MessageMedia | null } | null> {
  if (!UUID.test(messageId) || !UUID.test(userId)) return null;
  return withUser(
    userId,
    async (tx) => {
      const mine = await tx.select({ tenantId: memberships.tenantId }).from(memberships).where(eq(memberships.userId, userId));
      for (const { tenantId } of mine) {
        await actAsTenant(tx, tenantId);
        const [m] = await tx.select({ type: messages.type, media: messages.media }).from(messages).where(and(eq(messages.tenantId, tenantId), eq(messages.id, messageId)));
        if (m) return { tenantId, ...m };
      }
      return null;
    },
    db,
  );
}

/**
 * GET /api/media/[messageId]: 401 without a user; 404 unless the user belongs to the message's
 * workspace and the message has stored media; else the bytes with their type.
 */
export async function serveMessageMedia(userId: string | null, messageId: string, opts: ServeDeps & { range?: string | null } = {}): Promise<Response> {
  if (!userId) return status(401, "sign in to see this file");
  const found = await findMemberMessageMedia(userId, messageId, opts.db);
  const key = found?.media?.storageKey;
  // A key pointing into another workspace is never followed, whatever the row says.
  if (!found || !key || mediaKeyTenant(key) !== found.tenantId) return status(404, "not found");
  let bytes: Uint8Array;
  try {
    bytes = await (opts.store ?? mediaStore()).get(key);
  } catch (e) {
    if (e instanceof MediaNotFoundError) return status(404, "not found");
    throw e;
  }
  const media = found.media!;
  return mediaResponse(bytes, { mimeType: media.mimeType, filename: media.filename, attachment: found.type === "document", cacheControl: "private, max-age=300" }, opts.range);
}

export type MediaResponseMeta = { mimeType?: string; filename?: string; attachment?: boolean; cacheControl: string };

/** The response for stored bytes: one `Range: bytes=…` honoured (206/416), anything else whole. */
export function mediaResponse(bytes: Uint8Array, meta: MediaResponseMeta, range?: string | null): Response {
  const type = meta.mimeType && MIME.test(meta.mimeType) ? meta.mimeType : "application/octet-stream";
  const inline = !meta.attachment && INLINE.test(type.split(";")[0].trim().toLowerCase());
  const headers: Record<string, string> = {
    "content-type": type,
    "content-disposition": contentDisposition(inline ? "inline" : "attachment", meta.filename),
    "cache-control": meta.cacheControl,
    "x-content-type-options": "nosniff",
    // Even if a browser were made to render it as a page, it runs nothing and reaches nothing.
    "content-security-policy": "default-src 'none'; img-src 'self'; media-src 'self'; sandbox",
    "accept-ranges": "bytes",
  };
  const size = bytes.byteLength;
  const wanted = range ? parseRange(range, size) : null;
  if (wanted === "unsatisfiable") return new Response(null, { status: 416, headers: { ...headers, "content-range": `bytes */${size}` } });
  const [start, end] = wanted ?? [0, size - 1];
  const body = bytes.subarray(start, end + 1) as Uint8Array<ArrayBuffer>;
  if (wanted) headers["content-range"] = `bytes ${start}-${end}/${size}`;
  headers["content-length"] = String(body.byteLength);
  return new Response(body, { status: wanted ? 206 : 200, headers });
}

/** A single `bytes=a-b`, `bytes=a-` or `bytes=-n`; null (whole file) for anything else. */
export function parseRange(header: string, size: number): [number, number] | "unsatisfiable" | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === "" && m[2] === "")) return null;
  if (m[1] === "") {
    const n = Number(m[2]);
    return n === 0 || size === 0 ? "unsatisfiable" : [Math.max(0, size - n), size - 1];
  }
  const start = Number(m[1]);
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size) return "unsatisfiable";
  return end < start ? null : [start, end];
}

/**
 * `inline` or `attachment` with the filename made harmless: no path, no control or bidi-override
 * characters, no quotes; an ASCII `filename` plus the UTF-8 `filename*` (RFC 6266).
 */
export function contentDisposition(kind: "inline" | "attachment", filename?: string): string {
  const name = safeFilename(filename);
  if (!name) return kind;
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/[%\\"]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function safeFilename(filename: string | undefined, max = 120): string {
  const base = (filename ?? "").split(/[\\/]/).pop() ?? "";
  const clean = base.normalize("NFC").replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069"*:<>?|]/g, "").trim().replace(/^\.+/, "");
  if (clean.length <= max) return clean;
  const dot = clean.lastIndexOf(".");
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : "";
  return clean.slice(0, max - ext.length) + ext;
}
