import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/engine";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { decryptAiSecret } from "../ai-secrets";
import { loadAiSettings } from "../providers";
import { INTENTS } from "../types";
import { fakeText, startOpenAIFake } from "./openai-fake-server";

// The Assistant settings page's server actions, from form data to the stored row. Sign-in is
// outside this test: the member check answers with the workspace's owner (or an agent).
let database: Database;
let owner: Awaited<ReturnType<typeof createOwnerWorkspace>>;
let role: "owner" | "agent" = "owner";
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/db/client", () => ({ getDb: () => database.db }));
vi.mock("@/lib/tenancy/require-member", () => ({ requireMember: async (_slug: string, opts: { roles?: string[] } = {}) => ({ ctx: { ...owner, role }, allowed: !opts.roles || opts.roles.includes(role) }) }));
const { saveAssistantSettingsAction, testAssistantConnectionAction } = await import("@/app/(app)/w/[workspace]/settings/assistant/actions");

beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createOwnerWorkspace(database.db, "Acciones");
});
afterAll(async () => {
  await database?.close();
});

const form = (o: Record<string, string | string[]>) => {
  const f = new FormData();
  f.set("workspace", owner.tenant.slug);
  for (const [k, v] of Object.entries(o)) for (const x of [v].flat()) f.append(k, x);
  return f;
};
const page = { confidenceThreshold: "0.75", perCustomerHourlyLimit: "15", monthlyBudget: "12,50", sensitiveTopics: ["payments", "health"], disclosure_es: "Hola, te escribe el asistente automático.", disclosure_en: "", disclosure_pt: "", ...Object.fromEntries(INTENTS.map((i) => [`automation_${i}`, i === "faq" ? "auto" : "review"])) };
const stored = () => withTenant(owner.tenantId, (tx) => loadAiSettings(tx, owner.tenantId), database.db);

describe("saving the Assistant page", () => {
  it("stores every setting, the key encrypted, and keeps the key on later saves", async () => {
    expect(await saveAssistantSettingsAction(null, form({ ...page, provider: "openai" }))).toMatchObject({ ok: false, fieldErrors: { apiSecret: ["custom"] } });
    expect(await saveAssistantSettingsAction(null, form({ ...page, provider: "openai", apiSecret: "sk-live-1", transcriptionModel: "whisper-1" }))).toEqual({ ok: true, data: { saved: true } });
    const s = await stored();
    expect(s.transcriptionModel).toBe("whisper-1");
    expect(s).toMatchObject({ provider: "openai", confidenceThreshold: 0.75, perCustomerHourlyLimit: 15, monthlyBudgetMicros: 12_500_000, sensitiveTopics: ["payments", "health"], disclosure: { es: "Hola, te escribe el asistente automático." } });
    expect(s.automation).toMatchObject({ faq: "auto", order_status: "review" });
    expect(decryptAiSecret(s.id, "api_key", s.apiKeyEnc!)).toBe("sk-live-1");
    // Saved again without typing the key: still there; no budget = no cap.
    expect(await saveAssistantSettingsAction(null, form({ ...page, provider: "openai", monthlyBudget: "" }))).toMatchObject({ ok: true });
    expect(await stored()).toMatchObject({ apiKeyEnc: s.apiKeyEnc, monthlyBudgetMicros: null });
  });

  it("refuses a compatible endpoint without an http(s) address or a model, and agents", async () => {
    expect(await saveAssistantSettingsAction(null, form({ ...page, provider: "openai_compatible", baseUrl: "ftp://10.0.0.1" }))).toMatchObject({ ok: false, fieldErrors: { baseUrl: ["invalid_format"], model: ["custom"] } });
    role = "agent";
    try {
      expect(await saveAssistantSettingsAction(null, form({ ...page, provider: "local" }))).toMatchObject({ ok: false, error: "forbidden:role" });
    } finally {
      role = "owner";
    }
    expect((await stored()).provider).toBe("openai");
  });
});

describe("Probar conexión from the form", () => {
  it("tests what is typed, saves nothing, and says why it failed", async () => {
    const fake = await startOpenAIFake({ apiKey: "sk-ollama", script: [fakeText("OK")] });
    try {
      const ok = await testAssistantConnectionAction(null, form({ provider: "openai_compatible", baseUrl: fake.url, model: "llama3.1", apiSecret: "sk-ollama" }));
      expect(ok).toMatchObject({ ok: true, data: { ok: true, model: "openai_compatible:llama3.1" } });
      // Another endpoint: the stored OpenAI key is not tried there.
      const noKey = await testAssistantConnectionAction(null, form({ provider: "openai_compatible", baseUrl: fake.url, model: "llama3.1" }));
      expect(noKey).toMatchObject({ ok: true, data: { ok: false, reason: "unauthorized" } });
      expect(fake.requests.at(-1)?.authorization).toBe("Bearer none");
    } finally {
      await fake.close();
    }
    expect((await stored()).provider).toBe("openai");
  });
});
