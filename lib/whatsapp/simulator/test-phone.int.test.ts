import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { messages, messageTemplates } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { AppError } from "@/lib/errors/app-error";
import { downloadInboundMedia } from "@/lib/media/download-inbound";
import type { MediaStore } from "@/lib/media/storage";
import type { QueueInput } from "@/lib/messaging/queue-outbound";
import { queueOutbound } from "@/lib/messaging/queue-outbound";
import type { TenantContext } from "@/lib/tenancy/context";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createChannel } from "../channels";
import type { OutgoingEvent } from "../webhook/handle-meta-webhook";
import { simulatorFetch } from "./in-process-fetch";
import { SAMPLE_VOICE_NOTE_MIME, sampleVoiceNote } from "./sample-voice-note";
import { sendAsTestCustomer, sendMediaAsTestCustomer } from "./test-customer";
import { loadTestPhoneThread, replyToTestCustomer, testCustomerFor } from "./test-phone";

// The test phone's two ends against a real database: the customer's messages through the real
// intake (signed webhook → handleMetaWebhook), the business's replies through queueOutbound.

const SIM_BASE = "http://sim.test/api/simulator/graph";
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n");

let database: Database;
let owner: TenantContext;
let channelId: string;
const customer = testCustomerFor("playground-user", "Lucía (prueba)");
const emitted: OutgoingEvent[] = [];
const emit = async (events: OutgoingEvent[]) => void emitted.push(...events);
const stored = new Map<string, Uint8Array>();
const store: MediaStore = { put: async (k, b) => void stored.set(k, b), get: async (k) => stored.get(k)! };

const deps = () => ({ db: database.db, emit });
/** queueAndSend without the workflow: the row is queued, then "sent" with a wamid as the send step would. */
const queueOnly = async (ctx: TenantContext, input: QueueInput) => withTenant(ctx.tenantId, (tx) => queueOutbound(tx, ctx, input), database.db);
const markSent = (id: string, wamid: string) => withTenant(owner.tenantId, (tx) => tx.update(messages).set({ wamid, status: "sent" }).where(and(eq(messages.tenantId, owner.tenantId), eq(messages.id, id))), database.db);
const rowByWamid = async (wamid: string) => (await withTenant(owner.tenantId, (tx) => tx.select().from(messages).where(and(eq(messages.tenantId, owner.tenantId), eq(messages.wamid, wamid))), database.db))[0];
const messageCount = async () => (await withTenant(owner.tenantId, (tx) => tx.select({ id: messages.id }).from(messages).where(eq(messages.tenantId, owner.tenantId)), database.db)).length;
const codeOf = (p: Promise<unknown>) => p.then(() => "resolved", (e: unknown) => (e instanceof AppError ? e.code : String(e)));

beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createOwnerWorkspace(database.db, "Zona de pruebas");
  channelId = (await withTenant(owner.tenantId, (tx) => createChannel(tx, owner, { provider: "simulator", name: "Sim", displayPhoneNumber: "+34 600 111 222" }), database.db)).id;
});
afterAll(async () => {
  await database?.close();
});

