import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { contacts, conversations, messages, webhookEvents } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createChannel } from "../channels";
import { handleMetaWebhook, type OutgoingEvent } from "./handle-meta-webhook";
import { signMetaBody } from "./signature";

// ../shared/fixtures/whatsapp: every file posted as stored and re-serialized with \u escapes,
// each twice, signed with the channel's app secret; forged copies refused. Checked against expectations.json.
const DIR = path.join(process.cwd(), "..", "shared", "fixtures", "whatsapp", "meta");
const expectations = JSON.parse(readFileSync(path.join(DIR, "expectations.json"), "utf8")) as Record<string, Expectation>;
const fixtures = readdirSync(DIR).filter((f) => f.endsWith(".json") && f !== "expectations.json").map((f) => f.replace(/\.json$/, ""));
type Expectation = { messages: Record<string, unknown>[]; statuses: Record<string, unknown>[]; final_status?: string; template_update?: Record<string, unknown> };

const escapeNonAscii = (raw: string) => JSON.stringify(JSON.parse(raw)).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

let database: Database;
let channel: { id: string; tenantId: string };
let otherSecretChannel: { id: string };
const SECRET = "app-secret-of-the-clinic";
const emitted: OutgoingEvent[] = [];
const emit = async (events: OutgoingEvent[]) => void emitted.push(...events);
const post = (body: string | Buffer, signature: string | null, channelId = channel.id) => handleMetaWebhook(channelId, Buffer.from(body), signature, { db: database.db, emit });

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await createOwnerWorkspace(database.db, "Contrato WhatsApp");
  const other = await createOwnerWorkspace(database.db, "Otra empresa");
  channel = await withTenant(owner.tenantId, (tx) => createChannel(tx, owner, { provider: "meta", name: "Meta", phoneNumberId: "106540352242922", wabaId: "102290129340398", accessToken: "EAAG-test", appSecret: SECRET }), database.db);
  otherSecretChannel = await withTenant(other.tenantId, (tx) => createChannel(tx, other, { provider: "meta", name: "Other", appSecret: "someone-elses-secret" }), database.db);
  // Status fixtures are about messages the business sent: those rows exist before their statuses arrive.
  const outbound = new Set(Object.values(expectations).flatMap((e) => e.statuses.map((s) => String(s.wamid))));
  await withTenant(owner.tenantId, async (tx) => {
    const [contact] = await tx.insert(contacts).values({ tenantId: owner.tenantId, waId: "34600000000" }).returning();
    const [conv] = await tx.insert(conversations).values({ tenantId: owner.tenantId, contactId: contact.id, channelId: channel.id }).returning();
    for (const wamid of outbound) await tx.insert(messages).values({ tenantId: owner.tenantId, conversationId: conv.id, channelId: channel.id, direction: "outbound", author: "bot", wamid, status: "pending" });
  }, database.db);
});
afterAll(async () => {
  await database?.close();
});

const rowOf = (wamid: string) => withTenant(channel.tenantId, (tx) => tx.select().from(messages).where(and(eq(messages.tenantId, channel.tenantId), eq(messages.wamid, wamid))), database.db);
const webhookCount = async () => (await database.db.select({ n: count() }).from(webhookEvents).where(eq(webhookEvents.channelId, channel.id)))[0].n;

