import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { aiTurns, appointments, conversations, messages } from "@/db/schema";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { fakePipeline } from "./fake-pipeline";
import { formatReplay, replayWorkspace } from "./replay";
import { parseScenario } from "./scenario";
import { seedScenario, type SeededScenario } from "./seed-business";

let database: Database;
let ws: SeededScenario;
const t0 = new Date("2026-11-20T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

beforeAll(async () => {
  database = await openTestDatabase();
  const { scenario } = parseScenario({ name: "replay", language: "es", now: t0.toISOString(), business: { name: "Replay Test", timezone: "Europe/Madrid" }, turns: [{ customer: "x" }] }, "replay");
  ws = await seedScenario(database.db, scenario);
  // A recorded conversation: the assistant answered the first question, proposed a booking that
  // was confirmed, and a person answered a question the assistant did not.
  await withTenant(
    ws.tenantId,
    async (tx) => {
      const msg = async (v: { direction: "inbound" | "outbound"; author: "contact" | "bot" | "agent"; body: string; minutes: number; content?: Record<string, unknown>; type?: string }) =>
        (await tx.insert(messages).values({ tenantId: ws.tenantId, conversationId: ws.conversationId, channelId: ws.channelId, direction: v.direction, author: v.author, type: v.type ?? "text", body: v.body, content: v.content ?? null, status: v.direction === "inbound" ? "received" : "delivered", wamid: `wamid.rec${v.minutes}${v.direction}`, createdAt: at(v.minutes) }).returning())[0];
      const turn = async (inbound: string, reply: string, outcome: string) => tx.insert(aiTurns).values({ tenantId: ws.tenantId, conversationId: ws.conversationId, inboundMessageId: inbound, replyMessageId: reply, outcome, createdAt: at(0) });
      const q1 = await msg({ direction: "inbound", author: "contact", body: "¿Dónde está mi pedido 48213?", minutes: 0 });
      const r1 = await msg({ direction: "outbound", author: "bot", body: "Tu pedido 48213 va con SEUR y llega el jueves.", minutes: 1 });
      await turn(q1.id, r1.id, "reply");
      const q2 = await msg({ direction: "inbound", author: "contact", body: "Quiero una cita", minutes: 2 });
      const r2 = await msg({ direction: "outbound", author: "bot", body: "¿Te reservo el lunes a las 9:00?", minutes: 3 });
      await turn(q2.id, r2.id, "confirm");
      const old = "confirm:00000000-0000-4000-8000-000000000000";
      const q3 = await msg({ direction: "inbound", author: "contact", type: "interactive", body: "Confirmar", content: { interactive: { kind: "button_reply", id: old, title: "Confirmar" } }, minutes: 4 });
      const r3 = await msg({ direction: "outbound", author: "bot", body: "Hecho, cita reservada.", minutes: 5 });
      await turn(q3.id, r3.id, "reply");
      // A burst: two messages seconds apart, answered once, by a person.
      await msg({ direction: "inbound", author: "contact", body: "Una cosa más", minutes: 10 });
      await tx.insert(messages).values({ tenantId: ws.tenantId, conversationId: ws.conversationId, channelId: ws.channelId, direction: "inbound", author: "contact", type: "text", body: "¿Cuánto cuesta una limpieza?", status: "received", wamid: "wamid.burst", createdAt: new Date(at(10).getTime() + 3000) });
      await msg({ direction: "outbound", author: "agent", body: "Hola, la limpieza cuesta 60 €.", minutes: 12 });
    },
    database.db,
  );
});
afterAll(async () => {
  await database?.close();
});

const counts = () =>
  withTenant(
    ws.tenantId,
    async (tx) => ({
      conversations: (await tx.select({ n: count() }).from(conversations).where(eq(conversations.tenantId, ws.tenantId)))[0].n,
      messages: (await tx.select({ n: count() }).from(messages).where(eq(messages.tenantId, ws.tenantId)))[0].n,
      turns: (await tx.select({ n: count() }).from(aiTurns).where(eq(aiTurns.tenantId, ws.tenantId)))[0].n,
      booked: (await tx.select({ n: count() }).from(appointments).where(and(eq(appointments.tenantId, ws.tenantId), eq(appointments.status, "booked"))))[0].n,
    }),
    database.db,
  );

describe("replayWorkspace", () => {
  it("re-runs each answered customer message in order and lists the answers that differ, leaving nothing behind", async () => {
    const before = await counts();
    const fake = fakePipeline();
    const report = await replayWorkspace(database.db, { slug: ws.slug, runTurn: fake.runTurn });
    expect(await counts()).toEqual(before);

    // One turn per answered message; the burst's first message is only context.
    expect(fake.calls.map((c) => c.body)).toEqual(["¿Dónde está mi pedido 48213?", "Quiero una cita", "Confirmar", "¿Cuánto cuesta una limpieza?"]);
    // Each turn sees only what came before it, with the new answers rather than the recorded ones.
    expect(fake.calls[1].transcript).toEqual(["> ¿Dónde está mi pedido 48213?", "< Tu pedido 48213 va con SEUR y llega el jueves.", "> Quiero una cita"]);
    expect(fake.calls[3].transcript.slice(-2)).toEqual(["> Una cosa más", "> ¿Cuánto cuesta una limpieza?"]);
    // The recorded tap on an old proposal presses the proposal the replay just made.
    expect(fake.calls[2].buttonId).toMatch(/^confirm:[0-9a-f-]{36}$/);
    expect(fake.calls[2].buttonId).not.toBe("confirm:00000000-0000-4000-8000-000000000000");
    expect(fake.calls[0].now.toISOString()).toBe("2026-11-20T10:00:00.000Z");

    expect(report).toMatchObject({ conversations: 1, turns: 4 });
    const differing = report.differing.map((d) => ({ text: d.customerText, differs: d.differs, by: d.recorded.by }));
    expect(differing).toEqual([
      { text: "Quiero una cita", differs: ["text"], by: "assistant" },
      { text: "¿Cuánto cuesta una limpieza?", differs: ["outcome", "text"], by: "agent" },
    ]);
    const printed = formatReplay(report);
    expect(printed).toMatch(/4 turns, 2 answers differ/);
    expect(printed).toMatch(/before \(agent, human\): Hola, la limpieza cuesta 60 €\./);
    expect(printed).toMatch(/now \(reply, prices_services, \[\]\): La limpieza cuesta 45 €\./);
  });

  it("a turn that throws is reported and the rest of the conversation still replays", async () => {
    const fake = fakePipeline();
    const report = await replayWorkspace(database.db, {
      slug: ws.slug,
      runTurn: async (input, deps) => {
        const r = await fake.runTurn(input, deps);
        if (r.intent === "book_appointment") throw new Error("model timed out");
        return r;
      },
    });
    expect(report.all.map((t) => ("error" in t.replayed ? t.replayed.error : t.replayed.outcome))).toEqual(["reply", "model timed out", "reply", "reply"]);
  });

  it("an unknown slug is an error", async () => {
    await expect(replayWorkspace(database.db, { slug: "no-such-workspace", runTurn: fakePipeline().runTurn })).rejects.toThrow('no workspace with slug "no-such-workspace"');
  });
});
