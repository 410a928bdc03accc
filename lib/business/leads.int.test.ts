import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { contacts, leads } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { addLeadQuestion, captureLead, deleteLeadQuestion, listLeadQuestions, listLeads, moveLeadQuestion, QUALIFIED_SCORE, setLeadStage, updateLeadQuestion } from "./leads";

let database: Database;
let owner: Awaited<ReturnType<typeof createOwnerWorkspace>>;
let ana: string;
const inTenant = <T>(fn: Parameters<typeof withTenant<T>>[1]) => withTenant(owner.tenantId, fn, database.db);

beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createOwnerWorkspace(database.db, "Leads");
  const t = owner.tenantId;
  ana = (await inTenant((tx) => tx.insert(contacts).values({ tenantId: t, waId: "34634567890", name: "Ana" }).returning()))[0].id;
  await inTenant(async (tx) => {
    await addLeadQuestion(tx, t, { field: "nombre", question: "¿Cómo te llamas?", language: "es", weight: 20 });
    await addLeadQuestion(tx, t, { field: "Tratamiento de interés", question: "¿Qué tratamiento te interesa?", language: "es", weight: 40 });
    await addLeadQuestion(tx, t, { field: "cuando", question: "¿Cuándo te viene bien venir?", language: "es", weight: 30 });
    await addLeadQuestion(tx, t, { field: "nombre", question: "What's your name?", language: "en", weight: 20 });
  });
});
afterAll(async () => {
  await database?.close();
});

describe("lead questions", () => {
  it("keep their order per language, with field keys made from what was typed", async () => {
    const es = await inTenant((tx) => listLeadQuestions(tx, owner.tenantId, "es"));
    expect(es.map((q) => [q.position, q.field])).toEqual([
      [0, "nombre"],
      [1, "tratamiento_de_interes"],
      [2, "cuando"],
    ]);
    expect((await inTenant((tx) => listLeadQuestions(tx, owner.tenantId, "en"))).map((q) => q.position)).toEqual([0]);
  });

  it("move up and down, edit and delete", async () => {
    const t = owner.tenantId;
    const extra = await inTenant((tx) => addLeadQuestion(tx, t, { field: "presupuesto", question: "¿Qué presupuesto tienes?", language: "es", weight: 5 }));
    await inTenant((tx) => moveLeadQuestion(tx, t, extra.id, "up"));
    expect((await inTenant((tx) => listLeadQuestions(tx, t, "es"))).map((q) => q.field)).toEqual(["nombre", "tratamiento_de_interes", "presupuesto", "cuando"]);
    expect(await inTenant((tx) => updateLeadQuestion(tx, t, extra.id, { field: "presupuesto", question: "¿Cuánto quieres invertir?", language: "es", weight: 10 }))).toBe(true);
    expect(await inTenant((tx) => deleteLeadQuestion(tx, t, extra.id))).toBe(true);
    expect((await inTenant((tx) => listLeadQuestions(tx, t, "es"))).map((q) => q.field)).toEqual(["nombre", "tratamiento_de_interes", "cuando"]);
  });
});

describe("captureLead", () => {
  it("creates one lead per contact, merges answers, scores them and asks the next question", async () => {
    const t = owner.tenantId;
    const first = await inTenant((tx) => captureLead(tx, t, { contactId: ana, conversationId: null, interest: "blanqueamiento", fields: { nombre: "Ana Torres" } }));
    expect(first).toMatchObject({ score: 20, stage: "new", nextQuestion: { field: "tratamiento_de_interes", question: "¿Qué tratamiento te interesa?" } });

    const second = await inTenant((tx) => captureLead(tx, t, { contactId: ana, fields: { "Tratamiento de interés": "Blanqueamiento", nombre: "  " } }));
    expect(second).toMatchObject({ leadId: first.leadId, score: 60, stage: "qualified", nextQuestion: { field: "cuando" } });
    expect(60).toBe(QUALIFIED_SCORE);

    const third = await inTenant((tx) => captureLead(tx, t, { contactId: ana, fields: { cuando: "martes por la tarde" } }));
    expect(third).toMatchObject({ score: 90, stage: "qualified", nextQuestion: null });
    // Repeating the same answers changes nothing.
    expect(await inTenant((tx) => captureLead(tx, t, { contactId: ana, fields: { cuando: "martes por la tarde" } }))).toEqual(third);

    const rows = await inTenant((tx) => tx.select().from(leads));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ interest: "blanqueamiento", fields: { nombre: "Ana Torres", tratamiento_de_interes: "Blanqueamiento", cuando: "martes por la tarde" } });
  });

  it("a lead a person marked won stays won; leads are listed best first with the contact", async () => {
    const t = owner.tenantId;
    const [lead] = await inTenant((tx) => listLeads(tx, t));
    expect(lead).toMatchObject({ contactName: "Ana", contactPhone: "34634567890", score: 90 });
    await inTenant((tx) => setLeadStage(tx, t, lead.id, "won"));
    expect(await inTenant((tx) => captureLead(tx, t, { contactId: ana, fields: { nombre: "Ana T." } }))).toMatchObject({ stage: "won" });
  });

  it("scores with the questions of the customer's language", async () => {
    const t = owner.tenantId;
    const [john] = await inTenant((tx) => tx.insert(contacts).values({ tenantId: t, waId: "447700900123", name: "John" }).returning());
    expect(await inTenant((tx) => captureLead(tx, t, { contactId: john.id, language: "en" }))).toMatchObject({ score: 0, stage: "new", nextQuestion: { field: "nombre", question: "What's your name?" } });
    expect(await inTenant((tx) => captureLead(tx, t, { contactId: john.id, language: "en", fields: { nombre: "John" } }))).toMatchObject({ score: 20, nextQuestion: null });
  });
});
