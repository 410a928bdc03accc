import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { contacts, messages, simulatorMedia } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createChannel } from "../channels";
import { injectSimulatedInbound, type InboundInjection } from "./inject-inbound";
import { simulatorWorld } from "./test-kit";

let database: Database;
let world: Awaited<ReturnType<typeof simulatorWorld>>;
const emitted: unknown[] = [];
const b64 = (bytes: number[]) => Buffer.from(bytes).toString("base64");

beforeAll(async () => {
  database = await openTestDatabase();
  world = await simulatorWorld(database.db);
});
afterAll(async () => {
  await database?.close();
});

const inject = (message: InboundInjection["message"], from = "34688000001") =>
  injectSimulatedInbound({ channelId: world.channel.id, from, name: "Lucía", message }, { db: database.db, emit: async (events) => void emitted.push(...events) });

async function stored(wamid: string) {
  const [row] = await withTenant(world.owner.tenantId, (tx) => tx.select().from(messages).where(and(eq(messages.tenantId, world.owner.tenantId), eq(messages.wamid, wamid))), database.db);
  return row;
}

const cases: [string, InboundInjection["message"], (row: Awaited<ReturnType<typeof stored>>) => void][] = [
  ["text", { type: "text", text: "Hola, ¿abrís el sábado?" }, (r) => expect(r).toMatchObject({ type: "text", body: "Hola, ¿abrís el sábado?" })],
  ["image (bytes)", { type: "image", dataBase64: b64([0xff, 0xd8, 0xff, 1]), mimeType: "image/jpeg", caption: "mi ticket" }, (r) => expect(r).toMatchObject({ type: "image", body: "mi ticket", media: { mimeType: "image/jpeg", caption: "mi ticket", sha256: expect.any(String) } })],
  ["voice note (bytes)", { type: "audio", dataBase64: b64([0x4f, 0x67, 0x67, 0x53]), mimeType: "audio/ogg", voice: true }, (r) => expect(r).toMatchObject({ type: "audio", media: { mimeType: "audio/ogg", voice: true } })],
  ["video (bytes)", { type: "video", dataBase64: b64([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70]), mimeType: "video/mp4" }, (r) => expect(r).toMatchObject({ type: "video", media: { mimeType: "video/mp4" } })],
  ["document (bytes)", { type: "document", dataBase64: b64([0x25, 0x50, 0x44, 0x46]), mimeType: "application/pdf", filename: "factura.pdf" }, (r) => expect(r).toMatchObject({ type: "document", media: { filename: "factura.pdf", mimeType: "application/pdf" } })],
  ["sticker (bytes)", { type: "sticker", dataBase64: b64([0x52, 0x49, 0x46, 0x46]), mimeType: "image/webp" }, (r) => expect(r).toMatchObject({ type: "sticker", media: { mimeType: "image/webp" } })],
  ["location", { type: "location", latitude: 40.4168, longitude: -3.7038, name: "Puerta del Sol", address: "Madrid" }, (r) => expect(r).toMatchObject({ type: "location", content: { location: { latitude: 40.4168, longitude: -3.7038, name: "Puerta del Sol", address: "Madrid" } } })],
  ["contacts", { type: "contacts", contacts: [{ name: "Pedro Gómez", phone: "+34 611 222 333", waId: "34611222333" }] }, (r) => expect(r).toMatchObject({ type: "contacts", content: { contacts: [{ name: { formatted_name: "Pedro Gómez" }, phones: [{ phone: "+34 611 222 333", wa_id: "34611222333" }] }] } })],
  ["button_reply", { type: "button_reply", id: "confirm", title: "Confirmar", replyTo: "wamid.BIZ1" }, (r) => expect(r).toMatchObject({ type: "interactive", body: "Confirmar", replyToWamid: "wamid.BIZ1", content: { interactive: { kind: "button_reply", id: "confirm", title: "Confirmar" } } })],
  ["list_reply", { type: "list_reply", id: "exp", title: "Exprés", description: "1-2 días", replyTo: "wamid.BIZ2" }, (r) => expect(r).toMatchObject({ type: "interactive", body: "Exprés", replyToWamid: "wamid.BIZ2", content: { interactive: { kind: "list_reply", id: "exp", title: "Exprés", description: "1-2 días" } } })],
  ["template quick reply", { type: "button", payload: "STOP_PROMO", text: "No más ofertas", replyTo: "wamid.TPL1" }, (r) => expect(r).toMatchObject({ type: "button", body: "No más ofertas", replyToWamid: "wamid.TPL1", content: { button: { payload: "STOP_PROMO", text: "No más ofertas" } } })],
  ["reaction", { type: "reaction", messageId: "wamid.BIZ3", emoji: "👍" }, (r) => expect(r).toMatchObject({ type: "reaction", body: "👍", replyToWamid: "wamid.BIZ3" })],
  [
    "order",
    { type: "order", catalogId: "cat-1", text: "Lo quiero", items: [{ productRetailerId: "sku-9", quantity: 2, itemPrice: 12.5, currency: "EUR" }] },
    (r) => expect(r).toMatchObject({ type: "order", body: "Lo quiero", content: { order: { catalog_id: "cat-1", product_items: [{ product_retailer_id: "sku-9", quantity: 2, item_price: 12.5, currency: "EUR" }] } } }),
  ],
  ["unsupported", { type: "unsupported", unsupportedType: "video_note" }, (r) => expect(r).toMatchObject({ type: "unsupported", content: { unsupported: { code: 131051, type: "video_note" } } })],
];

