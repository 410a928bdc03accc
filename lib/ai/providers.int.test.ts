import { generateText, stepCountIs, streamText, tool } from "ai";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { decryptAiSecret, encryptAiSecret } from "./ai-secrets";
import { checkModelConnection, loadAiSettings, resolveModel, saveAiSettings, type ModelSettings } from "./providers";
import { fakeText, fakeToolCalls, startOpenAIFake, type OpenAIFake } from "./testing/openai-fake-server";
import { toolInputs, type LookupOrderData } from "./tools/schemas";

const ID = "00000000-0000-4000-8000-000000000001";
const KEY = "sk-workspace-123";
const noEnv = {};

/** A workspace row as the settings page saves it; the key boxed for this row like saveAiSettings does. */
const settings = (s: Partial<ModelSettings> & { apiKey?: string }): ModelSettings => ({
  id: ID,
  provider: "local",
  model: null,
  baseUrl: null,
  transcriptionModel: null,
  ...s,
  apiKeyEnc: s.apiKey ? encryptAiSecret(ID, "api_key", s.apiKey) : (s.apiKeyEnc ?? null),
});

let fake: OpenAIFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** Two real tools over the shared schemas; `calls` keeps what the model asked for. */
function shopTools() {
  const calls: { name: string; input: unknown }[] = [];
  const order: LookupOrderData = { found: true, order: { number: "12345", status: "shipped", statusLabel: "enviado", carrier: "SEUR", trackingNumber: "SE123", trackingUrl: null, eta: "2026-11-27", total: null, deliveryOptions: [], deliveryChange: null, lines: [] } };
  const tools = {
    lookupOrder: tool({
      description: "Look up one order by number",
      inputSchema: toolInputs.lookupOrder,
      execute: async (input) => (calls.push({ name: "lookupOrder", input }), { ok: true, data: order, evidence: [] }),
    }),
    getBusinessFacts: tool({
      description: "Opening hours, address and services",
      inputSchema: toolInputs.getBusinessFacts,
      execute: async (input) => (calls.push({ name: "getBusinessFacts", input }), { ok: true, data: { name: "Tienda" }, evidence: [] }),
    }),
  };
  return { tools, calls };
}

