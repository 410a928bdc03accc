import type { aiSettings, messages } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { mediaStore } from "@/lib/media/storage";
import { decryptAiSecret } from "../ai-secrets";
import { mediaForAssistant } from "../media/describe-media";
import type { TranscriptionConfig } from "../media/transcribe";
import { OPENAI_API_URL } from "../providers";
import type { Language } from "../types";

const MEDIA_TYPES = new Set(["image", "audio", "video", "document", "sticker"]);

/** Voice notes can be transcribed when the workspace names a transcription model on an OpenAI-compatible provider. */
function transcriptionConfig(settings: typeof aiSettings.$inferSelect): TranscriptionConfig | null {
  if (!settings.transcriptionModel || settings.provider === "local") return null;
  const env = getEnv();
  const apiKey = settings.apiKeyEnc ? decryptAiSecret(settings.id, "api_key", settings.apiKeyEnc) : (env.OPENAI_API_KEY ?? null);
  return { baseUrl: settings.baseUrl ?? env.OPENAI_BASE_URL ?? OPENAI_API_URL, apiKey, model: settings.transcriptionModel };
}

/**
 * What a photo, voice note or document says, for the model: receipts are read (order numbers,
 * totals), voice notes transcribed when possible; when neither works the customer is told
 * honestly and a person takes over. Null for messages that carry no media.
 */
export async function describeInboundMedia(inbound: typeof messages.$inferSelect, settings: typeof aiSettings.$inferSelect, language: Language) {
  if (!MEDIA_TYPES.has(inbound.type)) return null;
  const key = inbound.media?.storageKey;
  const bytes = key ? await mediaStore().get(key).catch(() => null) : null;
  return mediaForAssistant({ type: inbound.type, media: inbound.media ?? null, body: inbound.body }, bytes, { language, transcription: transcriptionConfig(settings) });
}
