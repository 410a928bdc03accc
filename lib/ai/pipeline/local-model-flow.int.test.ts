import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { knowledgeEntries, orders } from "@/db/schema";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { turnKit } from "../testing/turn-kit";

// The whole pipeline with Hilo's own offline model: understanding, tools, grounding, confirmation.
let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

it("order status, then a delivery change confirmed with a tap, in Spanish", async () => {
  const kit = await turnKit(database, { name: "Tienda Sol" });
  const eta = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  await withTenant(
    kit.owner.tenantId,
    (tx) => tx.insert(orders).values({ tenantId: kit.owner.tenantId, number: "8842", customerPhone: "34600123456", status: "shipped", carrier: "SEUR", eta, deliveryOptions: ["Entrega el sábado por la mañana", "Recogida en tienda"] }),
    database.db,
  );
  const status = await kit.says("Hola, ¿dónde está mi pedido 8842?");
  expect(status.outcome).toBe("reply");
  expect(status.intent).toBe("order_status");
  expect(status.tools).toContain("lookupOrder");
  expect(status.text).toContain("8842");
  expect(status.text).toContain("SEUR");

  const change = await kit.says("Quiero la recogida en tienda");
  expect(change.outcome).toBe("confirm");
  expect(change.buttons.map((b) => b.title)).toEqual(["Confirmar", "Cancelar"]);
  const done = await kit.taps(change.buttons[0]);
  expect(done.action).toBe("change_delivery");
  expect(done.text).toContain("Recogida en tienda");
});

it("a FAQ in English is answered from the business's own entry", async () => {
  const kit = await turnKit(database, { name: "Sun Shop" });
  await withTenant(kit.owner.tenantId, (tx) => tx.insert(knowledgeEntries).values({ tenantId: kit.owner.tenantId, question: "Do you ship to the Canary Islands?", answer: "Yes, in 3-5 working days.", language: "en" }), database.db);
  const result = await kit.says("Hi! do you deliver to the canary islands?");
  expect(result.outcome).toBe("reply");
  expect(result.language).toBe("en");
  expect(result.text).toContain("3-5 working days");
});