it.each(cases)("%s: signed, accepted by the real intake and stored as a message", async (_what, message, check) => {
  const res = await inject(message);
  expect(res).toMatchObject({ ok: true, status: 200, body: { ok: true, messages: 1 } });
  if (!res.ok) return;
  const row = await stored(res.wamid);
  expect(row).toMatchObject({ direction: "inbound", author: "contact", channelId: world.channel.id, status: "received" });
  check(row);
  expect(emitted.at(-1)).toMatchObject({ name: "hilo/message.received", data: { tenantId: world.owner.tenantId, messageId: row.id, hasMedia: Boolean(row.media) } });
  if (res.mediaId) {
    expect(row.media).toMatchObject({ id: res.mediaId });
    const [file] = await withTenant(world.owner.tenantId, (tx) => tx.select().from(simulatorMedia).where(and(eq(simulatorMedia.tenantId, world.owner.tenantId), eq(simulatorMedia.id, res.mediaId!))), database.db);
    expect(file).toMatchObject({ phoneNumberId: world.phoneNumberId, mimeType: (message as { mimeType: string }).mimeType });
  }
});

it("opens the customer's window with their profile name, and a redelivered wamid is stored once", async () => {
  const first = await injectSimulatedInbound({ channelId: world.channel.id, from: "+34688000009", name: "Nerea", message: { type: "text", text: "Hola" }, wamid: "wamid.FIXED1" }, { db: database.db, emit: async () => {} });
  const again = await injectSimulatedInbound({ channelId: world.channel.id, from: "34688000009", name: "Nerea", message: { type: "text", text: "Hola" }, wamid: "wamid.FIXED1" }, { db: database.db, emit: async () => {} });
  expect([first, again]).toMatchObject([{ status: 200, body: { messages: 1 } }, { status: 200, body: { messages: 0 } }]);
  const [contact] = await withTenant(world.owner.tenantId, (tx) => tx.select().from(contacts).where(and(eq(contacts.tenantId, world.owner.tenantId), eq(contacts.waId, "34688000009"))), database.db);
  expect(contact).toMatchObject({ profileName: "Nerea", lastInboundAt: expect.any(Date) });
});

it("only simulator channels take injected messages", async () => {
  const owner = await createOwnerWorkspace(database.db);
  const meta = await withTenant(owner.tenantId, (tx) => createChannel(tx, owner, { provider: "meta", name: "Real", phoneNumberId: "106540352242922", appSecret: "s" }), database.db);
  expect(await injectSimulatedInbound({ channelId: meta.id, from: "34600000001", message: { type: "text", text: "x" } }, { db: database.db })).toEqual({ ok: false, status: 404, error: "no simulator channel with that id" });
  expect(await injectSimulatedInbound({ channelId: "00000000-0000-4000-8000-000000000000", from: "34600000001", message: { type: "text", text: "x" } }, { db: database.db })).toMatchObject({ ok: false, status: 404 });
});
