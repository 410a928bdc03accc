import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { messages } from "@/db/schema";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { findChannelForSending } from "@/lib/whatsapp/channels";
import { providerFor } from "@/lib/whatsapp/providers";
import type { FetchLike } from "@/lib/whatsapp/providers/types";
import { mediaProblem } from "./limits";
import { mediaKey, mediaStore, type MediaStore } from "./storage";

export type MediaOutcome = { status: "stored"; key: string; sizeBytes: number } | { status: "skipped"; reason: string } | { status: "rejected"; reason: string };

/**
 * Fetches an inbound message's media from the provider (a fresh 5-minute URL each attempt), checks
 * its type and size against WhatsApp's limits and its checksum, and stores it. Runs as a workflow
 * step with retries, after the message row is committed: a failure here never loses the message.
 * Safe to repeat: once stored it is skipped.
 */
export async function downloadInboundMedia(tenantId: string, messageId: string, deps: { db?: Db; fetch?: FetchLike; store?: MediaStore; baseUrlOverride?: string } = {}): Promise<MediaOutcome> {
  const db = deps.db ?? getDb();
  const loaded = await withTenant(
    tenantId,
    async (tx) => {
      const [m] = await tx.select().from(messages).where(and(eq(messages.tenantId, tenantId), eq(messages.id, messageId)));
      return m ? { message: m, channel: await findChannelForSending(tx, tenantId, m.channelId) } : null;
    },
    db,
  );
  const media = loaded?.message.media;
  if (!loaded || !loaded.channel || !media?.id) return { status: "skipped", reason: "no media" };
  if (media.storageKey) return { status: "skipped", reason: "already stored" };

  const save = (patch: Partial<typeof media>) =>
    withTenant(tenantId, (tx) => tx.update(messages).set({ media: { ...media, ...patch } }).where(and(eq(messages.tenantId, tenantId), eq(messages.id, messageId))), db);

  const provider = providerFor(loaded.channel, { fetch: deps.fetch, baseUrlOverride: deps.baseUrlOverride });
  const info = await provider.getMediaUrl(media.id);
  const announced = mediaProblem(loaded.message.type, info.mimeType, info.fileSize ?? 0);
  if (announced) {
    await save({ rejected: announced });
    return { status: "rejected", reason: announced };
  }
  const bytes = await provider.downloadMedia(info.url);
  const tooBig = mediaProblem(loaded.message.type, info.mimeType, bytes.byteLength);
  if (tooBig) {
    await save({ rejected: tooBig });
    return { status: "rejected", reason: tooBig };
  }
  const expected = info.sha256 ?? media.sha256;
  if (expected) {
    const digest = createHash("sha256").update(bytes).digest();
    // Meta documents a SHA-256 without saying hex or base64: accept either, refuse anything else.
    if (expected !== digest.toString("hex") && expected !== digest.toString("base64")) throw new Error(`media ${media.id}: checksum mismatch, will fetch again`);
  }
  const key = mediaKey(tenantId, messageId);
  await (deps.store ?? mediaStore()).put(key, bytes, { contentType: info.mimeType });
  await save({ storageKey: key, sizeBytes: bytes.byteLength, mimeType: info.mimeType });
  return { status: "stored", key, sizeBytes: bytes.byteLength };
}
