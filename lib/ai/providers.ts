import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModelV3, TranscriptionModelV3 } from "@ai-sdk/provider";
import { APICallError, generateText, RetryError, wrapLanguageModel } from "ai";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { aiSettings } from "@/db/schema";
import { getEnv, type Env } from "@/lib/env";
import { decryptAiSecret, encryptAiSecret } from "./ai-secrets";
import { createLocalModel } from "./local-model";
import { redactingMiddleware } from "./privacy/redacting-middleware";

/**
 * The one model lookup: which model writes a workspace's replies. A workspace that chose OpenAI
 * (its own key) or an OpenAI-compatible endpoint (Ollama, vLLM, LM Studio…) gets that; every other
 * workspace gets the server's default from the environment, and without one Hilo's local engine.
 * Anything that leaves the machine is wrapped with the redacting middleware.
 */

export type AiSettings = typeof aiSettings.$inferSelect;
export const AI_PROVIDERS = ["local", "openai", "openai_compatible"] as const;
export type AiProvider = (typeof AI_PROVIDERS)[number];
export const OPENAI_API_URL = "https://api.openai.com/v1";
export const DEFAULT_OPENAI_MODEL = "gpt-4.1-mini";

export type AiEnv = Pick<Env, "AI_PROVIDER" | "OPENAI_API_KEY" | "OPENAI_BASE_URL" | "AI_MODEL">;
/** Why a workspace's own configuration could not be used (the server default was used instead). */
export type ModelProblem = "missing_key" | "unreadable_key" | "missing_base_url" | "missing_model";
export type ResolvedModel = {
  model: LanguageModelV3;
  /** `provider:model`, for people and logs. */
  id: string;
  /** Whether prompts leave this machine (then they are redacted first). */
  external: boolean;
  provider: AiProvider;
  source: "workspace" | "server";
  transcription?: TranscriptionModelV3;
  problem?: ModelProblem;
};
export type ResolveDeps = { env?: Partial<AiEnv>; fetch?: typeof fetch; localModel?: () => LanguageModelV3 };
/** The columns the lookup reads (a full row will do). */
export type ModelSettings = Pick<AiSettings, "id" | "provider" | "model" | "baseUrl" | "apiKeyEnc" | "transcriptionModel">;

type Remote = { provider: Exclude<AiProvider, "local">; baseURL: string; apiKey: string; model: string; transcriptionModel: string | null };

const trimUrl = (url: string) => url.trim().replace(/\/+$/, "");

/** The install's default from AI_PROVIDER / OPENAI_API_KEY / OPENAI_BASE_URL / AI_MODEL; null = local. */
function serverModelConfig(env: Partial<AiEnv>): Remote | null {
  const provider = env.AI_PROVIDER ?? (env.OPENAI_BASE_URL ? "openai_compatible" : env.OPENAI_API_KEY ? "openai" : "local");
  if (provider === "openai" && env.OPENAI_API_KEY) return { provider, baseURL: trimUrl(env.OPENAI_BASE_URL ?? OPENAI_API_URL), apiKey: env.OPENAI_API_KEY, model: env.AI_MODEL ?? DEFAULT_OPENAI_MODEL, transcriptionModel: null };
  if (provider === "openai_compatible" && env.OPENAI_BASE_URL && env.AI_MODEL) return { provider, baseURL: trimUrl(env.OPENAI_BASE_URL), apiKey: env.OPENAI_API_KEY ?? "none", model: env.AI_MODEL, transcriptionModel: null };
  return null;
}

/**
 * The workspace's own endpoint, or why it cannot be used. Its key only ever goes to the endpoint
 * it was saved for, and the server's key never goes to a workspace's endpoint.
 */
function workspaceConfig(s: ModelSettings): Remote | ModelProblem | null {
  if (s.provider !== "openai" && s.provider !== "openai_compatible") return null;
  let apiKey: string | null = null;
  if (s.apiKeyEnc) {
    try {
      apiKey = decryptAiSecret(s.id, "api_key", s.apiKeyEnc);
    } catch {
      return "unreadable_key";
    }
  }
  const model = s.model?.trim() || null;
  if (s.provider === "openai") return apiKey ? { provider: "openai", baseURL: OPENAI_API_URL, apiKey, model: model ?? DEFAULT_OPENAI_MODEL, transcriptionModel: s.transcriptionModel } : "missing_key";
  if (!s.baseUrl) return "missing_base_url";
  if (!model) return "missing_model";
  // Ollama and LM Studio want no key, but the client always sends one.
  return { provider: "openai_compatible", baseURL: trimUrl(s.baseUrl), apiKey: apiKey ?? "none", model, transcriptionModel: s.transcriptionModel };
}

function remoteModel(cfg: Remote, source: ResolvedModel["source"], deps: ResolveDeps): ResolvedModel {
  // Every value passed explicitly: the client would otherwise read OPENAI_* from process.env.
  const client = createOpenAI({ baseURL: cfg.baseURL, apiKey: cfg.apiKey, fetch: deps.fetch });
  // Chat Completions, which every compatible server speaks (the Responses API is OpenAI's only).
  const model = wrapLanguageModel({ model: client.chat(cfg.model), middleware: redactingMiddleware() });
  return { model, id: `${cfg.provider}:${cfg.model}`, external: true, provider: cfg.provider, source, transcription: cfg.transcriptionModel ? client.transcription(cfg.transcriptionModel) : undefined };
}

