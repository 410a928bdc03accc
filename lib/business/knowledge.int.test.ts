import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import type { Language } from "@/lib/ai/types";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createKnowledgeEntry, deleteKnowledgeEntry, listKnowledgeEntries, searchKnowledge, updateKnowledgeEntry, type KnowledgeEntryInput } from "./knowledge";

let database: Database;
let tenantId: string;
let otherTenantId: string;
const ids: Record<string, string> = {};

const ENTRIES: Record<string, KnowledgeEntryInput> = {
  shipEs: { question: "¿Hacéis envíos a Canarias?", variants: ["¿Enviáis a las islas?"], answer: "Sí, enviamos a Canarias en 3 a 5 días laborables.", tags: ["envíos"], language: "es" },
  parkingEs: { question: "¿Dónde puedo aparcar?", answer: "Hay un aparcamiento público en la calle Mayor 20, a 50 metros.", tags: ["parking"], language: "es" },
  paymentEs: { question: "¿Qué formas de pago aceptáis?", variants: ["¿Puedo pagar con tarjeta?"], answer: "Tarjeta, efectivo y Bizum.", language: "es" },
  financingEs: { question: "¿Puedo financiar el tratamiento?", answer: "Sí, hasta 24 meses sin intereses.", language: "es" },
  shipEn: { question: "Do you ship to the Canary Islands?", answer: "Yes, we ship to the Canary Islands in 3 to 5 working days.", language: "en" },
  paymentEn: { question: "What payment methods do you accept?", answer: "Card, cash and Bizum.", language: "en" },
  shipPt: { question: "Vocês fazem entregas nas Canárias?", answer: "Sim, entregamos nas Canárias em 3 a 5 dias úteis.", language: "pt" },
  paymentPt: { question: "Quais formas de pagamento vocês aceitam?", answer: "Cartão, dinheiro e Bizum.", language: "pt" },
};

const search = (query: string, language?: Language, tenant = tenantId) => withTenant(tenant, (tx) => searchKnowledge(tx, tenant, query, { language }), database.db);
const top = async (query: string, language?: Language) => (await search(query, language))[0]?.id;

beforeAll(async () => {
  database = await openTestDatabase();
  tenantId = (await createOwnerWorkspace(database.db, "Saber")).tenantId;
  otherTenantId = (await createOwnerWorkspace(database.db, "Otra")).tenantId;
  await withTenant(
    tenantId,
    async (tx) => {
      for (const [key, entry] of Object.entries(ENTRIES)) ids[key] = (await createKnowledgeEntry(tx, tenantId, entry)).id;
    },
    database.db,
  );
  await withTenant(otherTenantId, (tx) => createKnowledgeEntry(tx, otherTenantId, { question: "¿Hacéis envíos a Canarias?", answer: "No, solo península.", language: "es" }), database.db);
});
afterAll(async () => {
  await database?.close();
});

