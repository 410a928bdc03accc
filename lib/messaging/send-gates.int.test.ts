import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { channels, consents, contacts, conversations, messages, messageTemplates } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { countVariables } from "@/lib/templates/variables";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createChannel } from "@/lib/whatsapp/channels";
import { deliverOutbound } from "./deliver-outbound";
import { queueOutbound } from "./queue-outbound";
import type { QueuedContent } from "./outbound-content";
import { resetRateLimiters } from "./rate-gates";

// Meta's rules applied before the provider is called, against a fake Graph API that records requests.
let database: Database;
let owner: Awaited<ReturnType<typeof createOwnerWorkspace>>;
let channelId: string;
const HOUR = 3_600_000;
const NOW = new Date("2026-11-25T10:00:00Z");
const requests: { url: string; body: Record<string, unknown> }[] = [];
let wamidSeq = 0;
const fakeGraph = async (url: string, init?: RequestInit) => {
  requests.push({ url, body: JSON.parse(String(init?.body ?? "{}")) });
  return Response.json({ messaging_product: "whatsapp", contacts: [{ input: "x", wa_id: "x" }], messages: [{ id: `wamid.gate-${++wamidSeq}` }] });
};
const deps = (now = NOW) => ({ db: database.db, fetch: fakeGraph, simulatorUrl: "http://127.0.0.1:1/graph", now });

const body = "Hola {{1}}, este mes tu blanqueamiento cuesta {{2}}. Responde BAJA si no quieres más ofertas.";
async function template(name: string, category: string, status = "APPROVED") {
  const components = [{ type: "BODY", text: body }];
  const [t] = await withTenant(owner.tenantId, (tx) => tx.insert(messageTemplates).values({ tenantId: owner.tenantId, channelId, name, language: "es", category, status, components, variableCounts: countVariables(components) }).returning(), database.db);
  return t;
}

/** A customer with a conversation; `lastInboundHoursAgo` null = never wrote. */
async function customer(waId: string, lastInboundHoursAgo: number | null, consent?: "opted_in" | "opted_out") {
  return withTenant(
    owner.tenantId,
    async (tx) => {
      const [c] = await tx.insert(contacts).values({ tenantId: owner.tenantId, waId, lastInboundAt: lastInboundHoursAgo === null ? null : new Date(NOW.getTime() - lastInboundHoursAgo * HOUR) }).returning();
      if (consent) await tx.insert(consents).values({ tenantId: owner.tenantId, contactId: c.id, category: "marketing", status: consent, source: "test", recordedAt: new Date(NOW.getTime() - 48 * HOUR) });
      const [conv] = await tx.insert(conversations).values({ tenantId: owner.tenantId, contactId: c.id, channelId }).returning();
      return conv.id;
    },
    database.db,
  );
}

const queue = (conversationId: string, message: QueuedContent) => withTenant(owner.tenantId, (tx) => queueOutbound(tx, owner, { conversationId, message, author: "agent" }), database.db);
const row = async (id: string) => (await withTenant(owner.tenantId, (tx) => tx.select().from(messages).where(and(eq(messages.tenantId, owner.tenantId), eq(messages.id, id))), database.db))[0];

beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createOwnerWorkspace(database.db, "Reglas");
  channelId = (await withTenant(owner.tenantId, (tx) => createChannel(tx, owner, { provider: "simulator", name: "Sim" }), database.db)).id;
});
afterAll(async () => {
  await database?.close();
});
beforeEach(() => {
  requests.length = 0;
  resetRateLimiters();
});

