import { AppError } from "@/lib/errors/app-error";
import { mediaProblem } from "@/lib/media/limits";
import { mediaStore, newMediaKey, type MediaStore } from "@/lib/media/storage";
import type { TenantContext } from "@/lib/tenancy/context";
import type { MediaKind } from "@/lib/whatsapp/providers/types";
import type { StoredMediaMessage } from "./outbound-content";

export type UploadedMedia = { bytes: Uint8Array; mimeType: string; filename?: string };

const startsWith = (bytes: Uint8Array, at: number, signature: number[]) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/**
 * File signatures of the types whose first bytes are fixed. A browser takes a file's type from its
 * name, so "factura.pdf" renamed "factura.jpg" arrives as image/jpeg: WhatsApp would refuse it at
 * send time, later and with a vaguer error. Types without a fixed signature (MP3, AAC) pass.
 */
const SIGNATURES: Record<string, (b: Uint8Array) => boolean> = {
  "image/jpeg": (b) => startsWith(b, 0, [0xff, 0xd8, 0xff]),
  "image/png": (b) => startsWith(b, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  "image/webp": (b) => startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WEBP")),
  "audio/ogg": (b) => startsWith(b, 0, ascii("OggS")),
  "audio/amr": (b) => startsWith(b, 0, ascii("#!AMR")),
  "audio/mp4": (b) => startsWith(b, 4, ascii("ftyp")),
  "video/mp4": (b) => startsWith(b, 4, ascii("ftyp")),
  "application/pdf": (b) => startsWith(b, 0, ascii("%PDF-")),
};

const baseType = (mimeType: string) => mimeType.split(";")[0].trim().toLowerCase();

/**
 * Why this file cannot go out as this kind of WhatsApp message, as an error code, or null: an
 * empty file, a type WhatsApp does not take for it (fact sheet §10), content that is not what its
 * type says, or a size over the limit.
 */
export function mediaFileProblem(mediaType: MediaKind, file: UploadedMedia): "bad_request:input" | "bad_request:media_type" | "bad_request:media_too_large" | null {
  if (file.bytes.byteLength === 0) return "bad_request:input";
  if (mediaProblem(mediaType, file.mimeType, 0)) return "bad_request:media_type";
  const signature = SIGNATURES[baseType(file.mimeType)];
  if (signature && !signature(file.bytes)) return "bad_request:media_type";
  if (mediaProblem(mediaType, file.mimeType, file.bytes.byteLength)) return "bad_request:media_too_large";
  return null;
}

/**
 * Keeps a file the business is about to send: checked against WhatsApp's limits first (nothing is
 * stored when it would be refused), then put in the media store under a fresh `<tenant>/<uuid>`
 * key. Returns the `QueuedContent` to queue; the provider upload happens at send time. A caption
 * is kept only where WhatsApp shows one, a file name only on documents.
 */
export async function stageOutboundMedia(
  ctx: Pick<TenantContext, "tenantId">,
  input: { mediaType: MediaKind; file: UploadedMedia; caption?: string },
  deps: { store?: MediaStore } = {},
): Promise<StoredMediaMessage> {
  const problem = mediaFileProblem(input.mediaType, input.file);
  if (problem) throw new AppError(problem, { message: mediaProblem(input.mediaType, input.file.mimeType, input.file.bytes.byteLength) ?? problem });
  const mimeType = baseType(input.file.mimeType);
  const storageKey = newMediaKey(ctx.tenantId);
  await (deps.store ?? mediaStore()).put(storageKey, input.file.bytes, { contentType: mimeType });
  const caption = input.caption?.trim();
  const captioned = input.mediaType !== "audio" && input.mediaType !== "sticker";
  return {
    kind: "media",
    mediaType: input.mediaType,
    storageKey,
    mimeType,
    sizeBytes: input.file.bytes.byteLength,
    ...(input.mediaType === "document" && input.file.filename ? { filename: input.file.filename } : {}),
    ...(captioned && caption ? { caption } : {}),
  };
}