type Plan = { remote: Remote | null; source: ResolvedModel["source"]; problem?: ModelProblem };

function plan(settings: ModelSettings | null, env: Partial<AiEnv>): Plan {
  const own = settings ? workspaceConfig(settings) : null;
  if (own && typeof own === "object") return { remote: own, source: "workspace" };
  return { remote: serverModelConfig(env), source: "server", problem: typeof own === "string" ? own : undefined };
}

/** The model for a workspace (see the module comment); `settings` null = no configuration of its own. */
export function resolveModel(settings: ModelSettings | null, deps: ResolveDeps = {}): ResolvedModel {
  const { remote, source, problem } = plan(settings, deps.env ?? getEnv());
  if (remote) return { ...remoteModel(remote, source, deps), problem };
  const model = (deps.localModel ?? createLocalModel)();
  return { model, id: `local:${model.modelId}`, external: false, provider: "local", source, problem };
}

/** What `resolveModel` would pick, without building a model (for the settings page); local → `model` null. */
export function describeModel(settings: ModelSettings | null, env: Partial<AiEnv> = getEnv()): Omit<ResolvedModel, "model" | "transcription" | "id"> & { model: string | null } {
  const { remote, source, problem } = plan(settings, env);
  return remote ? { provider: remote.provider, model: remote.model, external: true, source, problem } : { provider: "local", model: null, external: false, source, problem };
}

export type ConnectionCheck =
  | { ok: true; modelId: string; ms: number; reply: string }
  | { ok: false; reason: "unauthorized" | "model_not_found" | "rate_limited" | "server_error" | "unreachable" | "timeout" | "unexpected"; status?: number; detail: string };

/** "Probar conexión": one tiny call, no retries, bounded in time; the failure said in categories. */
export async function checkModelConnection(resolved: ResolvedModel, opts: { timeoutMs?: number } = {}): Promise<ConnectionCheck> {
  const started = Date.now();
  try {
    const r = await generateText({ model: resolved.model, prompt: "Reply with the single word OK.", maxOutputTokens: 32, maxRetries: 0, abortSignal: AbortSignal.timeout(opts.timeoutMs ?? 15_000) });
    return { ok: true, modelId: r.response.modelId || resolved.id, ms: Date.now() - started, reply: r.text.trim().slice(0, 200) };
  } catch (thrown) {
    const e = RetryError.isInstance(thrown) ? thrown.lastError : thrown;
    const detail = (e instanceof Error ? e.message : String(e)).slice(0, 300);
    if (e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError")) return { ok: false, reason: "timeout", detail };
    if (!APICallError.isInstance(e)) return { ok: false, reason: "unexpected", detail };
    const status = e.statusCode;
    if (status === undefined) return { ok: false, reason: "unreachable", detail };
    const reason = status === 401 || status === 403 ? "unauthorized" : status === 404 ? "model_not_found" : status === 429 ? "rate_limited" : status >= 500 ? "server_error" : "unexpected";
    return { ok: false, reason, status, detail };
  }
}

/** The workspace's assistant settings; the row (with the defaults, review mode) is created on first use. */
export async function loadAiSettings(tx: Tx, tenantId: string): Promise<AiSettings> {
  const find = () => tx.select().from(aiSettings).where(eq(aiSettings.tenantId, tenantId)).limit(1);
  const [row] = await find();
  if (row) return row;
  const [created] = await tx.insert(aiSettings).values({ tenantId }).onConflictDoNothing({ target: aiSettings.tenantId }).returning();
  return created ?? (await find())[0];
}

export type AiSettingsPatch = Partial<Omit<AiSettings, "id" | "tenantId" | "apiKeyEnc" | "createdAt" | "updatedAt" | "provider">> & {
  provider?: AiProvider;
  /** A new key (stored encrypted), null to remove it, undefined to keep it. */
  apiKey?: string | null;
};

/**
 * Saves the settings. A stored key is bound to the endpoint it was entered for: when the provider
 * or the base URL changes and no new key comes with it, the old key is removed rather than sent
 * to the new endpoint.
 */
export async function saveAiSettings(tx: Tx, tenantId: string, patch: AiSettingsPatch): Promise<AiSettings> {
  const current = await loadAiSettings(tx, tenantId);
  const { apiKey, ...values } = patch;
  if (values.baseUrl) values.baseUrl = trimUrl(values.baseUrl);
  const provider = values.provider ?? current.provider;
  const baseUrl = values.baseUrl !== undefined ? values.baseUrl : current.baseUrl;
  const endpointChanged = provider !== current.provider || (provider === "openai_compatible" && baseUrl !== current.baseUrl);
  const apiKeyEnc = apiKey ? encryptAiSecret(current.id, "api_key", apiKey) : apiKey === null || endpointChanged ? null : current.apiKeyEnc;
  const [saved] = await tx
    .update(aiSettings)
    .set({ ...values, apiKeyEnc, updatedAt: new Date() })
    .where(eq(aiSettings.tenantId, tenantId))
    .returning();
  return saved;
}
