import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { messages } from "@/db/schema";
import { openTestDatabase } from "@/db/testing/test-database";
import { downloadInboundMedia } from "@/lib/media/download-inbound";
import type { MediaStore } from "@/lib/media/storage";
import { withTenant } from "@/lib/tenancy/with-tenant";
import type { ProviderError } from "../providers/provider-error";
import { injectSimulatedInbound } from "./inject-inbound";
import { storeSimulatorMedia } from "./media-store";
import { SIM_BASE, simulatorWorld } from "./test-kit";

let database: Database;
let world: Awaited<ReturnType<typeof simulatorWorld>>;
let other: Awaited<ReturnType<typeof simulatorWorld>>;
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x80, 0xfe]);

beforeAll(async () => {
  database = await openTestDatabase();
  world = await simulatorWorld(database.db);
  other = await simulatorWorld(database.db);
});
afterAll(async () => {
  await world?.settle();
  await database?.close();
});

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as ProviderError);

describe("business media: upload → media object → download", () => {
  it("round-trips the bytes through the real Meta client, with Meta's object shape and a 5-minute link", async () => {
    const { id } = await world.client.uploadMedia(JPEG, "image/jpeg", "menu.jpg");
    const info = await world.client.getMediaUrl(id);
    expect(info).toEqual({ url: expect.stringMatching(/^http:\/\/sim\.test\/api\/simulator\/graph\/whatsapp_business\/attachments\/\?mid=/), mimeType: "image/jpeg", sha256: createHash("sha256").update(JPEG).digest("hex"), fileSize: JPEG.byteLength });
    expect(await world.client.downloadMedia(info.url)).toEqual(JPEG);

    const raw = await world.graph("GET", `${id}?phone_number_id=${world.phoneNumberId}`);
    expect(raw.body).toEqual({ messaging_product: "whatsapp", url: expect.stringContaining(`mid=${id}&pid=${world.phoneNumberId}&ext=`), mime_type: "image/jpeg", sha256: info.sha256, file_size: JPEG.byteLength, id });
  });

  it("an expired or altered link is a 404, so the client asks for a new one", async () => {
    const { id } = await world.client.uploadMedia(JPEG, "image/jpeg");
    const { url } = await world.client.getMediaUrl(id);
    const later = world.clientWith({ now: new Date(Date.now() + 6 * 60_000) });
    expect(await errorOf(later.downloadMedia(url))).toMatchObject({ httpStatus: 404 });
    expect(await errorOf(world.client.downloadMedia(url.replace(/hash=[^&]+/, "hash=forged")))).toMatchObject({ httpStatus: 404 });
    expect(await errorOf(world.client.downloadMedia(url.replace(/mid=[^&]+/, "mid=00000000-0000-4000-8000-000000000000")))).toMatchObject({ httpStatus: 404 });
  });

  it("media belongs to its number: another workspace's number cannot see or send it", async () => {
    const { id } = await world.client.uploadMedia(JPEG, "image/jpeg");
    expect(await errorOf(other.client.getMediaUrl(id))).toMatchObject({ code: 100, httpStatus: 400 });
    await other.customerWrote("34699000001");
    expect(await errorOf(other.client.send("34699000001", { kind: "media", mediaType: "image", id }, { idempotencyKey: "k" }))).toMatchObject({ code: 131053 });
  });

  it("refuses a type WhatsApp does not take (131053)", async () => {
    expect(await errorOf(world.client.uploadMedia(new Uint8Array([0x47, 0x49, 0x46]), "image/gif", "a.gif"))).toMatchObject({ code: 131053, details: expect.stringMatching(/image\/gif/) });
  });
});

describe("customer media: stored by the simulator, fetched by the app's download workflow", () => {
  it("a simulated customer's voice note is stored, announced by id, and downloadInboundMedia fetches and keeps it", async () => {
    const OGG = new Uint8Array([0x4f, 0x67, 0x67, 0x53, 0x00, 0x02, 0x99]);
    const mediaId = await storeSimulatorMedia(database.db, { tenantId: world.owner.tenantId, phoneNumberId: world.phoneNumberId, bytes: OGG, mimeType: "audio/ogg", filename: "nota.ogg" });
    const res = await injectSimulatedInbound({ channelId: world.channel.id, from: "34677000001", name: "Marta", message: { type: "audio", mediaId, mimeType: "audio/ogg; codecs=opus", voice: true } }, { db: database.db, emit: async () => {} });
    expect(res).toMatchObject({ ok: true, status: 200 });
    const [msg] = await withTenant(world.owner.tenantId, (tx) => tx.select().from(messages).where(and(eq(messages.tenantId, world.owner.tenantId), eq(messages.wamid, res.ok ? res.wamid : ""))), database.db);
    expect(msg).toMatchObject({ type: "audio", media: { id: mediaId, mimeType: "audio/ogg; codecs=opus", voice: true } });

    const kept = new Map<string, Uint8Array>();
    const store: MediaStore = { put: async (k, b) => void kept.set(k, b), get: async (k) => kept.get(k)! };
    const outcome = await downloadInboundMedia(world.owner.tenantId, msg.id, { db: database.db, store, fetch: world.fetchWith(), baseUrlOverride: SIM_BASE });
    expect(outcome).toEqual({ status: "stored", key: `${world.owner.tenantId}/${msg.id}`, sizeBytes: OGG.byteLength });
    expect(kept.get(`${world.owner.tenantId}/${msg.id}`)).toEqual(OGG);
  });
});
