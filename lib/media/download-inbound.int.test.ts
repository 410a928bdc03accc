import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { contacts, conversations, messages } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createChannel } from "@/lib/whatsapp/channels";
import { downloadInboundMedia } from "./download-inbound";
import type { MediaStore } from "./storage";

let database: Database;
let owner: Awaited<ReturnType<typeof createOwnerWorkspace>>;
let ids: { channelId: string; conversationId: string };
const stored = new Map<string, Uint8Array>();
const store: MediaStore = { put: async (k, b) => void stored.set(k, b), get: async (k) => stored.get(k)! };
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);

/** Meta's two calls: the media object (a short-lived URL), then the bytes with the bearer token. */
function metaFetch(file: { mime: string; bytes: Uint8Array; sha256?: string; size?: number }, seen: string[] = []) {
  return async (input: string, init?: RequestInit) => {
    seen.push(`${init?.method ?? "GET"} ${input} ${new Headers(init?.headers).get("authorization")}`);
    if (input.includes("lookaside.fbsbx.com")) return new Response(new Blob([file.bytes as Uint8Array<ArrayBuffer>]), { status: 200, headers: { "content-type": file.mime } });
    return Response.json({ messaging_product: "whatsapp", url: "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1", mime_type: file.mime, sha256: file.sha256 ?? createHash("sha256").update(file.bytes).digest("hex"), file_size: file.size ?? file.bytes.byteLength, id: "1003383421387256" });
  };
}

beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createOwnerWorkspace(database.db, "Medios");
  ids = await withTenant(owner.tenantId, async (tx) => {
    const channel = await createChannel(tx, owner, { provider: "meta", name: "M", phoneNumberId: "106540352242922", accessToken: "EAAG-token", appSecret: "s" });
    const [c] = await tx.insert(contacts).values({ tenantId: owner.tenantId, waId: "5215512345678" }).returning();
    const [conv] = await tx.insert(conversations).values({ tenantId: owner.tenantId, contactId: c.id, channelId: channel.id }).returning();
    return { channelId: channel.id, conversationId: conv.id };
  }, database.db);
});
afterAll(async () => {
  await database?.close();
});

const inbound = (type: string) =>
  withTenant(owner.tenantId, async (tx) => (await tx.insert(messages).values({ tenantId: owner.tenantId, conversationId: ids.conversationId, channelId: ids.channelId, direction: "inbound", author: "contact", type, media: { id: "1003383421387256" }, wamid: `wamid.media-${Math.random()}`, status: "received" }).returning())[0], database.db);
const mediaOf = async (id: string) => (await withTenant(owner.tenantId, (tx) => tx.select().from(messages).where(and(eq(messages.tenantId, owner.tenantId), eq(messages.id, id))), database.db))[0].media;

it("downloads with the token, verifies the checksum, stores once", async () => {
  const msg = await inbound("image");
  const seen: string[] = [];
  const first = await downloadInboundMedia(owner.tenantId, msg.id, { db: database.db, store, fetch: metaFetch({ mime: "image/jpeg", bytes: JPEG }, seen) });
  expect(first).toMatchObject({ status: "stored", sizeBytes: JPEG.byteLength });
  expect(seen[0]).toBe("GET https://graph.facebook.com/v26.0/1003383421387256?phone_number_id=106540352242922 Bearer EAAG-token");
  expect(seen[1]).toMatch(/^GET https:\/\/lookaside\.fbsbx\.com\/.* Bearer EAAG-token$/);
  expect(stored.get(`${owner.tenantId}/${msg.id}`)).toEqual(JPEG);
  expect(await mediaOf(msg.id)).toMatchObject({ storageKey: `${owner.tenantId}/${msg.id}`, mimeType: "image/jpeg", sizeBytes: JPEG.byteLength });
  expect(await downloadInboundMedia(owner.tenantId, msg.id, { db: database.db, store, fetch: metaFetch({ mime: "image/jpeg", bytes: JPEG }) })).toEqual({ status: "skipped", reason: "already stored" });
});

it("refuses a type or size WhatsApp does not allow, keeping the message and saying why", async () => {
  const gif = await inbound("image");
  expect(await downloadInboundMedia(owner.tenantId, gif.id, { db: database.db, store, fetch: metaFetch({ mime: "image/gif", bytes: JPEG }) })).toMatchObject({ status: "rejected" });
  expect((await mediaOf(gif.id))?.rejected).toMatch(/image\/gif is not an accepted image type/);
  const huge = await inbound("image");
  expect(await downloadInboundMedia(owner.tenantId, huge.id, { db: database.db, store, fetch: metaFetch({ mime: "image/jpeg", bytes: JPEG, size: 6 * 1024 * 1024 }) })).toMatchObject({ status: "rejected" });
});

it("a checksum mismatch fails the attempt (the workflow retries with a fresh URL) and stores nothing", async () => {
  const msg = await inbound("image");
  await expect(downloadInboundMedia(owner.tenantId, msg.id, { db: database.db, store, fetch: metaFetch({ mime: "image/jpeg", bytes: JPEG, sha256: "0".repeat(64) }) })).rejects.toThrow(/checksum mismatch/);
  expect(stored.has(`${owner.tenantId}/${msg.id}`)).toBe(false);
});
