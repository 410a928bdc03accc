/**
 * Reading the text in a photo (receipts, order screenshots) for the assistant. The engine is behind
 * `OcrEngine` so it can be swapped; the default is tesseract.js running on this machine with
 * language data from npm (see tesseract-engine.ts), loaded only when the first image arrives.
 * Nothing here throws: a photo that cannot be read gives `{ text: null, reason }`.
 */

export type OcrFailure = "not_an_image" | "unsupported_image" | "too_large" | "engine_unavailable" | "timeout" | "engine_error";
export type OcrOutcome = { text: string; confidence: number } | { text: null; reason: OcrFailure; detail?: string };

/** What an engine returns for one image; `confidence` is 0–100 (tesseract's mean word confidence). */
export type OcrText = { text: string; confidence: number };

export interface OcrEngine {
  /** Reads one image. May throw `OcrTimeoutError` or `OcrUnavailableError`; anything else counts as an engine error. */
  recognize(bytes: Uint8Array, opts: { timeoutMs: number }): Promise<OcrText>;
  /** Frees what the engine holds (a worker thread); it starts again on the next call. */
  close?(): Promise<void>;
}

export class OcrTimeoutError extends Error {}
export class OcrUnavailableError extends Error {}

export type ImageFormat = "png" | "jpeg" | "gif" | "bmp" | "webp" | "tiff";

/** The image format from the file's first bytes (the announced MIME type is not trusted). */
export function imageFormatOf(bytes: Uint8Array): ImageFormat | null {
  const b = (i: number) => bytes[i] ?? -1;
  const ascii = (from: number, s: string) => Array.from(s).every((ch, i) => b(from + i) === ch.charCodeAt(0));
  if (b(0) === 0x89 && ascii(1, "PNG")) return "png";
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return "jpeg";
  if (ascii(0, "GIF8")) return "gif";
  if (ascii(0, "BM")) return "bmp";
  if (ascii(0, "RIFF") && ascii(8, "WEBP")) return "webp";
  if ((ascii(0, "II") && b(2) === 42 && b(3) === 0) || (ascii(0, "MM") && b(2) === 0 && b(3) === 42)) return "tiff";
  return null;
}

/** Twice WhatsApp's 5 MB limit for photos: documents sent "as file" may be larger, but not without end. */
export const OCR_MAX_BYTES = 10 * 1024 * 1024;
export const OCR_TIMEOUT_MS = 20_000;

/**
 * The text in an image, or why there is none. Bounded in time (`timeoutMs`, 20 s by default) even
 * if the engine hangs; never throws.
 */
export async function ocrImage(bytes: Uint8Array, mimeType: string | null | undefined, opts: { engine?: OcrEngine; timeoutMs?: number } = {}): Promise<OcrOutcome> {
  const mime = (mimeType ?? "").split(";")[0].trim().toLowerCase();
  if (mime && !mime.startsWith("image/")) return { text: null, reason: "not_an_image", detail: mime };
  if (bytes.byteLength > OCR_MAX_BYTES) return { text: null, reason: "too_large", detail: `${bytes.byteLength} bytes` };
  if (!imageFormatOf(bytes)) return { text: null, reason: "unsupported_image", detail: mime || "unknown format" };

  const timeoutMs = opts.timeoutMs ?? OCR_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  try {
    const engine = opts.engine ?? (await defaultOcrEngine());
    // The engine enforces the limit itself (and frees its worker); this is the backstop.
    const backstopMs = timeoutMs + Math.min(2000, timeoutMs);
    const backstop = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new OcrTimeoutError(`no answer after ${backstopMs} ms`)), backstopMs);
    });
    const result = await Promise.race([engine.recognize(bytes, { timeoutMs }), backstop]);
    return { text: cleanOcrText(result.text), confidence: result.confidence };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    if (err instanceof OcrTimeoutError) return { text: null, reason: "timeout", detail };
    if (err instanceof OcrUnavailableError) return { text: null, reason: "engine_unavailable", detail };
    return { text: null, reason: "engine_error", detail };
  } finally {
    clearTimeout(timer);
  }
}

/** Trims each line and drops empty ones, keeping the line breaks the receipt reader relies on. */
export function cleanOcrText(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/[ \t]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

let shared: Promise<OcrEngine> | null = null;

/** The process-wide engine (tesseract.js with Spanish, English and Portuguese), created on first use. */
export function defaultOcrEngine(): Promise<OcrEngine> {
  shared ??= import("./tesseract-engine")
    .then((m) => m.createTesseractEngine())
    .catch((err) => {
      shared = null;
      throw new OcrUnavailableError(`OCR engine could not load: ${err instanceof Error ? err.message : String(err)}`);
    });
  return shared;
}

/** Stops the shared engine's worker, if one was started (tests, shutdown). */
export async function closeDefaultOcrEngine(): Promise<void> {
  const engine = shared;
  shared = null;
  if (engine) await (await engine).close?.();
}
