/**
 * The MIME type WhatsApp knows for a picked file. Browsers name some audio types their own way
 * (audio/x-m4a, audio/mp3) or not at all (.amr, .opus on some systems); WhatsApp's list (fact
 * sheet §10) has one name for each. Shared by the test phone's file pickers and their actions.
 */
const ALIASES: Record<string, string> = {
  "audio/x-m4a": "audio/mp4",
  "audio/m4a": "audio/mp4",
  "audio/mp3": "audio/mpeg",
  "audio/x-aac": "audio/aac",
  "audio/opus": "audio/ogg",
  "audio/x-amr": "audio/amr",
  "image/jpg": "image/jpeg",
  "image/pjpeg": "image/jpeg",
};

const BY_EXTENSION: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  ogg: "audio/ogg",
  oga: "audio/ogg",
  opus: "audio/ogg",
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  aac: "audio/aac",
  amr: "audio/amr",
};

export function whatsAppMimeType(file: { type: string; name: string }): string {
  const type = file.type.split(";")[0].trim().toLowerCase();
  if (type && type !== "application/octet-stream") return ALIASES[type] ?? type;
  const extension = file.name.split(".").pop()?.toLowerCase() ?? "";
  return BY_EXTENSION[extension] ?? (type || "application/octet-stream");
}

/** What the file pickers offer (types and extensions, so every browser lists the right files). */
export const ACCEPT = {
  image: "image/jpeg,image/png,.jpg,.jpeg,.png",
  audio: "audio/ogg,audio/mpeg,audio/mp4,audio/aac,audio/amr,.ogg,.opus,.mp3,.m4a,.aac,.amr",
} as const;
