import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { consents, contacts, conversations, messages, tenants } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createChannel } from "@/lib/whatsapp/channels";
import { buildInboundWebhook, simulatedWamid } from "@/lib/whatsapp/simulator/customer-webhook";
import { handleMetaWebhook, type OutgoingEvent } from "@/lib/whatsapp/webhook/handle-meta-webhook";
import { signMetaBody } from "@/lib/whatsapp/webhook/signature";

// Through the real intake: signed webhook → persist (ledger + queued confirmation) → commit → events.
let database: Database;
let owner: Awaited<ReturnType<typeof createOwnerWorkspace>>;
let channel: { id: string; phoneNumberId: string | null };
const SECRET = "consent-secret";
let emitted: OutgoingEvent[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createOwnerWorkspace(database.db, "Confirmaciones");
  channel = await withTenant(owner.tenantId, (tx) => createChannel(tx, owner, { provider: "meta", name: "M", phoneNumberId: "555000222", appSecret: SECRET }), database.db);
});
afterAll(async () => {
  await database?.close();
});

const webhookOf = (waId: string, text: string, wamid: string) => JSON.stringify(buildInboundWebhook(channel.phoneNumberId!, "34910000000", { waId, name: "Cliente" }, { type: "text", text }, wamid));

async function write(waId: string, text: string, wamid = simulatedWamid(), emit = async (e: OutgoingEvent[]) => void emitted.push(...e)) {
  const raw = webhookOf(waId, text, wamid);
  const res = await handleMetaWebhook(channel.id, Buffer.from(raw), signMetaBody(raw, SECRET), { db: database.db, emit });
  expect(res.status).toBe(200);
  return wamid;
}

async function stateOf(waId: string) {
  return withTenant(
    owner.tenantId,
    async (tx) => {
      const [c] = await tx.select().from(contacts).where(and(eq(contacts.tenantId, owner.tenantId), eq(contacts.waId, waId)));
      const ledger = await tx.select({ status: consents.status, source: consents.source, evidence: consents.evidence }).from(consents).where(and(eq(consents.tenantId, owner.tenantId), eq(consents.contactId, c.id))).orderBy(asc(consents.recordedAt), asc(consents.createdAt));
      const replies = await tx
        .select({ id: messages.id, body: messages.body, author: messages.author, status: messages.status, replyTo: messages.replyToWamid })
        .from(messages)
        .innerJoin(conversations, eq(conversations.id, messages.conversationId))
        .where(and(eq(messages.tenantId, owner.tenantId), eq(conversations.contactId, c.id), eq(messages.direction, "outbound")))
        .orderBy(asc(messages.createdAt));
      return { ledger, replies };
    },
    database.db,
  );
}

const sends = () => emitted.filter((e) => e.name === "hilo/message.send.requested");

describe("keyword consent confirmations", () => {
  it("BAJA: a ledger row, one queued confirmation and one send event; the same webhook again adds nothing; a second BAJA is recorded but not answered", async () => {
    emitted = [];
    const waId = "34655100001";
    const wamid = await write(waId, "BAJA");
    let s = await stateOf(waId);
    expect(s.ledger).toEqual([{ status: "opted_out", source: "whatsapp:keyword", evidence: { wamid } }]);
    expect(s.replies).toEqual([{ id: expect.any(String), body: "Listo: no te enviaremos más mensajes promocionales. Si cambias de opinión, escribe ALTA.", author: "system", status: "pending", replyTo: wamid }]);
    expect(sends()).toEqual([{ id: `send-${s.replies[0].id}`, name: "hilo/message.send.requested", data: { tenantId: owner.tenantId, messageId: s.replies[0].id, channelId: channel.id } }]);

    await write(waId, "BAJA", wamid);
    s = await stateOf(waId);
    expect(s.ledger).toHaveLength(1);
    expect(s.replies).toHaveLength(1);
    expect(sends()).toHaveLength(1);

    await write(waId, "baja");
    s = await stateOf(waId);
    expect(s.ledger.map((r) => r.status)).toEqual(["opted_out", "opted_out"]);
    expect(s.replies).toHaveLength(1);
    expect(sends()).toHaveLength(1);
  });

  it("ALTA after BAJA opts back in and is answered once; a sentence about unsubscribing changes nothing", async () => {
    emitted = [];
    const waId = "34655100002";
    await write(waId, "¡Baja!");
    await write(waId, "¿Cómo me doy de baja?");
    await write(waId, "Alta");
    await write(waId, "ALTA");
    const s = await stateOf(waId);
    expect(s.ledger.map((r) => r.status)).toEqual(["opted_out", "opted_in", "opted_in"]);
    expect(s.replies.map((r) => r.body)).toEqual([
      "Listo: no te enviaremos más mensajes promocionales. Si cambias de opinión, escribe ALTA.",
      "Te has suscrito a nuestras ofertas y novedades por WhatsApp. Puedes darte de baja cuando quieras escribiendo BAJA.",
    ]);
    expect(sends()).toHaveLength(2);
  });

  it("answers in the keyword's language: English and Portuguese", async () => {
    await write("447700900001", "Unsubscribe");
    await write("5511900000001", "SAIR");
    expect((await stateOf("447700900001")).replies.map((r) => r.body)).toEqual(["Done: we will not send you any more promotional messages. If you change your mind, reply START."]);
    expect((await stateOf("5511900000001")).replies.map((r) => r.body)).toEqual(["Pronto: não enviaremos mais mensagens promocionais. Se mudar de ideia, escreva ASSINAR."]);
  });

  it("when the events are not accepted, the provider's retry requests the same confirmation again without queuing another", async () => {
    emitted = [];
    const waId = "34655100003";
    const wamid = simulatedWamid();
    const down = async () => {
      throw new Error("event API down");
    };
    await expect(handleMetaWebhook(channel.id, Buffer.from(webhookOf(waId, "STOP", wamid)), signMetaBody(webhookOf(waId, "STOP", wamid), SECRET), { db: database.db, emit: down })).rejects.toThrow("event API down");
    await write(waId, "STOP", wamid);
    await write(waId, "STOP", wamid);
    const s = await stateOf(waId);
    expect(s.ledger).toHaveLength(1);
    expect(s.replies).toHaveLength(1);
    expect(sends().map((e) => e.id)).toEqual([`send-${s.replies[0].id}`]);
  });

  it("a workspace's own wording replaces the default, and turning confirmations off still records the opt-out", async () => {
    await database.db.update(tenants).set({ settings: { consent: { replies: { optOut: { es: "Hecho, ya no recibirás ofertas." } } } } as never }).where(eq(tenants.id, owner.tenantId));
    await write("34655100004", "PARAR");
    expect((await stateOf("34655100004")).replies.map((r) => r.body)).toEqual(["Hecho, ya no recibirás ofertas."]);

    await database.db.update(tenants).set({ settings: { consent: { confirmReplies: false } } as never }).where(eq(tenants.id, owner.tenantId));
    await write("34655100005", "BAJA");
    const s = await stateOf("34655100005");
    expect(s.ledger.map((r) => r.status)).toEqual(["opted_out"]);
    expect(s.replies).toEqual([]);
    await database.db.update(tenants).set({ settings: {} }).where(eq(tenants.id, owner.tenantId));
  });
});
