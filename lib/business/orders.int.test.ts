import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { contacts, orderLines } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { connectorFor } from "./commerce/connector";
import { orderBelongsTo, toOrderData } from "./commerce/order-data";
import { applyDeliveryChange, deleteOrder, getOrder, listOrders, listOrdersByPhone, lookupOrder, saveOrder } from "./orders";
import { importOrdersCsv } from "./orders-import";

let database: Database;
let owner: Awaited<ReturnType<typeof createOwnerWorkspace>>;
const inTenant = <T>(fn: Parameters<typeof withTenant<T>>[1], tenantId = owner.tenantId) => withTenant(tenantId, fn, database.db);
const OPTIONS = ["Entrega el sábado por la mañana", "Recogida en la clínica"];

beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createOwnerWorkspace(database.db, "Tienda Sonrisa");
  await inTenant((tx) => tx.insert(contacts).values({ tenantId: owner.tenantId, waId: "34612345678", name: "Carmen" }));
  const saved = await inTenant((tx) =>
    saveOrder(tx, owner.tenantId, {
      number: "#8842",
      status: "shipped",
      customerPhone: "+34 612 34 56 78",
      customerName: "Carmen López",
      totalMicros: 89_900_000,
      currency: "eur",
      carrier: "SEUR",
      trackingNumber: "SEU123",
      eta: "2026-11-27",
      deliveryOptions: OPTIONS,
      lines: [{ name: "Cepillo eléctrico", quantity: 1 }, { name: "Recambios", quantity: 2 }],
      placedAt: new Date("2026-11-23T10:00:00Z"),
    }),
  );
  expect(saved).toMatchObject({ ok: true, created: true });
});
afterAll(async () => {
  await database?.close();
});

describe("orders", () => {
  it("stores the number without '#', the phone as digits, links the contact, and keeps its lines", async () => {
    const [order] = await inTenant((tx) => listOrders(tx, owner.tenantId));
    expect(order).toMatchObject({ number: "8842", customerPhone: "34612345678", currency: "EUR", source: "builtin" });
    expect(order.contactId).not.toBeNull();
    expect(order.lines.map((l) => [l.name, l.quantity])).toEqual([
      ["Cepillo eléctrico", 1],
      ["Recambios", 2],
    ]);
  });

  it("finds an order however the customer writes its number, and only in its own workspace", async () => {
    for (const raw of ["#8842", "8842", "pedido 8842", "el pedido nº 8842"]) expect((await inTenant((tx) => lookupOrder(tx, owner.tenantId, raw)))?.number).toBe("8842");
    expect(await inTenant((tx) => lookupOrder(tx, owner.tenantId, "9999"))).toBeNull();
    const other = await createOwnerWorkspace(database.db, "Otra tienda");
    expect(await inTenant((tx) => lookupOrder(tx, other.tenantId, "8842"), other.tenantId)).toBeNull();
    expect(await inTenant((tx) => listOrdersByPhone(tx, other.tenantId, "34612345678"), other.tenantId)).toEqual([]);
  });

  it("lists a customer's orders by WhatsApp number, with or without '+'", async () => {
    expect((await inTenant((tx) => listOrdersByPhone(tx, owner.tenantId, "+34612345678"))).map((o) => o.number)).toEqual(["8842"]);
    expect(await inTenant((tx) => listOrdersByPhone(tx, owner.tenantId, "34600000000"))).toEqual([]);
  });

  it("refuses a second order with the same number, and edits replace fields and lines", async () => {
    expect(await inTenant((tx) => saveOrder(tx, owner.tenantId, { number: "8842", status: "pending" }))).toEqual({ ok: false, reason: "duplicate_number" });
    expect(await inTenant((tx) => saveOrder(tx, owner.tenantId, { number: "pedido", status: "pending" }))).toEqual({ ok: false, reason: "invalid_number" });
    const created = await inTenant((tx) => saveOrder(tx, owner.tenantId, { number: "9001", status: "pending", lines: [{ name: "Gorra", quantity: 1 }] }));
    if (!created.ok) throw new Error("not created");
    const edited = await inTenant((tx) => saveOrder(tx, owner.tenantId, { number: "9001", status: "paid", carrier: "", lines: [{ name: "Camiseta", quantity: 2 }] }, created.order.id));
    expect(edited).toMatchObject({ ok: true, created: false, order: { status: "paid", carrier: null, lines: [{ name: "Camiseta", quantity: 2 }] } });
    expect(await inTenant((tx) => deleteOrder(tx, owner.tenantId, created.order.id))).toBe(true);
    expect(await inTenant((tx) => getOrder(tx, owner.tenantId, created.order.id))).toBeNull();
    expect(await inTenant((tx) => tx.select().from(orderLines))).toHaveLength(2);
  });
});