describe("templates", () => {
  it("outside the window an approved template goes out with its parameters, counted toward the tier and priced by category", async () => {
    const t = await template("recordatorio", "UTILITY");
    const conv = await customer("34611000001", 30);
    const msg = await queue(conv, { kind: "template", templateId: t.id, variables: { body: ["Ana", "99 €"] } });
    expect(msg.body).toBe("Hola Ana, este mes tu blanqueamiento cuesta 99 €. Responde BAJA si no quieres más ofertas.");
    expect(await deliverOutbound(owner.tenantId, msg.id, deps())).toMatchObject({ status: "accepted" });
    expect(requests).toHaveLength(1);
    expect(requests[0].body).toMatchObject({
      to: "34611000001",
      type: "template",
      template: { name: "recordatorio", language: { code: "es" }, components: [{ type: "body", parameters: [{ type: "text", text: "Ana" }, { type: "text", text: "99 €" }] }] },
    });
    expect(await row(msg.id)).toMatchObject({ outsideWindow: true, pricingCategory: "utility", billable: true, templateName: "recordatorio" });
  });

  it("a template that is not approved (or was paused after queueing) is refused without calling the provider", async () => {
    const t = await template("pausada", "UTILITY");
    const conv = await customer("34611000002", 1);
    const msg = await queue(conv, { kind: "template", templateId: t.id, variables: { body: ["Ana", "1"] } });
    await withTenant(owner.tenantId, (tx) => tx.update(messageTemplates).set({ status: "PAUSED" }).where(eq(messageTemplates.id, t.id)), database.db);
    expect(await deliverOutbound(owner.tenantId, msg.id, deps())).toMatchObject({ status: "failed", code: "template_not_approved" });
    expect(requests).toHaveLength(0);
  });

  it("queueing refuses missing variables instead of sending {{2}} literally", async () => {
    const t = await template("incompleta", "UTILITY");
    const conv = await customer("34611000003", 1);
    await expect(queue(conv, { kind: "template", templateId: t.id, variables: { body: ["Ana"] } })).rejects.toMatchObject({ code: "bad_request:template_variables" });
    await expect(queue(conv, { kind: "template", templateId: t.id, variables: { body: ["Ana", " "] } })).rejects.toMatchObject({ code: "bad_request:template_variables" });
  });
});

describe("marketing consent", () => {
  it("refuses marketing to a customer who opted out (BAJA) or never opted in; sends it to one who opted in", async () => {
    const promo = await template("promo", "MARKETING");
    const out = await queue(await customer("34611000010", 2, "opted_out"), { kind: "template", templateId: promo.id, variables: { body: ["Ana", "99 €"] } });
    const none = await queue(await customer("34611000011", 2), { kind: "template", templateId: promo.id, variables: { body: ["Luis", "99 €"] } });
    const yes = await queue(await customer("34611000012", 2, "opted_in"), { kind: "template", templateId: promo.id, variables: { body: ["Eva", "99 €"] } });
    expect(await deliverOutbound(owner.tenantId, out.id, deps())).toMatchObject({ status: "failed", code: "opted_out" });
    expect(await deliverOutbound(owner.tenantId, none.id, deps())).toMatchObject({ status: "failed", code: "no_marketing_consent" });
    expect(await deliverOutbound(owner.tenantId, yes.id, deps())).toMatchObject({ status: "accepted" });
    expect(requests.map((r) => r.body.to)).toEqual(["34611000012"]);
    expect(await row(out.id)).toMatchObject({ status: "failed", errorCode: "opted_out" });
    expect(await row(yes.id)).toMatchObject({ pricingCategory: "marketing", outsideWindow: false });
  });

  it("refuses marketing to US numbers, which Meta has paused (131049)", async () => {
    const promo = await template("promo_us", "MARKETING");
    const msg = await queue(await customer("12025550123", 2, "opted_in"), { kind: "template", templateId: promo.id, variables: { body: ["Ann", "$99"] } });
    expect(await deliverOutbound(owner.tenantId, msg.id, deps())).toMatchObject({ status: "failed", code: "131049" });
    expect(requests).toHaveLength(0);
  });
});

