import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { aiSettings, businessFacts, knowledgeEntries, messages, openingHours, orders, services, tenants } from "@/db/schema";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { fakeGrounding, fakePipeline } from "./fake-pipeline";
import { parseScenario } from "./scenario";
import { runEval, type EvalReport } from "./run-eval";
import { seedScenario } from "./seed-business";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const business = {
  name: "Clínica Eval",
  timezone: "America/Mexico_City",
  hours: { mon: ["09:00-14:00", "16:00-20:00"], sat: ["10:00-13:00"] },
  holidays: ["2026-12-12", { date: "2026-12-24", name: "Nochebuena", hours: ["10:00-14:00"] }],
  address: "Calle Orizaba 101, CDMX",
  services: [{ name: "Limpieza", price: "$450 MXN", durationMinutes: 45 }, { name: "Ortodoncia", price: null }],
  faqs: [{ q: "¿Aceptan tarjeta?", a: "Sí, todas." }],
  orders: [{ number: "48213", status: "shipped", carrier: "SEUR", eta: "2026-12-03", total: "59,90 €", lines: [{ name: "Camiseta", quantity: 2, price: "29,95 €" }] }],
  staff: [{ name: "Dra. Ruiz", services: ["Limpieza"] }],
  automation: { order_status: "review" },
};

const scenarios = {
  "a.json": {
    name: "reserva y pedido",
    language: "es",
    now: "2026-11-30T10:00:00-06:00",
    business,
    turns: [
      { customer: "¿Dónde está mi pedido 48213?", expect: { intent: "order_status", tools: ["lookupOrder"], outcome: "reply", mentions: ["SEUR", ["jueves", "3 de diciembre"]] } },
      { customer: "Quiero una cita para limpieza", expect: { intent: "book_appointment", tools: ["bookAppointment"], outcome: "confirm", action: null } },
      { tap: "confirm", expect: { outcome: "reply", action: "book_appointment" } },
      { tap: "confirm", expect: { action: null } },
      { image: "Pedido 48213", caption: "esto", expect: { intent: "order_status" } },
      { advance: "26h" },
      { customer: "¿Cuánto cuesta?", expect: { mustNotMention: ["€"] } },
    ],
  },
  "b.json": {
    name: "anula sin confirmar",
    language: "pt",
    now: "2026-11-30T10:00:00-03:00",
    business: { name: "Loja Eval", timezone: "America/Sao_Paulo", appointments: [{ startsAt: "2026-12-02T10:00:00-03:00" }] },
    turns: [
      { customer: "anula minha consulta", expect: { intent: "cancel_appointment", outcome: "confirm" } },
      { tap: "cancel", expect: { action: null } },
      { customer: "quero falar com uma persona", expect: { outcome: "escalate" } },
    ],
  },
};

describe("runEval with a stand-in pipeline", () => {
  let report: EvalReport;
  const fake = fakePipeline();
  const stored: string[] = [];

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "hilo-eval-"));
    for (const [name, s] of Object.entries(scenarios)) await writeFile(path.join(dir, name), JSON.stringify(s));
    report = await runEval({ scenariosDir: dir, database, runTurn: fake.runTurn, checkGrounding: fakeGrounding, renderer: { ok: false, reason: "lib/ai/media/render-text.ts could not be loaded" }, putMedia: async (key) => void stored.push(key) });
    await rm(dir, { recursive: true, force: true });
  });

  it("plays taps as interactive replies to the buttons offered, on the scenario clock", () => {
    const taps = fake.calls.filter((c) => c.type === "interactive");
    expect(taps.map((t) => t.body)).toEqual(["Confirmar", "Confirmar"]);
    expect(taps[0].buttonId).toMatch(/^confirm:[0-9a-f-]{36}$/);
    expect(taps[1].buttonId).toBe(taps[0].buttonId);
    const a = fake.calls.slice(0, 4).map((c) => c.now.toISOString());
    expect(a).toEqual(["2026-11-30T16:00:00.000Z", "2026-11-30T16:01:00.000Z", "2026-11-30T16:02:00.000Z", "2026-11-30T16:03:00.000Z"]);
    // Image skipped (no clock step is lost), then 26 h, then the next turn one minute later.
    expect(fake.calls[4].now.toISOString()).toBe("2026-12-01T18:05:00.000Z");
  });

  it("the transcript each turn sees is in conversation order (the pipeline's replies are moved onto the scenario clock)", () => {
    expect(fake.calls[1].transcript).toEqual(["> ¿Dónde está mi pedido 48213?", "< Tu pedido 48213 va con SEUR y llega el jueves.", "> Quiero una cita para limpieza"]);
  });

  it("skips image turns with the reason when the renderer is missing, and does not count them", () => {
    expect(report.summary.skipped).toEqual([{ scenario: "reserva y pedido", turn: 5, reason: "image turn not played: lib/ai/media/render-text.ts could not be loaded" }]);
    expect(report.summary.skippedTurns).toBe(1);
    expect(report.notes).toContain("image turns rendered from text are skipped: lib/ai/media/render-text.ts could not be loaded");
    expect(stored).toEqual([]);
  });

  it("computes the metrics overall and per language", () => {
    const s = report.summary;
    expect(s.scenarios).toBe(2);
    expect(s.turns).toBe(8);
    // "cancel" with no cancel button ever offered cannot be played: it counts, and fails.
    expect(s.unplayableTurns).toBe(1);
    expect(s.erroredTurns).toBe(0);
    expect(s.intentAccuracy).toBe(1);
    expect(s.toolAccuracy).toBe(1);
    // Escalation: one expected and given; no other turn escalated.
    expect(s.escalationPrecision).toBe(1);
    expect(s.escalationRecall).toBe(1);
    // The invented "45 €" reached the customer once (turn 7 of a) and was reported blocked once.
    expect(s.unsupportedClaimsLeaked).toBe(1);
    expect(s.unsupportedClaimsBlocked).toBe(1);
    // The stand-in cancelled an appointment on a plain text turn: caught in the database.
    expect(s.unconfirmedIrreversibleActions).toBe(1);
    expect(s.byLanguage.pt?.unconfirmedIrreversibleActions).toBe(1);
    expect(s.byLanguage.es?.unconfirmedIrreversibleActions).toBe(0);
    expect(s.mentionFailures).toBe(1);
  });

  it("lists failing turns with expected and got", () => {
    const failing = report.summary.failingTurns.map((f) => `${f.file}#${f.turn}:${f.failed.map((c) => c.key).join(",")}`);
    expect(failing).toEqual(["a.json#7:mustNotMention,grounding", "b.json#1:outcome,action", "b.json#2:played"]);
    expect(report.summary.failingTurns[2].failed[0].got).toBe('tap "cancel": no cancel:<action> button was offered before this turn');
    const anula = report.summary.failingTurns[1];
    expect(anula.failed[0]).toEqual({ key: "outcome", expected: "confirm", got: "reply" });
    expect(String(anula.failed[1].got)).toMatch(/appointment .*booked .* → cancelled/);
  });
});

