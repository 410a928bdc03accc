import type { MessageMedia } from "@/db/schema/conversations";
import type { Language } from "../types";
import { describeReceipt, mediaTexts } from "./media-texts";
import { ocrImage, type OcrOutcome } from "./ocr";
import { readReceipt, type ReceiptData } from "./receipt";
import { transcribeAudio, type TranscriptionConfig, type TranscriptionOutcome } from "./transcribe";

export type MediaKind = "receipt" | "image" | "voice" | "other";

/**
 * One inbound photo, voice note or file as the assistant takes it in:
 * - `text`: what goes into the conversation for the model, in the customer's language, the
 *   caption appended ("[Foto de un ticket: pedido 8842, total 59,90 €] ¿Cuándo llega?");
 * - `extracted`: what was read (receipt fields, raw OCR text, transcript) for tools and evidence;
 * - `escalate` with `customerReply`: the assistant cannot honestly handle it (a voice note with no
 *   transcription model, a photo or file with nothing readable and no caption): send that reply
 *   and hand the conversation to a person instead of letting the model guess;
 * - `reason`: why something could not be read, for logs and the handoff summary.
 */
export type MediaForAssistant = {
  kind: MediaKind;
  text: string | null;
  extracted?: { receipt?: ReceiptData; ocrText?: string; transcript?: string };
  reason?: string;
  escalate?: boolean;
  customerReply?: string;
};

export type MediaOptions = {
  language: Language;
  /** The workspace's transcription model and provider (null: voice notes go to a person). */
  transcription?: TranscriptionConfig | null;
  /** Replaceable for tests and for another engine; default: tesseract.js on this machine. */
  ocr?: (bytes: Uint8Array, mimeType: string | null) => Promise<OcrOutcome>;
  transcribe?: (bytes: Uint8Array, mimeType: string | null, config: TranscriptionConfig | null) => Promise<TranscriptionOutcome>;
};

/** Longest OCR excerpt quoted to the model for a photo that is not a receipt. */
const EXCERPT_CHARS = 240;

export async function mediaForAssistant(message: { type: string; media: MessageMedia | null; body?: string | null }, bytes: Uint8Array | null, opts: MediaOptions): Promise<MediaForAssistant> {
  const t = mediaTexts(opts.language);
  const media = message.media;
  const mime = media?.mimeType?.split(";")[0].trim().toLowerCase() ?? null;
  const caption = (media?.caption ?? message.body ?? "").trim();
  const withCaption = (text: string) => (caption ? `${text} ${caption}` : text);
  const unavailable = media?.rejected ? `media rejected: ${media.rejected}` : "media not downloaded";

  if (message.type === "sticker") return { kind: "image", text: withCaption(t.sticker) };

  if (message.type === "audio" || (message.type === "document" && mime?.startsWith("audio/"))) {
    if (!opts.transcription?.model) return { kind: "voice", text: t.voiceUnheard, reason: "no transcription model", escalate: true, customerReply: t.reply.voiceNoModel };
    if (!bytes) return { kind: "voice", text: t.voiceUnheard, reason: unavailable, escalate: true, customerReply: t.reply.voiceFailed };
    const heard = await (opts.transcribe ?? transcribeAudio)(bytes, mime, opts.transcription);
    if (heard.text === null) return { kind: "voice", text: t.voiceUnheard, reason: `transcription ${heard.reason}${heard.detail ? `: ${heard.detail}` : ""}`, escalate: true, customerReply: t.reply.voiceFailed };
    return { kind: "voice", text: t.voice(heard.text), extracted: { transcript: heard.text } };
  }

  if (message.type === "image" || (message.type === "document" && mime?.startsWith("image/"))) {
    const unread = (reason: string): MediaForAssistant =>
      caption ? { kind: "image", text: withCaption(t.imageUnread), reason } : { kind: "image", text: t.imageUnread, reason, escalate: true, customerReply: t.reply.image };
    if (!bytes) return unread(unavailable);
    const read = await (opts.ocr ?? ocrImage)(bytes, mime);
    if (read.text === null) return unread(`ocr ${read.reason}${read.detail ? `: ${read.detail}` : ""}`);
    // Day first whatever the customer speaks: receipts are printed where the business is (Spain, Latin America).
    const receipt = readReceipt(read.text);
    if (receipt.orderNumbers.length || receipt.totals.length) {
      return { kind: "receipt", text: withCaption(describeReceipt(receipt, opts.language)), extracted: { receipt, ocrText: read.text } };
    }
    const excerpt = legibleExcerpt(read.text);
    if (!excerpt) return unread("no legible text");
    return { kind: "image", text: withCaption(t.imageWithText(excerpt)), extracted: { receipt, ocrText: read.text } };
  }

  if (message.type === "video" || message.type === "document") {
    const label = message.type === "video" ? t.video : t.document(media?.filename ?? null);
    if (caption) return { kind: "other", text: withCaption(label), reason: `${message.type} not read` };
    return { kind: "other", text: label, reason: `${message.type} not read`, escalate: true, customerReply: message.type === "video" ? t.reply.video : t.reply.document };
  }

  return { kind: "other", text: null, reason: "no media" };
}

/**
 * The OCR text worth quoting: words of two or more letters or digits, on one line, cut at a word.
 * Null when what OCR found is only specks and stray symbols (a photo of a product, a face).
 */
export function legibleExcerpt(text: string): string | null {
  const words = text
    .replace(/\s+/g, " ")
    .split(" ")
    .filter((w) => /[\p{L}\p{N}]{2,}/u.test(w));
  if (words.length < 2 && !words.some((w) => w.length >= 4)) return null;
  let out = "";
  for (const w of words) {
    if ((out + " " + w).trim().length > EXCERPT_CHARS) return `${out.trim()}…`;
    out += ` ${w}`;
  }
  return out.trim();
}
