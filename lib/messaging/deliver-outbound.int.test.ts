import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { channels, consents, contacts, conversations, messages } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createChannel, findChannelWithSecrets } from "@/lib/whatsapp/channels";
import { signMetaBody } from "@/lib/whatsapp/webhook/signature";
import { handleSimulatorGraph } from "@/lib/whatsapp/simulator/graph-api";
import { handleMetaWebhook } from "@/lib/whatsapp/webhook/handle-meta-webhook";
import { deliverOutbound } from "./deliver-outbound";
import { queueOutboundText } from "./queue-outbound";
import { resetRateLimiters } from "./rate-gates";

// The real Meta client, against the simulator's Graph API (called in-process instead of over HTTP).
let database: Database;
let owner: Awaited<ReturnType<typeof createOwnerWorkspace>>;
let conversationId: string;
let contactId: string;
const HOUR = 3_600_000;

const simulatorFetch = async (input: string, init?: RequestInit) => {
  const url = new URL(input);
  const path = url.pathname.replace(/^\/api\/simulator\/graph\//, "").split("/");
  const res = await handleSimulatorGraph(init?.method ?? "GET", path, new Headers(init?.headers), JSON.parse(String(init?.body ?? "null")), {
    db: database.db,
    deliver: async (channelId, raw, sig) => void (await handleMetaWebhook(channelId, Buffer.from(raw), sig, { db: database.db, emit: async () => {} })),
  });
  return new Response(JSON.stringify(res.body), { status: res.status, headers: { "content-type": "application/json" } });
};
const deps = () => ({ db: database.db, fetch: simulatorFetch, simulatorUrl: "http://127.0.0.1:1/api/simulator/graph" });

beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createOwnerWorkspace(database.db, "Envíos");
  await withTenant(owner.tenantId, async (tx) => {
    const channel = await createChannel(tx, owner, { provider: "simulator", name: "Sim" });
    const [c] = await tx.insert(contacts).values({ tenantId: owner.tenantId, waId: "34699000111", lastInboundAt: new Date(Date.now() - 2 * HOUR) }).returning();
    const [conv] = await tx.insert(conversations).values({ tenantId: owner.tenantId, contactId: c.id, channelId: channel.id }).returning();
    contactId = c.id;
    conversationId = conv.id;
  }, database.db);
});
afterAll(async () => {
  await database?.close();
});
// Each test starts with fresh throughput and pair-rate counts (they live in the process).
beforeEach(() => resetRateLimiters());

const queue = (text: string) => withTenant(owner.tenantId, (tx) => queueOutboundText(tx, owner, { conversationId, text, author: "agent" }), database.db);
const row = async (id: string) => (await withTenant(owner.tenantId, (tx) => tx.select().from(messages).where(and(eq(messages.tenantId, owner.tenantId), eq(messages.id, id))), database.db))[0];

it("inside the window: accepted with a wamid, sent once however often retried, then sent → delivered → read", async () => {
  const msg = await queue("Su cita queda confirmada para el jueves a las 18:30.");
  const first = await deliverOutbound(owner.tenantId, msg.id, deps());
  expect(first.status).toBe("accepted");
  const again = await deliverOutbound(owner.tenantId, msg.id, deps());
  expect(again).toEqual({ status: "already_sent", wamid: (first as { wamid: string }).wamid });
  await expect.poll(async () => (await row(msg.id)).status, { timeout: 5000 }).toBe("read");
  expect((await row(msg.id)).pricingCategory).toBe("service");
});

it("outside the window: refused before any provider call, 131047, with the advice to use a template", async () => {
  await withTenant(owner.tenantId, (tx) => tx.update(contacts).set({ lastInboundAt: new Date(Date.now() - 25 * HOUR) }).where(eq(contacts.id, contactId)), database.db);
  let calls = 0;
  const counting = async (input: string, init?: RequestInit) => (calls++, simulatorFetch(input, init));
  const msg = await queue("¿Sigue interesado?");
  expect(await deliverOutbound(owner.tenantId, msg.id, { ...deps(), fetch: counting })).toMatchObject({ status: "failed", code: "131047" });
  expect(calls).toBe(0);
  expect(await row(msg.id)).toMatchObject({ status: "failed", errorCode: "131047" });
  expect((await row(msg.id)).errorDetails).toMatch(/template/);
});

it("the simulator itself refuses like Meta when asked directly outside the window", async () => {
  const [channel] = await withTenant(owner.tenantId, (tx) => tx.select().from(conversations).where(eq(conversations.id, conversationId)), database.db);
  expect(channel).toBeTruthy();
  const res = await simulatorFetch("http://127.0.0.1:1/api/simulator/graph/v26.0/0/messages", { method: "POST", headers: { authorization: "Bearer x" }, body: JSON.stringify({ messaging_product: "whatsapp", to: "1", type: "text", text: { body: "x" } }) });
  expect(res.status).toBe(400);
  expect(((await res.json()) as { error: { code: number } }).error.code).toBe(100);
});

const graphErrorFetch = (status: number, code: number, headers: Record<string, string> = {}) => async () =>
  new Response(JSON.stringify({ error: { message: `(#${code}) test`, type: "OAuthException", code, error_data: { details: "from the test" } } }), { status, headers: { "content-type": "application/json", ...headers } });

