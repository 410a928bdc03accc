import type { Db } from "@/db/client";
import { MEDIA_LIMITS } from "@/lib/media/limits";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { GRAPH_ERRORS, graphOk, type GraphResponse } from "./graph-errors";
import { findSimulatorMedia, simulatorMediaUrl, storeSimulatorMedia, verifySimulatorMediaUrl } from "./media-store";
import type { SimulatorChannel } from "./simulator-channel";

/**
 * Media endpoints of the fake Graph API (fact sheet §10): upload (`POST /{phone-number-id}/media`,
 * multipart), the media object (`GET /{media-id}?phone_number_id=…`) with a 5-minute link, and the
 * link itself, which returns the bytes to a bearer token.
 */

/** The media kind a MIME type belongs to, by WhatsApp's list (lib/media/limits.ts). */
function kindOf(mimeType: string): string | null {
  const base = mimeType.split(";")[0].trim().toLowerCase();
  return Object.entries(MEDIA_LIMITS).find(([, l]) => l.mimeTypes.includes(base))?.[0] ?? null;
}

export async function uploadMedia(db: Db, channel: SimulatorChannel, body: unknown): Promise<GraphResponse> {
  if (!(body instanceof FormData)) return GRAPH_ERRORS.invalid("media uploads are multipart/form-data with messaging_product, type and file");
  if (body.get("messaging_product") !== "whatsapp") return GRAPH_ERRORS.invalid("messaging_product must be whatsapp");
  const file = body.get("file");
  if (!(file instanceof Blob)) return GRAPH_ERRORS.invalid("file is required");
  const declared = body.get("type");
  const mimeType = typeof declared === "string" && declared ? declared : file.type;
  const kind = kindOf(mimeType);
  if (!kind) return GRAPH_ERRORS.mediaUpload(`Unsupported file type ${mimeType || "(none)"}.`);
  if (file.size > MEDIA_LIMITS[kind].maxBytes) return GRAPH_ERRORS.mediaUpload(`${file.size} bytes is over the ${MEDIA_LIMITS[kind].maxBytes}-byte limit for ${kind}.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const filename = file instanceof File && file.name ? file.name : null;
  const id = await storeSimulatorMedia(db, { tenantId: channel.tenantId, phoneNumberId: channel.phoneNumberId, bytes, mimeType, filename });
  return graphOk({ id });
}

export async function mediaObject(db: Db, channel: SimulatorChannel, mediaId: string, baseUrl: string, now: Date): Promise<GraphResponse> {
  const media = await withTenant(channel.tenantId, (tx) => findSimulatorMedia(tx, channel.tenantId, channel.phoneNumberId, mediaId), db);
  if (!media) return GRAPH_ERRORS.unknownObject(mediaId);
  return graphOk({
    messaging_product: "whatsapp",
    url: simulatorMediaUrl(baseUrl, media.id, channel.phoneNumberId, now),
    mime_type: media.mimeType,
    sha256: media.sha256,
    file_size: media.sizeBytes,
    id: media.id,
  });
}

const notFound: GraphResponse = { status: 404, body: { error: { message: "URL signature expired or invalid: request a new URL", code: 100 } } };

/** The bytes behind a link from `mediaObject`; an expired or altered link is a 404, like Meta's. */
export async function downloadMedia(db: Db, query: URLSearchParams, findChannel: (phoneNumberId: string) => Promise<SimulatorChannel | null>, now: Date): Promise<GraphResponse> {
  const target = verifySimulatorMediaUrl(query, now);
  if (!target) return notFound;
  const channel = await findChannel(target.phoneNumberId);
  if (!channel) return notFound;
  const media = await withTenant(channel.tenantId, (tx) => findSimulatorMedia(tx, channel.tenantId, channel.phoneNumberId, target.mediaId, true), db);
  if (!media?.bytes) return notFound;
  return { status: 200, body: null, bytes: media.bytes, contentType: media.mimeType };
}

/** Whether a send's media id is a file of this number (else Meta fails the send with 131053). */
export async function hasMedia(db: Db, channel: SimulatorChannel, mediaId: string): Promise<boolean> {
  return Boolean(await withTenant(channel.tenantId, (tx) => findSimulatorMedia(tx, channel.tenantId, channel.phoneNumberId, mediaId), db));
}