describe("delivery changes", () => {
  it("accepts only an offered option, records it once, and refuses once delivered", async () => {
    expect(await inTenant((tx) => applyDeliveryChange(tx, owner.tenantId, "8842", "Entrega el domingo"))).toMatchObject({ ok: false, reason: "not_offered" });
    expect(await inTenant((tx) => applyDeliveryChange(tx, owner.tenantId, "7777", OPTIONS[0]))).toEqual({ ok: false, reason: "not_found" });
    const first = await inTenant((tx) => applyDeliveryChange(tx, owner.tenantId, "#8842", " entrega el sábado por la mañana "));
    expect(first).toMatchObject({ ok: true, changed: true, order: { deliveryChange: OPTIONS[0] } });
    expect(await inTenant((tx) => applyDeliveryChange(tx, owner.tenantId, "8842", OPTIONS[0]))).toMatchObject({ ok: true, changed: false });
    expect((await inTenant((tx) => lookupOrder(tx, owner.tenantId, "8842")))?.deliveryChange).toBe(OPTIONS[0]);

    const delivered = await inTenant((tx) => saveOrder(tx, owner.tenantId, { number: "5000", status: "delivered", deliveryOptions: OPTIONS }));
    expect(delivered.ok).toBe(true);
    expect(await inTenant((tx) => applyDeliveryChange(tx, owner.tenantId, "5000", OPTIONS[1]))).toMatchObject({ ok: false, reason: "closed" });
  });

  it("the built-in store answers the connector interface, and tool data reads in the customer's language", async () => {
    const { order, list, unknown, change } = await inTenant(async (tx) => {
      const store = connectorFor(tx, owner.tenantId);
      return { order: await store.lookupOrder("pedido 8842"), list: await store.listOrdersByPhone("+34612345678"), unknown: await store.lookupOrder("1"), change: await store.changeDelivery("8842", OPTIONS[1]) };
    });
    expect(unknown).toBeNull();
    expect(list.map((o) => o.number)).toEqual(["8842"]);
    expect(change).toMatchObject({ ok: true, changed: true, order: { deliveryChange: OPTIONS[1] } });
    expect(order && orderBelongsTo(order, "+34612345678")).toBe(true);
    expect(order && orderBelongsTo(order, "34600000000")).toBe(false);
    const es = toOrderData(order!, "es");
    expect(es).toMatchObject({ number: "8842", status: "shipped", statusLabel: "enviado", carrier: "SEUR", eta: "2026-11-27", deliveryOptions: OPTIONS, lines: [{ name: "Cepillo eléctrico", quantity: 1 }, { name: "Recambios", quantity: 2 }] });
    expect(es.total).toEqual({ amountMicros: 89_900_000, currency: "EUR", display: "89,90 €" });
    expect(toOrderData(order!, "en").statusLabel).toBe("shipped");
  });
});

describe("CSV import", () => {
  const header = "number;phone;name;status;total;currency;carrier;tracking;eta;options;lines";

  it("imports a whole file, or lists every bad row and imports nothing", async () => {
    const bad = [header, "A-1;612000111;Ana;enviado;12,50;EUR;GLS;G1;28/11/2026;;2x Camiseta|1x Gorra", "A-1;612000112;Luis;perdido;abc;EURO;;;31/02/2026;;0x Nada", ";;;shipped;;;;;;;"].join("\n");
    const refused = await inTenant((tx) => importOrdersCsv(tx, owner.tenantId, bad, { defaultCountry: "ES" }));
    expect(refused.ok).toBe(false);
    if (refused.ok || refused.fileProblem) throw new Error("expected row problems");
    expect(refused.problems.map((p) => [p.row, p.reason])).toEqual([
      [3, "duplicate_number"],
      [3, "status_unrecognized"],
      [3, "total_invalid"],
      [3, "currency_invalid"],
      [3, "eta_invalid"],
      [3, "lines_invalid"],
      [4, "number_missing"],
    ]);
    expect(await inTenant((tx) => lookupOrder(tx, owner.tenantId, "A-1"))).toBeNull();

    const good = [header, "A-1;612000111;Ana;enviado;12,50;EUR;GLS;G1;28/11/2026;Entrega el sábado|Recogida en tienda;2x Camiseta|1x Gorra", "#A-2;;;Pendiente de pago;;;;;;;"].join("\n");
    expect(await inTenant((tx) => importOrdersCsv(tx, owner.tenantId, good, { defaultCountry: "ES" }))).toEqual({ ok: true, rows: 2, created: 2, updated: 0 });
    const a1 = await inTenant((tx) => lookupOrder(tx, owner.tenantId, "a-1"));
    expect(a1).toMatchObject({ number: "A-1", status: "shipped", customerPhone: "34612000111", totalMicros: 12_500_000, carrier: "GLS", trackingNumber: "G1", eta: "2026-11-28", deliveryOptions: ["Entrega el sábado", "Recogida en tienda"] });
    expect(a1?.lines.map((l) => `${l.quantity}x ${l.name}`)).toEqual(["2x Camiseta", "1x Gorra"]);

    // Again, with a new status and without the lines column: updated, lines kept.
    const again = ["number,status", "A-1,delivered", "A-2,paid"].join("\n");
    expect(await inTenant((tx) => importOrdersCsv(tx, owner.tenantId, again, { defaultCountry: "ES" }))).toEqual({ ok: true, rows: 2, created: 0, updated: 2 });
    expect(await inTenant((tx) => lookupOrder(tx, owner.tenantId, "A-1"))).toMatchObject({ status: "delivered", carrier: "GLS", lines: [{ name: "Camiseta" }, { name: "Gorra" }] });
  });

  it("names a file without a number or status column", async () => {
    expect(await inTenant((tx) => importOrdersCsv(tx, owner.tenantId, "telefono,estado\n612000111,enviado", { defaultCountry: "ES" }))).toMatchObject({ ok: false, fileProblem: "no_number_column" });
    expect(await inTenant((tx) => importOrdersCsv(tx, owner.tenantId, "pedido,telefono\n1,612000111", { defaultCountry: "ES" }))).toMatchObject({ ok: false, fileProblem: "no_status_column" });
    expect(await inTenant((tx) => importOrdersCsv(tx, owner.tenantId, "pedido,estado\n", { defaultCountry: "ES" }))).toMatchObject({ ok: false, fileProblem: "empty" });
  });
});
