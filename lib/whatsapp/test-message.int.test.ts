import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/engine";
import { contacts, messages, messageTemplates } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { inngest } from "@/inngest/client";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createChannel } from "./channels";
import { listTestTemplates, parseTestRecipient, sendTestMessage, testMessageStatus } from "./test-message";

// queueAndSend opens its own transactions on the app's database and emits through the Inngest
// client: the first is pointed at this run's database, the second is a spy (the send workflow is
// tested on its own).
let database: Database;
vi.mock("@/db/client", () => ({ getDb: () => database.db }));
vi.mock("@/inngest/client", () => ({ inngest: { send: vi.fn(async () => ({ ids: ["evt"] })) } }));

let owner: Awaited<ReturnType<typeof createOwnerWorkspace>>;
let other: Awaited<ReturnType<typeof createOwnerWorkspace>>;
let metaId: string;
let simulatorId: string;
let plainTemplateId: string;
let greetingTemplateId: string;

const body = (text: string) => [{ type: "BODY", text }];

beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createOwnerWorkspace(database.db, "Pruebas");
  other = await createOwnerWorkspace(database.db, "Ajena");
  await withTenant(
    owner.tenantId,
    async (tx) => {
      metaId = (await createChannel(tx, owner, { provider: "meta", name: "Tienda", phoneNumberId: "106540352242922", wabaId: "102290129340398", accessToken: "EAAG", appSecret: "s" })).id;
      simulatorId = (await createChannel(tx, owner, { provider: "simulator", name: "Sim" })).id;
      const rows = await tx
        .insert(messageTemplates)
        .values([
          { tenantId: owner.tenantId, channelId: metaId, name: "aviso_prueba", language: "es", category: "UTILITY", status: "APPROVED", components: body("Esto es una prueba de Hilo.") },
          { tenantId: owner.tenantId, channelId: metaId, name: "pedido_listo", language: "es", category: "UTILITY", status: "APPROVED", components: body("Hola {{1}}, tu pedido {{2}} está listo."), variableCounts: { body: 2 } },
          { tenantId: owner.tenantId, channelId: metaId, name: "con_foto", language: "es", category: "MARKETING", status: "APPROVED", components: [{ type: "HEADER", format: "IMAGE" }, ...body("Mira esto")] },
          { tenantId: owner.tenantId, channelId: metaId, name: "con_enlace", language: "es", category: "UTILITY", status: "APPROVED", components: [...body("Tu factura"), { type: "BUTTONS", buttons: [{ type: "URL", url: "https://x.test/{{1}}" }] }], variableCounts: { buttons: { 0: 1 } } },
          { tenantId: owner.tenantId, channelId: metaId, name: "oferta", language: "es", category: "MARKETING", status: "APPROVED", components: body("Solo hoy, 20 % de descuento.") },
          { tenantId: owner.tenantId, channelId: metaId, name: "en_revision", language: "es", category: "UTILITY", status: "PENDING", components: body("Pendiente") },
          { tenantId: owner.tenantId, channelId: simulatorId, name: "del_simulador", language: "es", category: "UTILITY", status: "APPROVED", components: body("Otro número") },
        ])
        .returning();
      plainTemplateId = rows[0].id;
      greetingTemplateId = rows[1].id;
    },
    database.db,
  );
});
afterAll(async () => {
  await database?.close();
});
beforeEach(() => {
  vi.mocked(inngest.send).mockClear();
});

const messageRow = async (id: string) => (await withTenant(owner.tenantId, (tx) => tx.select().from(messages).where(and(eq(messages.tenantId, owner.tenantId), eq(messages.id, id))), database.db))[0];

describe("parseTestRecipient", () => {
  it("accepts international numbers however they are typed, as E.164 digits", () => {
    expect(parseTestRecipient("+34 612 34 56 78")).toBe("34612345678");
    expect(parseTestRecipient("0034 612-345-678")).toBe("34612345678");
    expect(parseTestRecipient(" +44 7911 123456 ")).toBe("447911123456");
  });

  it("refuses numbers without a country prefix, too short, or not numbers", () => {
    expect(parseTestRecipient("612345678")).toBeNull();
    expect(parseTestRecipient("+34 123")).toBeNull();
    expect(parseTestRecipient("hola")).toBeNull();
  });
});

describe("listTestTemplates", () => {
  it("offers the number's approved utility templates that need at most body values (no marketing: it needs an opt-in), with their variables", async () => {
    const list = await withTenant(owner.tenantId, (tx) => listTestTemplates(tx, owner, metaId), database.db);
    expect(list.map((t) => [t.name, t.bodyVariables])).toEqual([
      ["aviso_prueba", []],
      ["pedido_listo", ["1", "2"]],
    ]);
  });

  it("shows another workspace nothing", async () => {
    expect(await withTenant(other.tenantId, (tx) => listTestTemplates(tx, other, metaId), database.db)).toEqual([]);
  });
});

describe("sendTestMessage", () => {
  it("a text: opens a conversation with the number, queues the message and starts its send", async () => {
    const { messageId } = await sendTestMessage(owner, { channelId: metaId, waId: "34612345678", message: { kind: "text", body: "Prueba de Hilo" } });
    expect(await messageRow(messageId)).toMatchObject({ direction: "outbound", author: "system", status: "pending", body: "Prueba de Hilo", channelId: metaId });
    expect(inngest.send).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ name: "hilo/message.send.requested", data: { tenantId: owner.tenantId, messageId, channelId: metaId } }));
    const [contact] = await withTenant(owner.tenantId, (tx) => tx.select().from(contacts).where(and(eq(contacts.tenantId, owner.tenantId), eq(contacts.waId, "34612345678"))), database.db);
    expect(contact.lastInboundAt).toBeNull(); // a test never opens the 24-hour window
    expect(await withTenant(owner.tenantId, (tx) => testMessageStatus(tx, owner, messageId), database.db)).toEqual({ status: "pending", errorCode: null });
    expect(await withTenant(other.tenantId, (tx) => testMessageStatus(tx, other, messageId), database.db)).toBeNull();
  });

  it("a template: sent with its values, the row holding the text the customer reads", async () => {
    const plain = await sendTestMessage(owner, { channelId: metaId, waId: "34612345678", message: { kind: "template", templateId: plainTemplateId, body: [] } });
    expect(await messageRow(plain.messageId)).toMatchObject({ type: "template", templateName: "aviso_prueba", body: "Esto es una prueba de Hilo." });
    const filled = await sendTestMessage(owner, { channelId: metaId, waId: "34612345678", message: { kind: "template", templateId: greetingTemplateId, body: ["Ana", "A-17"] } });
    expect(await messageRow(filled.messageId)).toMatchObject({ templateName: "pedido_listo", body: "Hola Ana, tu pedido A-17 está listo." });
    await expect(sendTestMessage(owner, { channelId: metaId, waId: "34612345678", message: { kind: "template", templateId: greetingTemplateId, body: ["Ana"] } })).rejects.toThrow("bad_request:template_variables");
  });

  it("refuses simulator numbers (they have their own test) and other workspaces' numbers, sending nothing", async () => {
    await expect(sendTestMessage(owner, { channelId: simulatorId, waId: "34612345678", message: { kind: "text", body: "x" } })).rejects.toThrow("not_found:channel");
    await expect(sendTestMessage(other, { channelId: metaId, waId: "34612345678", message: { kind: "text", body: "x" } })).rejects.toThrow("not_found:channel");
    expect(inngest.send).not.toHaveBeenCalled();
  });
});
