import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { orders } from "@/db/schema";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { saveAiSettings } from "../providers";
import { fakeText, fakeToolCalls, startOpenAIFake, type OpenAIFake } from "../testing/openai-fake-server";
import { turnKit } from "../testing/turn-kit";

// The whole reply pipeline with a workspace's own OpenAI-compatible model, over real HTTP.
let database: Database;
let fake: OpenAIFake | undefined;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
afterAll(async () => {
  await database?.close();
});

it("tool call → tool result → reply, through @ai-sdk/openai; the customer's personal data reaches the model only as placeholders", async () => {
  const kit = await turnKit(database, { name: "Tienda externa" });
  await withTenant(kit.owner.tenantId, (tx) => tx.insert(orders).values({ tenantId: kit.owner.tenantId, number: "5521", customerPhone: "34600123456", status: "shipped", carrier: "Correos", eta: "2026-12-02" }), database.db);
  fake = await startOpenAIFake({
    apiKey: "sk-test-workspace",
    script: [fakeToolCalls([{ name: "lookupOrder", args: { orderNumber: "5521" } }]), fakeText("Tu pedido 5521 está enviado con Correos.")],
  });
  await withTenant(kit.owner.tenantId, (tx) => saveAiSettings(tx, kit.owner.tenantId, { provider: "openai_compatible", baseUrl: fake!.url, model: "llama-test", apiKey: "sk-test-workspace" }), database.db);

  const result = await kit.says("Hola, soy Ana (ana.garcia@example.com, DNI 12345678Z, tel. +34 612 345 678). ¿Dónde está mi pedido 5521?");
  expect(result.tools).toContain("lookupOrder");
  expect(result.text).toContain("Tu pedido 5521 está enviado con Correos.");
  expect(["reply", "draft"]).toContain(result.outcome);

  const bodies = JSON.stringify(fake.chatBodies());
  expect(fake.chatBodies().length).toBeGreaterThanOrEqual(2);
  expect(bodies).toContain("lookupOrder");
  // Redacted before leaving: no email, national id or phone number in what the model received.
  expect(bodies).not.toContain("ana.garcia@example.com");
  expect(bodies).not.toContain("12345678Z");
  expect(bodies).not.toMatch(/612 ?345 ?678/);
});

it("a model that cannot be reached: the customer is handed to a person instead of left unanswered", async () => {
  const kit = await turnKit(database, { name: "Modelo caído" });
  await withTenant(kit.owner.tenantId, (tx) => saveAiSettings(tx, kit.owner.tenantId, { provider: "openai_compatible", baseUrl: "http://127.0.0.1:9/v1", model: "nothing", apiKey: "sk-x" }), database.db);
  const result = await kit.says("¿Abrís el sábado?");
  expect(result.outcome).toBe("escalate");
  expect(result.text).toContain("Te paso con una persona");
});

it("an external model gets the recent turns and a summary of older ones, not the whole history", async () => {
  const kit = await turnKit(database, { name: "Historial largo" });
  fake = await startOpenAIFake({ apiKey: "sk-h", script: [fakeText("De acuerdo.")] });
  await withTenant(kit.owner.tenantId, (tx) => saveAiSettings(tx, kit.owner.tenantId, { provider: "openai_compatible", baseUrl: fake!.url, model: "llama-test", apiKey: "sk-h" }), database.db);
  const start = Date.now() - 60 * 60_000;
  for (let i = 0; i < 10; i++) await kit.inbound({ type: "text", body: `mensaje antiguo número ${i}` }, new Date(start + i * 60_000));
  await kit.says("¿Y ahora qué?");
  const [body] = fake.chatBodies() as { messages: { role: string; content: unknown }[] }[];
  const userTurns = body.messages.filter((m) => m.role === "user");
  expect(userTurns.length).toBeLessThanOrEqual(6);
  expect(JSON.stringify(body.messages)).not.toContain("mensaje antiguo número 0\"");
  expect(JSON.stringify(body.messages)).toContain("¿Y ahora qué?");
});