describe("messaging tier", () => {
  it("a new customer outside the window beyond TIER_250's 250 is refused; one already reached today is not", async () => {
    // A workspace of its own: the limit counts every customer the workspace reached.
    owner = await createOwnerWorkspace(database.db, "Límites");
    channelId = (await withTenant(owner.tenantId, (tx) => createChannel(tx, owner, { provider: "simulator", name: "Sim" }), database.db)).id;
    const t = await template("aviso", "UTILITY");
    await withTenant(owner.tenantId, (tx) => tx.update(channels).set({ messagingTier: "TIER_250" }).where(eq(channels.id, channelId)), database.db);
    // 250 different customers reached outside their window in the last 24 h (one of them 23 h ago).
    const reached: string[] = [];
    await withTenant(
      owner.tenantId,
      async (tx) => {
        const cs = await tx.insert(contacts).values(Array.from({ length: 250 }, (_, i) => ({ tenantId: owner.tenantId, waId: `3462${String(i).padStart(7, "0")}` }))).returning({ id: contacts.id });
        const convs = await tx.insert(conversations).values(cs.map((c) => ({ tenantId: owner.tenantId, contactId: c.id, channelId }))).returning({ id: conversations.id });
        reached.push(convs[0].id, convs[1].id);
        await tx.insert(messages).values(convs.map((c, i) => ({ tenantId: owner.tenantId, conversationId: c.id, channelId, direction: "outbound" as const, author: "system" as const, type: "template", status: "delivered" as const, outsideWindow: true, sentAt: new Date(NOW.getTime() - (i === 0 ? 23 : 1) * HOUR) })));
      },
      database.db,
    );
    const fresh = await queue(await customer("34611000020", null), { kind: "template", templateId: t.id, variables: { body: ["Ana", "1"] } });
    expect(await deliverOutbound(owner.tenantId, fresh.id, deps())).toMatchObject({ status: "failed", code: "tier_limit" });
    const again = await queue(reached[1], { kind: "template", templateId: t.id, variables: { body: ["Ana", "1"] } });
    expect(await deliverOutbound(owner.tenantId, again.id, deps())).toMatchObject({ status: "accepted" });
    // 24 h and a minute after the oldest send, its slot is free again: a later new customer fits.
    const later = new Date(NOW.getTime() + HOUR + 60_000);
    const next = await queue(await customer("34611000021", null), { kind: "template", templateId: t.id, variables: { body: ["Ana", "1"] } });
    expect(await deliverOutbound(owner.tenantId, next.id, deps(later))).toEqual({ status: "accepted", wamid: expect.any(String) });
  });
});

describe("speed limits", () => {
  it("pair rate: a fourth message to one customer within seconds waits about 6 s instead of reaching Meta", async () => {
    const conv = await customer("34611000030", 1);
    const sent = [];
    for (const text of ["uno", "dos", "tres", "cuatro"]) sent.push(await deliverOutbound(owner.tenantId, (await queue(conv, { kind: "text", body: text })).id, deps()));
    expect(sent.slice(0, 3).map((s) => s.status)).toEqual(["accepted", "accepted", "accepted"]);
    expect(sent[3]).toMatchObject({ status: "retry", code: "131056" });
    expect((sent[3] as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(5_000);
    expect(requests).toHaveLength(3);
  });

  it("throughput: over the number's messages per second, the next send waits for the next second", async () => {
    await withTenant(owner.tenantId, (tx) => tx.update(channels).set({ throughputMps: 2 }).where(eq(channels.id, channelId)), database.db);
    const outcomes = [];
    for (const n of [40, 41, 42]) outcomes.push(await deliverOutbound(owner.tenantId, (await queue(await customer(`346110000${n}`, 1), { kind: "text", body: "hola" })).id, deps()));
    expect(outcomes.map((o) => o.status)).toEqual(["accepted", "accepted", "retry"]);
    expect(outcomes[2]).toMatchObject({ code: "130429" });
    const nextSecond = await deliverOutbound(owner.tenantId, (await queue(await customer("34611000043", 1), { kind: "text", body: "hola" })).id, deps(new Date(NOW.getTime() + 1_001)));
    expect(nextSecond.status).toBe("accepted");
    await withTenant(owner.tenantId, (tx) => tx.update(channels).set({ throughputMps: 80 }).where(eq(channels.id, channelId)), database.db);
  });
});

describe("interactive", () => {
  it("reply buttons go out as Meta's interactive message; more than 3 buttons are refused before sending", async () => {
    const conv = await customer("34611000050", 1);
    const ok = await queue(conv, { kind: "buttons", body: "¿Confirmas la cita?", buttons: [{ id: "yes", title: "Confirmar" }, { id: "no", title: "Cambiar" }] });
    expect(await deliverOutbound(owner.tenantId, ok.id, deps())).toMatchObject({ status: "accepted" });
    expect(requests[0].body).toMatchObject({ type: "interactive", interactive: { type: "button", action: { buttons: [{ type: "reply", reply: { id: "yes", title: "Confirmar" } }, { type: "reply", reply: { id: "no", title: "Cambiar" } }] } } });
    const tooMany = await queue(conv, { kind: "buttons", body: "Elige", buttons: ["a", "b", "c", "d"].map((id) => ({ id, title: id })) });
    expect(await deliverOutbound(owner.tenantId, tooMany.id, deps(new Date(NOW.getTime() + 60_000)))).toMatchObject({ status: "failed", code: "100" });
    expect(requests).toHaveLength(1);
  });
});