describe("an OpenAI-compatible endpoint (Ollama, vLLM, LM Studio…)", () => {
  it("runs a tool call and the final reply through the Chat Completions API", async () => {
    fake = await startOpenAIFake({ apiKey: KEY, script: [fakeToolCalls([{ name: "lookupOrder", args: { orderNumber: "12345" }, id: "call_1" }]), fakeText("Tu pedido 12345 está enviado con SEUR.", { prompt_tokens: 40, completion_tokens: 9 })] });
    const resolved = resolveModel(settings({ provider: "openai_compatible", baseUrl: fake.url, model: "llama3.1:8b", apiKey: KEY }), { env: noEnv });
    expect(resolved).toMatchObject({ id: "openai_compatible:llama3.1:8b", external: true, source: "workspace" });
    const { tools, calls } = shopTools();

    const result = await generateText({ model: resolved.model, tools, stopWhen: stepCountIs(4), system: "Eres el asistente de la tienda.", prompt: "¿Dónde está mi pedido 12345?" });

    expect(calls).toEqual([{ name: "lookupOrder", input: { orderNumber: "12345" } }]);
    expect(result.text).toBe("Tu pedido 12345 está enviado con SEUR.");
    expect(result.steps).toHaveLength(2);
    expect(result.totalUsage.outputTokens).toBe(6 + 9);
    expect(fake.requests.every((r) => r.authorization === `Bearer ${KEY}`)).toBe(true);

    const [first, second] = fake.chatBodies();
    expect(first.model).toBe("llama3.1:8b");
    const sent = first.tools as { type: string; function: { name: string; parameters: { properties: Record<string, { type?: string; maxLength?: number }>; required?: string[] } } }[];
    expect(sent.map((t) => t.function.name).sort()).toEqual(["getBusinessFacts", "lookupOrder"]);
    const lookup = sent.find((t) => t.function.name === "lookupOrder")!;
    expect(lookup.type).toBe("function");
    expect(lookup.function.parameters.properties.orderNumber).toMatchObject({ type: "string", maxLength: 40 });
    expect(lookup.function.parameters.required).toEqual(["orderNumber"]);
    // The tool's result goes back as a `tool` message answering call_1.
    const toolMessage = (second.messages as { role: string; tool_call_id?: string; content: string }[]).find((m) => m.role === "tool");
    expect(toolMessage?.tool_call_id).toBe("call_1");
    expect(JSON.parse(toolMessage!.content)).toMatchObject({ ok: true, data: { found: true, order: { number: "12345", carrier: "SEUR" } } });
  });

  it("streams the same script as server-sent events", async () => {
    fake = await startOpenAIFake({ script: [fakeToolCalls([{ name: "lookupOrder", args: { orderNumber: "777" } }]), fakeText("Tu pedido 777 está enviado, llega el jueves.")] });
    const resolved = resolveModel(settings({ provider: "openai_compatible", baseUrl: fake.url, model: "llama3.1" }), { env: noEnv });
    const { tools, calls } = shopTools();
    const result = streamText({ model: resolved.model, tools, stopWhen: stepCountIs(4), prompt: "¿Y el 777?" });
    expect(await result.text).toBe("Tu pedido 777 está enviado, llega el jueves.");
    expect(calls).toEqual([{ name: "lookupOrder", input: { orderNumber: "777" } }]);
    expect(fake.chatBodies().every((b) => b.stream === true)).toBe(true);
  });

  it("sends the customer's phone, email and DNI only as placeholders", async () => {
    fake = await startOpenAIFake({ script: [fakeText("Gracias, te llamamos al [PHONE_1].")] });
    const resolved = resolveModel(settings({ provider: "openai_compatible", baseUrl: fake.url, model: "qwen2.5" }), { env: noEnv });
    const customer = "Hola, soy Ana. Mi móvil es +34 612 345 678, mi correo ana.garcia@example.com y mi DNI 12345678Z.";
    const result = await generateText({ model: resolved.model, messages: [{ role: "user", content: customer }] });

    const raw = JSON.stringify(fake.chatBodies());
    for (const pii of ["612 345 678", "612345678", "ana.garcia@example.com", "12345678Z"]) expect(raw).not.toContain(pii);
    const user = (fake.chatBodies()[0].messages as { role: string; content: string }[]).find((m) => m.role === "user");
    expect(user?.content).toMatch(/^Hola, soy Ana\. Mi móvil es \[PHONE_1\], mi correo \[EMAIL_1\] y mi DNI \[ID_1\]\.$/);
    // The customer's own number comes back in the reply the business sends.
    expect(result.text).not.toContain("[PHONE_1]");
    expect(result.text.replace(/\D/g, "")).toContain("612345678");
  });

  it("never sends the server's key to a workspace's endpoint", async () => {
    fake = await startOpenAIFake({ script: [fakeText("ok")] });
    const resolved = resolveModel(settings({ provider: "openai_compatible", baseUrl: `${fake.url}/`, model: "mistral" }), { env: { OPENAI_API_KEY: "sk-server-secret" } });
    await generateText({ model: resolved.model, prompt: "hola" });
    expect(fake.requests[0]).toMatchObject({ path: "/v1/chat/completions", authorization: "Bearer none" });
  });
});

describe("the server default from the environment", () => {
  it("uses OpenAI with the env key when the workspace has no configuration of its own", async () => {
    fake = await startOpenAIFake({ apiKey: "sk-env", script: [fakeText("Hola desde el servidor"), fakeText("otra vez")] });
    const env = { AI_PROVIDER: "openai" as const, OPENAI_API_KEY: "sk-env", OPENAI_BASE_URL: fake.url };
    for (const s of [null, settings({ provider: "local" })]) {
      const resolved = resolveModel(s, { env });
      expect(resolved).toMatchObject({ id: "openai:gpt-4.1-mini", external: true, provider: "openai", source: "server" });
      await generateText({ model: resolved.model, prompt: "hola" });
    }
    expect(fake.chatBodies().map((b) => b.model)).toEqual(["gpt-4.1-mini", "gpt-4.1-mini"]);
    expect(fake.requests.every((r) => r.authorization === "Bearer sk-env")).toBe(true);
  });

  it("infers OpenAI from OPENAI_API_KEY alone, and the local engine when nothing is set", () => {
    expect(resolveModel(null, { env: { OPENAI_API_KEY: "sk-env", AI_MODEL: "gpt-4o" } })).toMatchObject({ id: "openai:gpt-4o", provider: "openai" });
    expect(resolveModel(null, { env: { OPENAI_BASE_URL: "http://127.0.0.1:11434/v1", AI_MODEL: "llama3.1" } })).toMatchObject({ id: "openai_compatible:llama3.1", provider: "openai_compatible" });
    const local = resolveModel(settings({ provider: "local" }), { env: noEnv });
    expect(local).toMatchObject({ external: false, provider: "local" });
    expect(local.id).toMatch(/^local:/);
  });

  it("falls back when the workspace's own configuration cannot be used, and says why", () => {
    expect(resolveModel(settings({ provider: "openai" }), { env: noEnv })).toMatchObject({ provider: "local", problem: "missing_key" });
    const copied = settings({ provider: "openai", apiKeyEnc: encryptAiSecret("00000000-0000-4000-8000-000000000002", "api_key", KEY) });
    expect(resolveModel(copied, { env: { OPENAI_API_KEY: "sk-env" } })).toMatchObject({ provider: "openai", source: "server", problem: "unreadable_key" });
    expect(resolveModel(settings({ provider: "openai_compatible", baseUrl: "http://127.0.0.1:1/v1" }), { env: noEnv })).toMatchObject({ provider: "local", problem: "missing_model" });
  });
});