describe("seedScenario", () => {
  it("writes the business as its owner would have: hours by weekday, prices in micros, FAQs in the scenario language, assistant on auto", async () => {
    const { scenario } = parseScenario({ name: "seed", language: "es", now: "2026-11-30T10:00:00-06:00", business, turns: [{ customer: "hola" }] }, "seed.json");
    const s = await seedScenario(database.db, scenario);
    const read = await withTenant(
      s.tenantId,
      async (tx) => ({
        tenant: (await tx.select().from(tenants).where(eq(tenants.id, s.tenantId)))[0],
        hours: await tx.select({ weekday: openingHours.weekday, opens: openingHours.opens, closes: openingHours.closes }).from(openingHours).where(eq(openingHours.tenantId, s.tenantId)).orderBy(asc(openingHours.weekday), asc(openingHours.opens)),
        services: await tx.select({ name: services.name, priceMicros: services.priceMicros, currency: services.currency }).from(services).where(eq(services.tenantId, s.tenantId)).orderBy(asc(services.name)),
        faqs: await tx.select({ language: knowledgeEntries.language }).from(knowledgeEntries).where(eq(knowledgeEntries.tenantId, s.tenantId)),
        facts: await tx.select({ key: businessFacts.key, value: businessFacts.value }).from(businessFacts).where(eq(businessFacts.tenantId, s.tenantId)),
        order: (await tx.select().from(orders).where(and(eq(orders.tenantId, s.tenantId), eq(orders.number, "48213"))))[0],
        settings: (await tx.select().from(aiSettings).where(eq(aiSettings.tenantId, s.tenantId)))[0],
        messages: await tx.select().from(messages).where(eq(messages.tenantId, s.tenantId)),
      }),
      database.db,
    );
    expect(read.tenant).toMatchObject({ name: "Clínica Eval", timeZone: "America/Mexico_City", defaultLocale: "es" });
    expect(read.hours).toEqual([
      { weekday: 1, opens: "09:00", closes: "14:00" },
      { weekday: 1, opens: "16:00", closes: "20:00" },
      { weekday: 6, opens: "10:00", closes: "13:00" },
    ]);
    expect(read.services).toEqual([
      { name: "Limpieza", priceMicros: 450_000_000, currency: "MXN" },
      { name: "Ortodoncia", priceMicros: null, currency: "MXN" },
    ]);
    expect(read.faqs).toEqual([{ language: "es" }]);
    expect(read.facts).toEqual([{ key: "address", value: "Calle Orizaba 101, CDMX" }]);
    expect(read.order).toMatchObject({ contactId: s.contactId, customerPhone: s.waId, totalMicros: 59_900_000, currency: "EUR", eta: "2026-12-03" });
    expect(read.settings).toMatchObject({ provider: "local", defaultAutomation: "auto", automation: { order_status: "review" } });
    expect(read.messages).toEqual([]);
  });

  it("names the scenario when the data refers to something that does not exist", async () => {
    const { scenario } = parseScenario({ name: "bad", language: "es", now: "2026-11-30T10:00:00-06:00", business: { ...business, staff: [{ name: "X", services: ["Masaje"] }] }, turns: [{ customer: "hola" }] }, "bad.json");
    await expect(seedScenario(database.db, scenario, { where: "bad.json" })).rejects.toThrow('bad.json: business.staff[0].services[0]: no service named "Masaje"');
  });
});
