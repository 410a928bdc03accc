import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { channels, contacts, conversations, messages, type MessageMedia } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { contentDisposition, parseRange, serveMessageMedia } from "./serve-media";
import { mediaKey, MediaNotFoundError, type MediaStore } from "./storage";

type Owner = Awaited<ReturnType<typeof createOwnerWorkspace>>;
let database: Database;
let a: Owner;
let b: Owner;
const objects = new Map<string, Uint8Array>();
const store: MediaStore = {
  put: async (k, bytes) => void objects.set(k, bytes),
  get: async (k) => {
    const found = objects.get(k);
    if (!found) throw new MediaNotFoundError(k);
    return found;
  },
};
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 10, 20, 30, 40, 50, 60]);
const PDF = new TextEncoder().encode("%PDF-1.7 factura");
const ids: Record<string, string> = {};

/** A message in `ws` with `media`; when `bytes` are given they are stored under the message's key. */
async function messageWith(ws: Owner, type: string, media: MessageMedia | null, bytes?: Uint8Array) {
  const id = crypto.randomUUID();
  const stored = media && bytes ? { ...media, storageKey: mediaKey(ws.tenantId, id) } : media;
  await withTenant(
    ws.tenantId,
    async (tx) => {
      const [ch] = await tx.insert(channels).values({ tenantId: ws.tenantId, provider: "simulator", name: "sim", verifyToken: "v" }).returning();
      const [ct] = await tx.insert(contacts).values({ tenantId: ws.tenantId, waId: `346${Math.floor(Math.random() * 1e8)}` }).returning();
      const [cv] = await tx.insert(conversations).values({ tenantId: ws.tenantId, contactId: ct.id, channelId: ch.id }).returning();
      await tx.insert(messages).values({ id, tenantId: ws.tenantId, conversationId: cv.id, channelId: ch.id, direction: "inbound", author: "contact", type, media: stored, wamid: `wamid.${id}`, status: "received" });
    },
    database.db,
  );
  if (stored?.storageKey && bytes) objects.set(stored.storageKey, bytes);
  return id;
}

beforeAll(async () => {
  database = await openTestDatabase();
  a = await createOwnerWorkspace(database.db, "Clínica A");
  b = await createOwnerWorkspace(database.db, "Tienda B");
  ids.photoA = await messageWith(a, "image", { mimeType: "image/jpeg" }, JPEG);
  ids.invoiceA = await messageWith(a, "document", { mimeType: "application/pdf", filename: '../../Factura "marzo"\u202Efdp.exe' }, PDF);
  ids.photoB = await messageWith(b, "image", { mimeType: "image/jpeg" }, new Uint8Array([1, 2, 3]));
  ids.notYetA = await messageWith(a, "image", { id: "meta-media-id", mimeType: "image/jpeg" });
  ids.textA = await messageWith(a, "text", null);
  // A row whose key names another workspace's object must not be followed.
  ids.crossKeyA = await messageWith(a, "image", { mimeType: "image/jpeg", storageKey: mediaKey(b.tenantId, ids.photoB) });
  ids.goneA = await messageWith(a, "image", { mimeType: "image/jpeg", storageKey: mediaKey(a.tenantId, crypto.randomUUID()) });
});
afterAll(async () => {
  await database?.close();
});

const serve = (userId: string | null, messageId: string, range?: string) => serveMessageMedia(userId, messageId, { db: database.db, store, range });

describe("media for signed-in members", () => {
  it("a member of A gets A's photo: bytes, type, inline, private cache, nosniff", async () => {
    const res = await serve(a.userId, ids.photoA);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(JPEG);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "content-type": "image/jpeg",
      "content-disposition": "inline",
      "cache-control": "private, max-age=300",
      "x-content-type-options": "nosniff",
      "content-length": String(JPEG.byteLength),
    });
  });

  it("a member of B gets 404 for A's media, and A for B's: same answer as a message that does not exist", async () => {
    const fromB = await serve(b.userId, ids.photoA);
    expect([fromB.status, await fromB.text()]).toEqual([404, "not found"]);
    expect((await serve(a.userId, ids.photoB)).status).toBe(404);
    expect((await serve(b.userId, ids.invoiceA)).status).toBe(404);
    expect((await serve(a.userId, crypto.randomUUID())).status).toBe(404);
    // B still gets its own.
    expect(new Uint8Array(await (await serve(b.userId, ids.photoB)).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("401 without a session", async () => {
    expect((await serve(null, ids.photoA)).status).toBe(401);
  });

  it("404 when nothing is stored: not downloaded yet, a text message, an object gone, a non-uuid id", async () => {
    for (const id of [ids.notYetA, ids.textA, ids.goneA, "not-a-uuid", "../x"]) expect((await serve(a.userId, id)).status, id).toBe(404);
  });

  it("never follows a storage key into another workspace", async () => {
    expect((await serve(a.userId, ids.crossKeyA)).status).toBe(404);
  });

  it("documents download as attachments with a harmless filename", async () => {
    const res = await serve(a.userId, ids.invoiceA);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="Factura marzofdp.exe"; filename*=UTF-8''Factura%20marzofdp.exe`);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
  });

  it("honours a byte range so audio and video can seek", async () => {
    const res = await serve(a.userId, ids.photoA, "bytes=2-5");
    expect(res.status).toBe(206);
    expect(res.headers.get("content-range")).toBe(`bytes 2-5/${JPEG.byteLength}`);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(JPEG.subarray(2, 6));
    const past = await serve(a.userId, ids.photoA, "bytes=100-");
    expect([past.status, past.headers.get("content-range")]).toEqual([416, `bytes */${JPEG.byteLength}`]);
  });
});

describe("response helpers", () => {
  it("parses single ranges and ignores what it does not understand", () => {
    expect(parseRange("bytes=0-", 10)).toEqual([0, 9]);
    expect(parseRange("bytes=-3", 10)).toEqual([7, 9]);
    expect(parseRange("bytes=4-400", 10)).toEqual([4, 9]);
    expect(parseRange("bytes=0-1,4-5", 10)).toBeNull();
    expect(parseRange("items=0-1", 10)).toBeNull();
    expect(parseRange("bytes=10-", 10)).toBe("unsatisfiable");
  });

  it("keeps non-ASCII names in filename* and an ASCII fallback", () => {
    expect(contentDisposition("attachment", "C:\\fotos\\niño ñ.pdf")).toBe(`attachment; filename="ni_o _.pdf"; filename*=UTF-8''ni%C3%B1o%20%C3%B1.pdf`);
    expect(contentDisposition("inline", "...")).toBe("inline");
  });
});
