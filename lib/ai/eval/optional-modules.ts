import type { Db } from "@/db/engine";
import type { TurnResult } from "../pipeline/run-turn";
import type { Evidence, Language } from "../types";

/**
 * The parts of the assistant the evaluation calls but does not own — the pipeline, the grounding
 * check, the text-to-image renderer, the secret box for API keys — loaded when a run starts. A
 * missing one is reported by name (an image turn is skipped with the reason, leaks are "not
 * checked"), never silently ignored; tests inject fakes instead.
 */
export type RunTurn = (input: { tenantId: string; conversationId: string; inboundMessageId: string; now?: Date }, deps: { db?: Db; dispatch?: (events: never[]) => Promise<void> }) => Promise<TurnResult>;
export type GroundingContext = { customerText: string; language: Language; now: Date; timeZone: string };
export type CheckGrounding = (draft: string, evidence: Evidence[], ctx: GroundingContext) => { ok: boolean; unsupported: unknown[] } | Promise<{ ok: boolean; unsupported: unknown[] }>;
export type RenderTextToPng = (text: string) => Uint8Array | Promise<Uint8Array>;
/** Encrypts a workspace's API key for the ai_settings row `settingsId`. */
export type EncryptApiKey = (settingsId: string, apiKey: string) => string;

export type Loaded<T> = { ok: true; value: T } | { ok: false; reason: string };

async function tryImport<T>(specifier: string, name: string, label: string): Promise<Loaded<T>> {
  try {
    const mod = (await import(/* @vite-ignore */ specifier)) as Record<string, unknown>;
    const fn = mod[name];
    if (typeof fn !== "function") return { ok: false, reason: `${label} does not export ${name}` };
    return { ok: true, value: fn as T };
  } catch (e) {
    return { ok: false, reason: `${label} could not be loaded: ${String((e as Error).message ?? e).split("\n")[0]}` };
  }
}

// Specifiers are variables so the type-checker does not require modules other engineers are still writing.
const PIPELINE = "../pipeline/run-turn";
const GROUNDING = "../guardrails/grounding";
const RENDER = "../media/render-text";
const SECRETS = "../ai-secrets";

export const loadPipeline = () => tryImport<RunTurn>(PIPELINE, "runAssistantTurn", "lib/ai/pipeline/run-turn.ts");
export const loadGrounding = () => tryImport<CheckGrounding>(GROUNDING, "checkGrounding", "lib/ai/guardrails/grounding.ts");

/** The renderer, normalised to bytes whatever it returns (Buffer, Uint8Array, or `{ png }`). */
export async function loadRenderer(): Promise<Loaded<RenderTextToPng>> {
  const loaded = await tryImport<(text: string) => unknown>(RENDER, "renderTextToPng", "lib/ai/media/render-text.ts");
  if (!loaded.ok) return loaded;
  return {
    ok: true,
    value: async (text) => {
      const out = (await loaded.value(text)) as Uint8Array | { png?: Uint8Array; bytes?: Uint8Array };
      const bytes = out instanceof Uint8Array ? out : (out?.png ?? out?.bytes);
      if (!(bytes instanceof Uint8Array)) throw new Error("renderTextToPng returned no bytes");
      return bytes;
    },
  };
}

/**
 * `encryptAiSecret(settingsId, "api_key", value)` from lib/ai/ai-secrets.ts: the key is bound to the
 * ai_settings row it is stored in, so the caller passes that row's id.
 */
export async function loadApiKeyEncryption(): Promise<Loaded<EncryptApiKey>> {
  const loaded = await tryImport<(settingsId: string, field: "api_key", value: string) => string>(SECRETS, "encryptAiSecret", "lib/ai/ai-secrets.ts");
  if (!loaded.ok) return loaded;
  const fn = loaded.value;
  return { ok: true, value: (settingsId, apiKey) => fn(settingsId, "api_key", apiKey) };
}