describe("the customer's end", () => {
  it("a photo goes through the intake, becomes an inbound image message, and its bytes are downloaded from the simulator", async () => {
    const { wamid, mediaId } = await sendMediaAsTestCustomer(owner, { channelId, customer, mediaType: "image", file: { bytes: PNG, mimeType: "image/png", filename: "pedido.png" }, caption: " Mi pedido " }, deps());
    const row = await rowByWamid(wamid);
    expect(row).toMatchObject({ direction: "inbound", author: "contact", type: "image", body: "Mi pedido", status: "received" });
    expect(row.media).toMatchObject({ id: mediaId, mimeType: "image/png", caption: "Mi pedido" });
    expect(emitted.some((e) => JSON.stringify(e).includes(row.id))).toBe(true);

    const outcome = await downloadInboundMedia(owner.tenantId, row.id, { db: database.db, store, fetch: simulatorFetch({ db: database.db, baseUrl: SIM_BASE }), baseUrlOverride: SIM_BASE });
    expect(outcome).toMatchObject({ status: "stored", sizeBytes: PNG.byteLength });
    expect(stored.get(`${owner.tenantId}/${row.id}`)).toEqual(PNG);
    expect((await rowByWamid(wamid)).media).toMatchObject({ storageKey: `${owner.tenantId}/${row.id}`, mimeType: "image/png" });
  });

  it("the sample voice note arrives as a recorded voice note (audio, voice: true)", async () => {
    const { wamid } = await sendMediaAsTestCustomer(owner, { channelId, customer, mediaType: "audio", file: { bytes: sampleVoiceNote(), mimeType: SAMPLE_VOICE_NOTE_MIME }, voice: true }, deps());
    const row = await rowByWamid(wamid);
    expect(row).toMatchObject({ type: "audio", body: null });
    expect(row.media).toMatchObject({ voice: true, mimeType: SAMPLE_VOICE_NOTE_MIME });
  });

  it("refuses a PDF as a photo and a photo over 5 MB before anything reaches the intake", async () => {
    const before = await messageCount();
    expect(await codeOf(sendMediaAsTestCustomer(owner, { channelId, customer, mediaType: "image", file: { bytes: PDF, mimeType: "application/pdf" } }, deps()))).toBe("bad_request:media_type");
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PNG);
    expect(await codeOf(sendMediaAsTestCustomer(owner, { channelId, customer, mediaType: "image", file: { bytes: big, mimeType: "image/png" } }, deps()))).toBe("bad_request:media_too_large");
    expect(await messageCount()).toBe(before);
  });

  it("only writes to a simulator number of the same workspace", async () => {
    const other = await createOwnerWorkspace(database.db);
    expect(await codeOf(sendAsTestCustomer(other, { channelId, customer, message: { type: "text", text: "Hola" } }, deps()))).toBe("not_found:channel");
    const meta = await withTenant(owner.tenantId, (tx) => createChannel(tx, owner, { provider: "meta", name: "Real", phoneNumberId: "106540352242922", accessToken: "t", appSecret: "s" }), database.db);
    expect(await codeOf(sendAsTestCustomer(owner, { channelId: meta.id, customer, message: { type: "text", text: "Hola" } }, deps()))).toBe("not_found:channel");
    expect(await codeOf(replyToTestCustomer(owner, { channelId: meta.id, customer, content: { kind: "text", body: "Hola" } }, { db: database.db, send: queueOnly }))).toBe("not_found:channel");
  });
});