describe("a workspace's own OpenAI key", () => {
  it("goes to api.openai.com only, with a transcription model when one is set", async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const capture = (async (url: string | URL | Request, init?: RequestInit) => {
      seen.push({ url: String(url), auth: new Headers(init?.headers).get("authorization") });
      return Response.json({ id: "x", object: "chat.completion", created: 0, model: "gpt-4.1-mini", choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "stop" }], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } });
    }) as typeof fetch;
    const resolved = resolveModel(settings({ provider: "openai", apiKey: KEY, transcriptionModel: "whisper-1" }), { env: { OPENAI_BASE_URL: "http://127.0.0.1:9/v1", OPENAI_API_KEY: "sk-server" }, fetch: capture });
    await generateText({ model: resolved.model, prompt: "hola" });
    expect(seen).toEqual([{ url: "https://api.openai.com/v1/chat/completions", auth: `Bearer ${KEY}` }]);
    expect(resolved.transcription?.modelId).toBe("whisper-1");
  });
});

describe("Probar conexión", () => {
  it("works, and tells a wrong key, an unknown model and an unreachable server apart", async () => {
    const server = (fake = await startOpenAIFake({ apiKey: KEY, models: ["llama3.1"], script: [fakeText("OK")] }));
    const check = (s: Partial<ModelSettings> & { apiKey?: string }) => checkModelConnection(resolveModel(settings({ provider: "openai_compatible", baseUrl: server.url, model: "llama3.1", ...s }), { env: noEnv }));
    expect(await check({ apiKey: KEY })).toMatchObject({ ok: true, reply: "OK" });
    expect(await check({ apiKey: "sk-wrong" })).toMatchObject({ ok: false, reason: "unauthorized", status: 401 });
    expect(await check({ apiKey: KEY, model: "gpt-9" })).toMatchObject({ ok: false, reason: "model_not_found", status: 404 });
    expect(await check({ apiKey: KEY, baseUrl: "http://127.0.0.1:9/v1" })).toMatchObject({ ok: false, reason: "unreachable" });
  });
});

describe("stored settings", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("start with the local engine and every intent in review, created once", async () => {
    const o = await createOwnerWorkspace(database.db, "Ajustes");
    const first = await withTenant(o.tenantId, (tx) => loadAiSettings(tx, o.tenantId), database.db);
    const again = await withTenant(o.tenantId, (tx) => loadAiSettings(tx, o.tenantId), database.db);
    expect(first).toMatchObject({ tenantId: o.tenantId, provider: "local", defaultAutomation: "review", automation: {}, confidenceThreshold: 0.6, apiKeyEnc: null });
    expect(again.id).toBe(first.id);
  });

  it("keep the key encrypted for its row, and drop it when the endpoint changes", async () => {
    const o = await createOwnerWorkspace(database.db, "Claves");
    const save = (patch: Parameters<typeof saveAiSettings>[2]) => withTenant(o.tenantId, (tx) => saveAiSettings(tx, o.tenantId, patch), database.db);
    const saved = await save({ provider: "openai_compatible", baseUrl: "http://127.0.0.1:11434/v1/", model: "llama3.1", apiKey: KEY });
    expect(saved.baseUrl).toBe("http://127.0.0.1:11434/v1");
    expect(saved.apiKeyEnc).not.toContain(KEY);
    expect(decryptAiSecret(saved.id, "api_key", saved.apiKeyEnc!)).toBe(KEY);
    // Same endpoint, no new key: kept.
    expect((await save({ model: "llama3.2", confidenceThreshold: 0.8 })).apiKeyEnc).toBe(saved.apiKeyEnc);
    // Another base URL without a new key: the old key is not sent there.
    expect((await save({ baseUrl: "http://10.0.0.5:8000/v1" })).apiKeyEnc).toBeNull();
    expect((await save({ provider: "openai", apiKey: "sk-new" })).apiKeyEnc).not.toBeNull();
    expect((await save({ apiKey: null })).apiKeyEnc).toBeNull();
  });
});