describe("searchKnowledge", () => {
  it("finds a Spanish FAQ from a question written differently, without accents", async () => {
    const [hit] = await search("envio a canarias", "es");
    expect(hit).toMatchObject({ id: ids.shipEs, question: "¿Hacéis envíos a Canarias?", answer: "Sí, enviamos a Canarias en 3 a 5 días laborables.", score: 1 });
    expect(await top("¿mandáis pedidos a las islas Canarias?", "es")).toBe(ids.shipEs);
    expect(await top("Hola buenas, quería saber si hacéis envíos a Canarias, gracias", "es")).toBe(ids.shipEs);
  });

  it("finds English and Portuguese FAQs in their own language", async () => {
    expect(await top("do you ship to the Canary Islands", "en")).toBe(ids.shipEn);
    expect(await top("which payment methods do you take?", "en")).toBe(ids.paymentEn);
    expect(await top("vocês entregam nas Canárias?", "pt")).toBe(ids.shipPt);
    expect(await top("quais as formas de pagamento", "pt")).toBe(ids.paymentPt);
  });

  it("matches words of the answer and the variants, stemmed", async () => {
    expect(await top("¿dónde aparco?", "es")).toBe(ids.parkingEs);
    expect(await top("¿aceptáis bizum?", "es")).toBe(ids.paymentEs);
    expect(await top("pagar con tarjeta", "es")).toBe(ids.paymentEs);
    expect(await top("financiación", "es")).toBe(ids.financingEs);
  });

  it("ranks the entry that covers the question above one that shares a word", async () => {
    const hits = await search("puedo pagar con tarjeta", "es");
    expect(hits[0].id).toBe(ids.paymentEs);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    for (const h of hits) {
      expect(h.score).toBeGreaterThan(0);
      expect(h.score).toBeLessThanOrEqual(1);
    }
  });

  it("searches every language when none is given", async () => {
    expect(await top("formas de pago")).toBe(ids.paymentEs);
    expect(await top("payment methods")).toBe(ids.paymentEn);
  });

  it("falls back to the other languages when the customer's language has no match", async () => {
    expect(await top("do you ship to the Canary Islands", "es")).toBe(ids.shipEn);
    // Portuguese stemming keeps accents: "canarias" only meets "Canárias" once both are folded.
    expect((await search("canarias", "pt")).map((h) => h.id)).toContain(ids.shipPt);
  });

  it("finds nothing for an empty question, stop words only, or an unrelated one", async () => {
    expect(await search("")).toEqual([]);
    expect(await search("¿¡...!?")).toEqual([]);
    expect(await search("de la a", "es")).toEqual([]);
    expect(await search("xilófono", "es")).toEqual([]);
  });

  it("never returns another workspace's entries", async () => {
    const hits = await search("envio a canarias", "es", otherTenantId);
    expect(hits).toHaveLength(1);
    expect(hits[0].answer).toBe("No, solo península.");
    expect((await search("envio a canarias", "es")).map((h) => h.answer)).not.toContain("No, solo península.");
  });

  it("respects the limit", async () => {
    const hits = await withTenant(tenantId, (tx) => searchKnowledge(tx, tenantId, "canarias islands canárias", { limit: 2 }), database.db);
    expect(hits).toHaveLength(2);
  });
});

describe("knowledge entries", () => {
  it("are created with variants and tags cleaned, updated (search follows), deactivated and deleted", async () => {
    const created = await withTenant(tenantId, (tx) => createKnowledgeEntry(tx, tenantId, { question: " ¿Abrís en agosto? ", variants: ["¿Cerráis en verano?", "", "¿cerráis en verano?"], answer: "Cerramos del 1 al 15 de agosto.", tags: ["Verano", "verano", " horario "] }), database.db);
    expect(created).toMatchObject({ question: "¿Abrís en agosto?", variants: ["¿Cerráis en verano?"], tags: ["verano", "horario"], language: "es", active: true });
    expect(await top("¿cerráis en verano?", "es")).toBe(created.id);

    const updated = await withTenant(tenantId, (tx) => updateKnowledgeEntry(tx, tenantId, created.id, { question: "¿Abrís en agosto?", answer: "Abrimos todo el verano, también en vacaciones.", language: "es" }), database.db);
    expect(updated?.variants).toEqual([]);
    expect(await top("vacaciones", "es")).toBe(created.id);

    await withTenant(tenantId, (tx) => updateKnowledgeEntry(tx, tenantId, created.id, { question: "¿Abrís en agosto?", answer: "Abrimos todo el verano, también en vacaciones.", active: false }), database.db);
    expect(await search("vacaciones", "es")).toEqual([]);

    expect(await withTenant(otherTenantId, (tx) => deleteKnowledgeEntry(tx, otherTenantId, created.id), database.db)).toBe(false);
    expect(await withTenant(tenantId, (tx) => deleteKnowledgeEntry(tx, tenantId, created.id), database.db)).toBe(true);
    const list = await withTenant(tenantId, (tx) => listKnowledgeEntries(tx, tenantId), database.db);
    expect(list.map((e) => e.id)).not.toContain(created.id);
    expect(list).toHaveLength(Object.keys(ENTRIES).length);
    expect((await withTenant(tenantId, (tx) => listKnowledgeEntries(tx, tenantId, { language: "pt" }), database.db)).map((e) => e.id).sort()).toEqual([ids.shipPt, ids.paymentPt].sort());
  });

  it("refuses an entry without a question or an answer, or in another language", async () => {
    await expect(withTenant(tenantId, (tx) => createKnowledgeEntry(tx, tenantId, { question: " ", answer: "x" }), database.db)).rejects.toThrow();
    await expect(withTenant(tenantId, (tx) => createKnowledgeEntry(tx, tenantId, { question: "x", answer: "x", language: "fr" as Language }), database.db)).rejects.toThrow();
  });
});