describe("WhatsApp webhook fixtures", () => {
  it("refuses forged, unsigned and other-channel signatures and stores nothing", async () => {
    const raw = readFileSync(path.join(DIR, "text-es.json"));
    const before = await webhookCount();
    expect((await post(raw, null)).status).toBe(401);
    expect((await post(raw, signMetaBody(raw, "someone-elses-secret"))).status).toBe(401);
    const tampered = Buffer.from(raw.toString("utf8").replace("8842", "9999"));
    expect((await post(tampered, signMetaBody(raw, SECRET))).status).toBe(401);
    expect((await post(raw, signMetaBody(raw, SECRET), otherSecretChannel.id)).status).toBe(401);
    expect(await webhookCount()).toBe(before);
    expect(await rowOf(expectations["text-es"].messages[0].wamid as string)).toHaveLength(0);
  });

  it.each(fixtures)("%s: stored once, as expected, whichever serialization and however often", async (name) => {
    const stored = readFileSync(path.join(DIR, `${name}.json`), "utf8");
    const escaped = escapeNonAscii(stored);
    const eventsBefore = emitted.length;
    for (const body of [stored, escaped, stored, escaped]) {
      const res = await post(body, signMetaBody(body, SECRET));
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    const exp = expectations[name];
    for (const m of exp.messages) {
      const rows = await rowOf(String(m.wamid));
      expect(rows, `${name} ${m.wamid}`).toHaveLength(1);
      const row = rows[0];
      const content = (row.content ?? {}) as Record<string, Record<string, unknown>>;
      const [contact] = await withTenant(channel.tenantId, (tx) => tx.select().from(contacts).innerJoin(conversations, eq(conversations.contactId, contacts.id)).where(eq(conversations.id, row.conversationId)), database.db);
      for (const [key, value] of Object.entries(m)) {
        const actual: Record<string, unknown> = {
          wamid: row.wamid,
          from: contact.contacts.waId,
          name: contact.contacts.profileName,
          type: row.type,
          text: row.body,
          caption: row.media?.caption,
          media_id: row.media?.id,
          mime_type: row.media?.mimeType,
          filename: row.media?.filename,
          voice: row.media?.voice,
          latitude: content.location?.latitude,
          longitude: content.location?.longitude,
          context_wamid: content.context?.messageId,
          reply_id: content.interactive?.id ?? content.button?.payload,
          reply_title: content.interactive?.title ?? content.button?.text,
          emoji: content.reaction?.emoji,
          target_wamid: row.replyToWamid,
          forwarded: content.context?.forwarded,
          ctwa_clid: contact.conversations.referral?.ctwaClid,
          referral_source_id: contact.conversations.referral?.sourceId,
          referral_source_type: contact.conversations.referral?.sourceType,
          error_code: content.unsupported?.code,
        };
        expect(key in actual, `no mapping for expectation key "${key}"`).toBe(true);
        expect(actual[key], `${name}: ${key}`).toEqual(value);
      }
    }
    for (const s of exp.statuses) {
      const [row] = await rowOf(String(s.wamid));
      if (s.pricing_category) expect(row.pricingCategory).toBe(s.pricing_category);
      if (s.error_code) expect(row.errorCode).toBe(String(s.error_code));
    }
    if (exp.final_status) for (const s of exp.statuses) expect((await rowOf(String(s.wamid)))[0].status).toBe(exp.final_status);
    // One workflow event per new message, however many times the webhook came.
    const newEvents = emitted.slice(eventsBefore).filter((e) => e.name === "hilo/message.received");
    expect(newEvents.map((e) => e.id).sort()).toEqual(exp.messages.map((m) => `wa-message-${channel.id}-${m.wamid}`).sort());
  });

  it("a failure after the commit answers 5xx, and Meta's retry re-emits the event without storing twice", async () => {
    const body = readFileSync(path.join(DIR, "text-es.json"), "utf8").replace(/wamid\.HBgLMzQ2MTIzNDU2NzgVAgASGBQzRUIwQjQ1RkE2QkU5RjM1MjFBNwA=/g, "wamid.retry-after-failure");
    const sig = signMetaBody(body, SECRET);
    const failing = async () => {
      throw new Error("event API down");
    };
    await expect(handleMetaWebhook(channel.id, Buffer.from(body), sig, { db: database.db, emit: failing })).rejects.toThrow("event API down");
    const before = emitted.length;
    expect((await post(body, sig)).status).toBe(200);
    expect((await post(body, sig)).status).toBe(200);
    expect(await rowOf("wamid.retry-after-failure")).toHaveLength(1);
    expect(emitted.slice(before).map((e) => e.id)).toEqual([`wa-message-${channel.id}-wamid.retry-after-failure`]);
  });

  it("with the database unavailable nothing is acknowledged; the same webhook later is stored once", async () => {
    const body = readFileSync(path.join(DIR, "text-es.json"), "utf8").replace(/wamid\.HBgLMzQ2MTIzNDU2NzgVAgASGBQzRUIwQjQ1RkE2QkU5RjM1MjFBNwA=/g, "wamid.db-down");
    const sig = signMetaBody(body, SECRET);
    const down = await openTestDatabase();
    await down.close();
    await expect(handleMetaWebhook(channel.id, Buffer.from(body), sig, { db: down.db, emit })).rejects.toThrow();
    expect(await rowOf("wamid.db-down")).toHaveLength(0);
    expect((await post(body, sig)).status).toBe(200);
    expect((await post(body, sig)).status).toBe(200);
    expect(await rowOf("wamid.db-down")).toHaveLength(1);
  });

  it("a signed body that is not a WhatsApp envelope is kept for a person to look at, and acknowledged", async () => {
    const body = JSON.stringify({ object: "whatsapp_business_account", entry: [{ id: "1", changes: [{ field: "messages", value: { messages: [{ id: 42 }] } }] }] });
    const res = await post(body, signMetaBody(body, SECRET));
    expect(res.status).toBe(200);
    const [row] = await database.db.select().from(webhookEvents).where(and(eq(webhookEvents.channelId, channel.id), eq(webhookEvents.kind, "unparsed")));
    expect(row.error).toMatch(/not a WhatsApp webhook envelope/);
    expect(row.payload).toEqual(JSON.parse(body));
  });

  it("markup in a message and a profile name is stored verbatim", async () => {
    const exp = expectations["text-forwarded-pt-markup"].messages[0];
    const [row] = await rowOf(String(exp.wamid));
    expect(row.body).toBe(exp.text);
  });
});
