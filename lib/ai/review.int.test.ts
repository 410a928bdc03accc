import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { messages } from "@/db/schema";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { approvalRates } from "./approval-rates";
import { decideDraft } from "./review";
import { scriptedModel } from "./testing/scripted-model";
import { turnKit } from "./testing/turn-kit";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const greeting = () => scriptedModel([{ text: "Hola, ¿en qué puedo ayudarte?", understanding: { intent: "greeting", language: "es", confidence: 0.99, entities: {} } }]);

it("review mode: the customer sees nothing until an agent approves, edits or rejects; decisions feed the approval rate", async () => {
  const kit = await turnKit(database, { name: "Revisión", automation: "review" });
  const first = await kit.says("Hola", { model: greeting() });
  expect(first.outcome).toBe("draft");
  expect(kit.dispatched).toHaveLength(0);
  const row = async (id: string) => (await withTenant(kit.owner.tenantId, (tx) => tx.select().from(messages).where(and(eq(messages.tenantId, kit.owner.tenantId), eq(messages.id, id))), database.db))[0];
  expect((await row(first.messageIds[0])).status).toBe("draft");

  const approved = await decideDraft(database.db, kit.owner, first.messageIds[0], { decision: "edited", text: "¡Hola! ¿En qué te ayudo?" });
  expect(approved.event?.name).toBe("hilo/message.send.requested");
  expect(await row(first.messageIds[0])).toMatchObject({ status: "pending", body: "¡Hola! ¿En qué te ayudo?" });
  // Decided once: a second decision on the same draft is refused.
  await expect(decideDraft(database.db, kit.owner, first.messageIds[0], { decision: "approved" })).rejects.toThrow();

  const second = await kit.says("¿Hola?", { model: greeting() });
  const rejected = await decideDraft(database.db, kit.owner, second.messageIds[0], { decision: "rejected", reason: "tono" });
  expect(rejected.event).toBeNull();
  expect((await row(second.messageIds[0])).status).toBe("discarded");

  const rates = await withTenant(kit.owner.tenantId, (tx) => approvalRates(tx, kit.owner.tenantId), database.db);
  expect(rates.get("greeting")).toMatchObject({ edited: 1, rejected: 1, total: 2 });
});
