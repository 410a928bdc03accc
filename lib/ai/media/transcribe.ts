import type { Language } from "../types";

/**
 * Voice notes to text through an OpenAI-compatible `POST {baseUrl}/audio/transcriptions`
 * (OpenAI, Groq, a local whisper server…). Plain parameters: the caller reads the workspace's
 * transcription model and provider key (lib/ai/providers.ts, lib/ai/ai-secrets.ts). Never throws:
 * a voice note that cannot be transcribed gives `{ text: null, reason }`.
 */
export type TranscriptionConfig = {
  baseUrl: string;
  apiKey?: string | null;
  model: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
};

export type TranscriptionFailure = "not_configured" | "empty_audio" | "too_large" | "timeout" | "network_error" | "unauthorized" | "rejected" | "provider_error" | "empty_transcript";
export type TranscriptionOutcome = { text: string } | { text: null; reason: TranscriptionFailure; detail?: string };

/** OpenAI's upload limit; WhatsApp's own for audio is 16 MB. */
export const TRANSCRIPTION_MAX_BYTES = 25 * 1024 * 1024;
export const TRANSCRIPTION_TIMEOUT_MS = 60_000;

/** File names the APIs accept, by MIME type: they pick the decoder from the extension. */
const EXTENSIONS: Record<string, string> = {
  "audio/ogg": "ogg",
  "audio/opus": "ogg",
  "audio/mpeg": "mp3",
  "audio/mp3": "mp3",
  "audio/mp4": "m4a",
  "audio/m4a": "m4a",
  "audio/x-m4a": "m4a",
  "audio/aac": "aac",
  "audio/amr": "amr",
  "audio/wav": "wav",
  "audio/x-wav": "wav",
  "audio/webm": "webm",
  "audio/flac": "flac",
};

export async function transcribeAudio(bytes: Uint8Array, mimeType: string | null | undefined, config: TranscriptionConfig | null | undefined, opts: { language?: Language } = {}): Promise<TranscriptionOutcome> {
  if (!config?.model || !config.baseUrl) return { text: null, reason: "not_configured" };
  if (bytes.byteLength === 0) return { text: null, reason: "empty_audio" };
  if (bytes.byteLength > TRANSCRIPTION_MAX_BYTES) return { text: null, reason: "too_large", detail: `${bytes.byteLength} bytes` };

  const mime = (mimeType ?? "audio/ogg").split(";")[0].trim().toLowerCase() || "audio/ogg";
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type: mime }), `voice-note.${EXTENSIONS[mime] ?? "ogg"}`);
  form.append("model", config.model);
  form.append("response_format", "json");
  // A hint, not a constraint: the customer may still speak another language.
  if (opts.language) form.append("language", opts.language);

  const url = `${config.baseUrl.replace(/\/+$/, "")}/audio/transcriptions`;
  const controller = new AbortController();
  const timeoutMs = config.timeoutMs ?? TRANSCRIPTION_TIMEOUT_MS;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await (config.fetch ?? fetch)(url, {
      method: "POST",
      headers: config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {},
      body: form,
      signal: controller.signal,
    });
    const body = await res.text();
    if (!res.ok) {
      const detail = `HTTP ${res.status}: ${errorMessage(body)}`;
      if (res.status === 401 || res.status === 403) return { text: null, reason: "unauthorized", detail };
      if (res.status === 400 || res.status === 413 || res.status === 415 || res.status === 422) return { text: null, reason: "rejected", detail };
      return { text: null, reason: "provider_error", detail };
    }
    const text = transcriptOf(body)?.trim();
    if (!text) return { text: null, reason: "empty_transcript" };
    return { text };
  } catch (err) {
    if (controller.signal.aborted) return { text: null, reason: "timeout", detail: `no answer after ${timeoutMs} ms` };
    return { text: null, reason: "network_error", detail: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
  }
}

/** `{ "text": "…" }` (json, verbose_json), or the body itself when a server answers plain text. */
function transcriptOf(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { text?: unknown };
    return typeof parsed?.text === "string" ? parsed.text : null;
  } catch {
    return body.trim().startsWith("{") ? null : body;
  }
}

function errorMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: string } | string };
    const message = typeof parsed.error === "string" ? parsed.error : parsed.error?.message;
    if (message) return message.slice(0, 200);
  } catch {
    // not JSON
  }
  return body.slice(0, 200);
}
