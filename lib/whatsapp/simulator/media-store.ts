import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { simulatorMedia } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { withTenant } from "@/lib/tenancy/with-tenant";

/**
 * The simulator's media volume (fact sheet §10): files a business uploads to send by id, and files
 * a simulated customer sends (photos, voice notes), referenced by id in inbound webhooks exactly
 * as Meta's are. Bytes live in `simulator_media`, per workspace and number.
 */

export type StoredSimulatorMedia = { id: string; mimeType: string; sha256: string; sizeBytes: number; filename: string | null };

/** Meta's download links expire after 5 minutes; so do the simulator's. */
export const MEDIA_URL_TTL_MS = 5 * 60_000;

/**
 * Keeps a file for a simulator number and returns its media id, usable in a send (`image.id`) or
 * in a simulated customer's inbound webhook. The SHA-256 is hex, as the download check accepts.
 */
export async function storeSimulatorMedia(db: Db, input: { tenantId: string; phoneNumberId: string; bytes: Uint8Array; mimeType: string; filename?: string | null }): Promise<string> {
  const [row] = await withTenant(
    input.tenantId,
    (tx) =>
      tx
        .insert(simulatorMedia)
        .values({
          tenantId: input.tenantId,
          phoneNumberId: input.phoneNumberId,
          mimeType: input.mimeType,
          sha256: createHash("sha256").update(input.bytes).digest("hex"),
          sizeBytes: input.bytes.byteLength,
          filename: input.filename ?? null,
          dataBase64: Buffer.from(input.bytes).toString("base64"),
        })
        .returning({ id: simulatorMedia.id }),
    db,
  );
  return row.id;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The file's metadata (and, with `withBytes`, its bytes), only within its workspace and number. */
export async function findSimulatorMedia(tx: Tx, tenantId: string, phoneNumberId: string, mediaId: string, withBytes = false): Promise<(StoredSimulatorMedia & { bytes?: Uint8Array }) | null> {
  if (!UUID.test(mediaId)) return null;
  const [row] = await tx
    .select()
    .from(simulatorMedia)
    .where(and(eq(simulatorMedia.tenantId, tenantId), eq(simulatorMedia.phoneNumberId, phoneNumberId), eq(simulatorMedia.id, mediaId)));
  if (!row) return null;
  const meta = { id: row.id, mimeType: row.mimeType, sha256: row.sha256, sizeBytes: row.sizeBytes, filename: row.filename };
  return withBytes ? { ...meta, bytes: new Uint8Array(Buffer.from(row.dataBase64, "base64")) } : meta;
}

const signature = (mediaId: string, phoneNumberId: string, expires: string) =>
  createHmac("sha256", getEnv().AUTH_SECRET).update(`simulator-media:${mediaId}:${phoneNumberId}:${expires}`).digest("base64url");

/**
 * A download link shaped like Meta's lookaside URL (`…/whatsapp_business/attachments/?mid=…`),
 * under the simulator's own base so the Meta client sends its token there. It names the number
 * (so the download is found within one workspace), expires after 5 minutes and is signed, so it
 * cannot be stretched or pointed at another file.
 */
export function simulatorMediaUrl(baseUrl: string, mediaId: string, phoneNumberId: string, now = new Date()): string {
  const expires = String(Math.floor((now.getTime() + MEDIA_URL_TTL_MS) / 1000));
  const q = new URLSearchParams({ mid: mediaId, pid: phoneNumberId, ext: expires, hash: signature(mediaId, phoneNumberId, expires) });
  return `${baseUrl.replace(/\/+$/, "")}/whatsapp_business/attachments/?${q}`;
}

/** The file a download link names, when its signature holds and it has not expired. */
export function verifySimulatorMediaUrl(query: URLSearchParams, now = new Date()): { mediaId: string; phoneNumberId: string } | null {
  const [mid, pid, ext, hash] = ["mid", "pid", "ext", "hash"].map((k) => query.get(k) ?? "");
  if (!mid || !pid || !/^\d+$/.test(ext) || !hash) return null;
  const expected = Buffer.from(signature(mid, pid, ext));
  const given = Buffer.from(hash);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (Number(ext) * 1000 <= now.getTime()) return null;
  return { mediaId: mid, phoneNumberId: pid };
}
