import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { aiSettings, aiTurns, appointments, conversations, handoffs } from "@/db/schema";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { scriptedModel } from "../testing/scripted-model";
import { turnKit } from "../testing/turn-kit";
import { takeOver } from "./handoff";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const priceUnderstanding = { intent: "prices_services" as const, language: "es" as const, confidence: 0.95, entities: {} };

describe("grounding", () => {
  it("a model that invents a price never gets it to the customer: regenerated once, then a holding reply and a person", async () => {
    const kit = await turnKit(database, { name: "Precios inventados" });
    await kit.addService("Limpieza dental", 60, 45);
    const model = scriptedModel([
      { toolCalls: [{ toolName: "getBusinessFacts", input: { topics: ["services"] } }], understanding: priceUnderstanding },
      { text: "La limpieza dental cuesta 45 € y dura 20 minutos.", understanding: priceUnderstanding },
    ]);
    const result = await kit.says("¿Cuánto cuesta una limpieza?", { model });
    expect(result.outcome).toBe("escalate");
    expect(result.text).not.toMatch(/45/);
    expect(result.unsupportedClaimsBlocked).toBeGreaterThan(0);
    const sent = (await kit.outbound()).map((m) => m.body ?? "").join("\n");
    expect(sent).not.toMatch(/45 €|20 minutos/);
    const [turn] = await withTenant(kit.owner.tenantId, (tx) => tx.select().from(aiTurns).where(eq(aiTurns.tenantId, kit.owner.tenantId)), database.db);
    expect(turn.verdict).toMatchObject({ ok: false, blocked: true });
    const [h] = await withTenant(kit.owner.tenantId, (tx) => tx.select().from(handoffs).where(eq(handoffs.tenantId, kit.owner.tenantId)), database.db);
    expect(h.reason).toBe("guardrail");
  });

  it("invented dates and order statuses are caught the same way", async () => {
    const kit = await turnKit(database, { name: "Fechas inventadas" });
    const u = { intent: "order_status" as const, language: "es" as const, confidence: 0.95, entities: {} };
    const model = scriptedModel([{ toolCalls: [{ toolName: "lookupOrder", input: { orderNumber: "9999" } }], understanding: u }, { text: "Tu pedido 9999 ya está entregado desde el lunes 23 de noviembre.", understanding: u }]);
    const result = await kit.says("¿Dónde está mi pedido 9999?", { model });
    expect(result.outcome).toBe("escalate");
    expect((await kit.outbound()).map((m) => m.body).join(" ")).not.toMatch(/entregado|23 de noviembre/);
  });

  it("a faithful answer goes out as written", async () => {
    const kit = await turnKit(database, { name: "Precios reales" });
    await kit.addService("Limpieza dental", 60, 45);
    const model = scriptedModel([
      { toolCalls: [{ toolName: "getBusinessFacts", input: { topics: ["services"] } }], understanding: priceUnderstanding },
      { text: "La limpieza dental cuesta 60,00 € y dura 45 minutos.", understanding: priceUnderstanding },
    ]);
    const result = await kit.says("¿Cuánto cuesta una limpieza?", { model });
    expect(result.outcome).toBe("reply");
    expect(result.text).toContain("60,00 €");
    expect(kit.dispatched).toHaveLength(1);
  });
});

describe("irreversible actions", () => {
  it("a booking happens only after the confirm tap, and a second tap does nothing", async () => {
    const kit = await turnKit(database, { name: "Reservas" });
    const service = await kit.addService("Revisión", 40, 30);
    const at = new Date(Date.now() + 3 * 86_400_000);
    at.setUTCHours(10, 0, 0, 0);
    const u = { intent: "book_appointment" as const, language: "es" as const, confidence: 0.95, entities: {} };
    const model = scriptedModel([{ toolCalls: [{ toolName: "bookAppointment", input: { service: service.name, startsAt: at.toISOString() } }], understanding: u }, { text: "¿Te reservo la revisión?", understanding: u }]);
    const proposal = await kit.says("Quiero reservar una revisión", { model });
    expect(proposal.outcome).toBe("confirm");
    expect(proposal.buttons.map((b) => b.title)).toEqual(["Confirmar", "Cancelar"]);
    const booked = () => withTenant(kit.owner.tenantId, (tx) => tx.select().from(appointments).where(and(eq(appointments.tenantId, kit.owner.tenantId), eq(appointments.status, "booked"))), database.db);
    expect(await booked()).toHaveLength(0);

    const confirm = proposal.buttons[0];
    const first = await kit.taps(confirm);
    expect(first.action).toBe("book_appointment");
    expect(await booked()).toHaveLength(1);
    const second = await kit.taps(confirm);
    expect(second.action).toBeNull();
    expect(await booked()).toHaveLength(1);
  });
});

describe("take-over", () => {
  it("after an agent takes over, the bot sends nothing on that conversation", async () => {
    const kit = await turnKit(database, { name: "Toma de control" });
    await withTenant(kit.owner.tenantId, (tx) => takeOver(tx, { tenantId: kit.owner.tenantId, conversationId: kit.conversationId, userId: kit.owner.userId }), database.db);
    const model = scriptedModel([{ text: "Hola, ¿en qué te ayudo?", understanding: { intent: "greeting", language: "es", confidence: 0.99, entities: {} } }]);
    const result = await kit.says("Hola", { model });
    expect(result.outcome).toBe("silent");
    expect(model.calls).toHaveLength(0);
    expect(await kit.outbound()).toHaveLength(0);
    expect(kit.dispatched).toHaveLength(0);
    const [conv] = await withTenant(kit.owner.tenantId, (tx) => tx.select().from(conversations).where(eq(conversations.id, kit.conversationId)), database.db);
    expect(conv.handledBy).toBe("human");
  });
});

describe("limits", () => {
  it("over the monthly AI budget: one notice and a person, then silence", async () => {
    const kit = await turnKit(database, { name: "Presupuesto" });
    await withTenant(
      kit.owner.tenantId,
      async (tx) => {
        await tx.update(aiSettings).set({ monthlyBudgetMicros: 1_000 }).where(eq(aiSettings.tenantId, kit.owner.tenantId));
        await tx.insert(aiTurns).values({ tenantId: kit.owner.tenantId, conversationId: kit.conversationId, outcome: "reply", costMicros: 5_000 });
      },
      database.db,
    );
    const model = scriptedModel([{ text: "Hola", understanding: { intent: "greeting", language: "es", confidence: 0.99, entities: {} } }]);
    const first = await kit.says("Hola", { model });
    expect(first.outcome).toBe("escalate");
    expect(model.calls).toHaveLength(0);
    const second = await kit.says("¿Hola?", { model });
    expect(second.outcome).toBe("silent");
    expect(await kit.outbound()).toHaveLength(1);
  });

  it("a customer over the hourly limit gets one notice, then silence", async () => {
    const kit = await turnKit(database, { name: "Límite por cliente" });
    await withTenant(kit.owner.tenantId, (tx) => tx.update(aiSettings).set({ perCustomerHourlyLimit: 2 }).where(eq(aiSettings.tenantId, kit.owner.tenantId)), database.db);
    const model = scriptedModel([{ text: "Hola, ¿en qué te ayudo?", understanding: { intent: "greeting", language: "es", confidence: 0.99, entities: {} } }]);
    const outcomes = [];
    for (const text of ["hola", "hola?", "holaaa", "hola!!"]) outcomes.push((await kit.says(text, { model })).outcome);
    expect(outcomes).toEqual(["reply", "reply", "escalate", "silent"]);
  });
});
