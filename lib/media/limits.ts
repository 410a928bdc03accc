/**
 * What WhatsApp accepts per media type (fact sheet §10): MIME types and maximum sizes. Inbound
 * files outside these are refused before they are stored.
 */
const MB = 1024 * 1024;

export const MEDIA_LIMITS: Record<string, { maxBytes: number; mimeTypes: string[] }> = {
  audio: { maxBytes: 16 * MB, mimeTypes: ["audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg"] },
  document: {
    maxBytes: 100 * MB,
    mimeTypes: [
      "text/plain",
      "application/pdf",
      "application/msword",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.ms-excel",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.ms-powerpoint",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ],
  },
  image: { maxBytes: 5 * MB, mimeTypes: ["image/jpeg", "image/png"] },
  sticker: { maxBytes: 500 * 1024, mimeTypes: ["image/webp"] },
  video: { maxBytes: 16 * MB, mimeTypes: ["video/mp4", "video/3gpp"] },
};

/** Why this file cannot be kept as a message of this type, or null when it can. */
export function mediaProblem(type: string, mimeType: string, sizeBytes: number): string | null {
  const limit = MEDIA_LIMITS[type];
  if (!limit) return `"${type}" messages carry no media`;
  const base = mimeType.split(";")[0].trim().toLowerCase();
  if (!limit.mimeTypes.includes(base)) return `${base} is not an accepted ${type} type`;
  if (sizeBytes > limit.maxBytes) return `${sizeBytes} bytes is over the ${limit.maxBytes}-byte limit for ${type}`;
  return null;
}