describe("replies to the business's interactive messages", () => {
  it("a button_reply quotes the buttons message it answers, in the same conversation", async () => {
    await sendAsTestCustomer(owner, { channelId, customer, message: { type: "text", text: "¿Tenéis cita?" } }, deps());
    const offer = await replyToTestCustomer(owner, { channelId, customer, content: { kind: "buttons", body: "¿Qué día?", buttons: [{ id: "btn-1", title: "Jueves" }, { id: "btn-2", title: "Viernes" }] } }, { db: database.db, send: queueOnly });
    await markSent(offer.id, "wamid.OFFER1");
    const { wamid } = await sendAsTestCustomer(owner, { channelId, customer, message: { type: "button_reply", id: "btn-2", title: "Viernes", replyTo: "wamid.OFFER1" } }, deps());
    const reply = await rowByWamid(wamid);
    expect(reply).toMatchObject({ type: "interactive", body: "Viernes", replyToWamid: "wamid.OFFER1", conversationId: offer.conversationId });
    expect(reply.content).toMatchObject({ interactive: { kind: "button_reply", id: "btn-2", title: "Viernes" }, context: { messageId: "wamid.OFFER1" } });
  });

  it("a list_reply quotes the list message, with the row's id and description", async () => {
    const list = await replyToTestCustomer(
      owner,
      { channelId, customer, content: { kind: "list", body: "Elige servicio", button: "Ver servicios", sections: [{ rows: [{ id: "row-1", title: "Corte", description: "30 minutos" }, { id: "row-2", title: "Tinte" }] }] } },
      { db: database.db, send: queueOnly },
    );
    await markSent(list.id, "wamid.LIST1");
    const { wamid } = await sendAsTestCustomer(owner, { channelId, customer, message: { type: "list_reply", id: "row-1", title: "Corte", description: "30 minutos", replyTo: "wamid.LIST1" } }, deps());
    const reply = await rowByWamid(wamid);
    expect(reply).toMatchObject({ type: "interactive", body: "Corte", replyToWamid: "wamid.LIST1", conversationId: list.conversationId });
    expect(reply.content).toMatchObject({ interactive: { kind: "list_reply", id: "row-1", title: "Corte", description: "30 minutos" } });
  });

  it("a template's quick reply is a `button` message quoting the template, whose buttons the thread offers", async () => {
    const [tpl] = await withTenant(
      owner.tenantId,
      (tx) =>
        tx
          .insert(messageTemplates)
          .values({
            tenantId: owner.tenantId,
            channelId,
            name: "recordatorio_cita",
            language: "es",
            category: "UTILITY",
            status: "APPROVED",
            components: [{ type: "BODY", text: "Hola {{1}}, ¿confirmas tu cita del {{2}}?" }, { type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "Confirmo" }, { type: "QUICK_REPLY", text: "Cambiar" }] }],
            variableCounts: { body: 2 },
          })
          .returning(),
      database.db,
    );
    const sent = await replyToTestCustomer(owner, { channelId, customer, content: { kind: "template", templateId: tpl.id, variables: { body: ["Lucía", "jueves"] } } }, { db: database.db, send: queueOnly });
    await markSent(sent.id, "wamid.TPL1");
    const thread = await withTenant(owner.tenantId, (tx) => loadTestPhoneThread(tx, owner, channelId, customer.waId), database.db);
    expect(thread.find((m) => m.id === sent.id)).toMatchObject({ type: "template", body: "Hola Lucía, ¿confirmas tu cita del jueves?", quickReplies: ["Confirmo", "Cambiar"] });

    const { wamid } = await sendAsTestCustomer(owner, { channelId, customer, message: { type: "button", payload: "Confirmo", text: "Confirmo", replyTo: "wamid.TPL1" } }, deps());
    expect(await rowByWamid(wamid)).toMatchObject({ type: "button", body: "Confirmo", replyToWamid: "wamid.TPL1", content: { button: { payload: "Confirmo", text: "Confirmo" } } });
  });
});

describe("the business's end", () => {
  it("refuses what Meta would refuse before queueing anything", async () => {
    const before = await messageCount();
    const four = Array.from({ length: 4 }, (_, i) => ({ id: `b${i}`, title: `Opción ${i}` }));
    expect(await codeOf(replyToTestCustomer(owner, { channelId, customer, content: { kind: "buttons", body: "¿Cuál?", buttons: four } }, { db: database.db, send: queueOnly }))).toBe("bad_request:interactive");
    expect(await codeOf(replyToTestCustomer(owner, { channelId, customer, content: { kind: "buttons", body: "¿Cuál?", buttons: [{ id: "a", title: "x".repeat(21) }] } }, { db: database.db, send: queueOnly }))).toBe("bad_request:interactive");
    const rows = Array.from({ length: 11 }, (_, i) => ({ id: `r${i}`, title: `Fila ${i}` }));
    expect(await codeOf(replyToTestCustomer(owner, { channelId, customer, content: { kind: "list", body: "Elige", button: "Ver", sections: [{ rows }] } }, { db: database.db, send: queueOnly }))).toBe("bad_request:interactive");
    expect(await codeOf(replyToTestCustomer(owner, { channelId, customer, content: { kind: "text", body: "x".repeat(4097) } }, { db: database.db, send: queueOnly }))).toBe("bad_request:input");
    expect(await messageCount()).toBe(before);
  });

  it("the thread is the newest messages, oldest first", async () => {
    const all = await withTenant(owner.tenantId, (tx) => loadTestPhoneThread(tx, owner, channelId, customer.waId), database.db);
    const lastTwo = await withTenant(owner.tenantId, (tx) => loadTestPhoneThread(tx, owner, channelId, customer.waId, 2), database.db);
    expect(lastTwo.map((m) => m.id)).toEqual(all.slice(-2).map((m) => m.id));
    const ordered = await withTenant(owner.tenantId, (tx) => tx.select({ id: messages.id }).from(messages).where(eq(messages.tenantId, owner.tenantId)).orderBy(asc(messages.createdAt), asc(messages.id)), database.db);
    expect(all.map((m) => m.id)).toEqual(ordered.map((m) => m.id));
  });
});