it("prices an accepted reply as a service message in the recipient's market", async () => {
  await withTenant(owner.tenantId, (tx) => tx.update(contacts).set({ lastInboundAt: new Date(Date.now() - HOUR) }).where(eq(contacts.id, contactId)), database.db);
  const msg = await queue("Gracias por escribirnos.");
  await deliverOutbound(owner.tenantId, msg.id, { ...deps(), now: new Date("2026-11-25T10:00:00Z") });
  expect(await row(msg.id)).toMatchObject({ pricingCategory: "service", currency: "USD" });
  expect((await row(msg.id)).costMicros).toBeGreaterThanOrEqual(0);
});

it("maps provider errors: rate limit → retry with its Retry-After; 131050 → opted out of marketing; 190 → the number needs a new token", async () => {
  const limited = await queue("uno");
  expect(await deliverOutbound(owner.tenantId, limited.id, { ...deps(), fetch: graphErrorFetch(429, 130429, { "retry-after": "7" }) })).toMatchObject({ status: "retry", code: "130429", retryAfterMs: 7000 });
  expect((await row(limited.id)).status).toBe("pending");

  const stopped = await queue("dos");
  expect(await deliverOutbound(owner.tenantId, stopped.id, { ...deps(), fetch: graphErrorFetch(400, 131050) })).toMatchObject({ status: "failed", code: "131050" });
  const ledger = await withTenant(owner.tenantId, (tx) => tx.select().from(consents).where(and(eq(consents.tenantId, owner.tenantId), eq(consents.contactId, contactId))), database.db);
  expect(ledger.map((c) => [c.status, c.source])).toContainEqual(["opted_out", "whatsapp:error_131050"]);

  const expired = await queue("tres");
  expect(await deliverOutbound(owner.tenantId, expired.id, { ...deps(), fetch: graphErrorFetch(401, 190) })).toMatchObject({ status: "failed", code: "190" });
  const [ch] = await withTenant(owner.tenantId, (tx) => tx.select().from(channels).where(eq(channels.tenantId, owner.tenantId)), database.db);
  expect(ch.status).toBe("error");
});

it("Meta's pricing in a status webhook replaces the estimate: not billable → costs nothing", async () => {
  await withTenant(owner.tenantId, (tx) => tx.update(contacts).set({ lastInboundAt: new Date() }).where(eq(contacts.id, contactId)), database.db);
  const msg = await queue("Dentro de la ventana gratuita.");
  const sent = await deliverOutbound(owner.tenantId, msg.id, { ...deps(), fetch: async () => Response.json({ messaging_product: "whatsapp", contacts: [{ input: "34699000111", wa_id: "34699000111" }], messages: [{ id: "wamid.free-1" }] }) });
  expect(sent).toEqual({ status: "accepted", wamid: "wamid.free-1" });
  const [channel] = await withTenant(owner.tenantId, (tx) => tx.select().from(channels).where(eq(channels.tenantId, owner.tenantId)), database.db);
  const body = JSON.stringify({ object: "whatsapp_business_account", entry: [{ id: "W", changes: [{ field: "messages", value: { messaging_product: "whatsapp", metadata: { display_phone_number: "34600000000", phone_number_id: channel.phoneNumberId }, statuses: [{ id: "wamid.free-1", status: "sent", timestamp: String(Math.floor(Date.now() / 1000)), recipient_id: "34699000111", pricing: { billable: false, pricing_model: "PMP", category: "service", type: "free_customer_service" } }] } }] }] });
  const secret = (await withTenant(owner.tenantId, (tx) => findChannelWithSecrets(tx, owner, channel.id), database.db))!.appSecret!;
  expect((await handleMetaWebhook(channel.id, Buffer.from(body), signMetaBody(body, secret), { db: database.db, emit: async () => {} })).status).toBe(200);
  expect(await row(msg.id)).toMatchObject({ status: "sent", billable: false, costMicros: 0, pricingCategory: "service" });
});

it("accepted, then failed later: the simulator's failed status (131050) fails the message and records the opt-out", async () => {
  const { simulatorRecipientFailures } = await import("@/lib/whatsapp/simulator/recipient-failures");
  await withTenant(owner.tenantId, (tx) => tx.update(contacts).set({ lastInboundAt: new Date() }).where(eq(contacts.id, contactId)), database.db);
  const [channel] = await withTenant(owner.tenantId, (tx) => tx.select().from(channels).where(eq(channels.tenantId, owner.tenantId)), database.db);
  await withTenant(owner.tenantId, (tx) => tx.update(channels).set({ status: "active" }).where(eq(channels.id, channel.id)), database.db);
  const before = await withTenant(owner.tenantId, (tx) => tx.select().from(consents).where(and(eq(consents.tenantId, owner.tenantId), eq(consents.contactId, contactId))), database.db);
  simulatorRecipientFailures().set(channel.phoneNumberId!, "34699000111", 131050);
  try {
    const msg = await queue("Tenemos novedades para ti.");
    expect(await deliverOutbound(owner.tenantId, msg.id, deps())).toMatchObject({ status: "accepted" });
    await expect.poll(async () => (await row(msg.id)).status, { timeout: 5000 }).toBe("failed");
    expect(await row(msg.id)).toMatchObject({ errorCode: "131050" });
    const after = await withTenant(owner.tenantId, (tx) => tx.select().from(consents).where(and(eq(consents.tenantId, owner.tenantId), eq(consents.contactId, contactId))), database.db);
    expect(after.length).toBe(before.length + 1);
    expect(after.map((c) => [c.status, c.source])).toContainEqual(["opted_out", "whatsapp:error_131050"]);
  } finally {
    simulatorRecipientFailures().clear();
  }
});
