import { and, asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { consents, contacts } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { importContacts } from "./import-contacts";
import { currentConsent, recordConsent } from "./ledger";

let database: Database;
let a: Awaited<ReturnType<typeof createOwnerWorkspace>>;
let b: Awaited<ReturnType<typeof createOwnerWorkspace>>;

beforeAll(async () => {
  database = await openTestDatabase();
  a = await createOwnerWorkspace(database.db, "Tienda A");
  b = await createOwnerWorkspace(database.db, "Tienda B");
});
afterAll(async () => {
  await database?.close();
});

const FILE = "\uFEFFteléfono;nombre;consentimiento;fecha consentimiento;origen\n612 345 678;Ana García;sí;14/03/2025;Hoja firmada en tienda\n622333444;Luis;;;\n+34 633 444 555;\"Pérez; Marta\";yes;2025-02-01;web antigua\n";

const contactsOf = (tenantId: string) => withTenant(tenantId, (tx) => tx.select().from(contacts).where(eq(contacts.tenantId, tenantId)).orderBy(asc(contacts.waId)), database.db);
const ledgerOf = (tenantId: string) => withTenant(tenantId, (tx) => tx.select().from(consents).where(eq(consents.tenantId, tenantId)).orderBy(asc(consents.recordedAt)), database.db);

describe("importContacts", () => {
  it("creates the contacts and records opted_in marketing with its evidence only for rows with consent", async () => {
    const result = await importContacts(a, { name: "clientes.csv", text: FILE }, database.db);
    expect(result).toEqual({ ok: true, summary: { rows: 3, contactsCreated: 3, contactsUpdated: 0, consentsRecorded: 2, alreadyOptedIn: 0, optedOutKept: 0 } });
    const list = await contactsOf(a.tenantId);
    expect(list.map((c) => [c.waId, c.name])).toEqual([
      ["34612345678", "Ana García"],
      ["34622333444", "Luis"],
      ["34633444555", "Pérez; Marta"],
    ]);
    const ledger = await ledgerOf(a.tenantId);
    expect(ledger).toHaveLength(2);
    const ana = ledger.find((r) => r.contactId === list[0].id)!;
    expect(ana).toMatchObject({ category: "marketing", status: "opted_in", source: "csv_import", recordedBy: a.userId });
    expect(ana.evidence).toEqual({ fileName: "clientes.csv", row: 2, consent: "sí", consentDate: "14/03/2025", consentDateNormalized: "2025-03-14", note: "Hoja firmada en tienda", importedBy: a.userId });
    expect(ledger.find((r) => r.contactId === list[2].id)?.evidence).toMatchObject({ row: 4, consent: "yes", note: "web antigua" });
  });

  it("importing the same file again duplicates neither contacts nor consents", async () => {
    const result = await importContacts(a, { name: "clientes.csv", text: FILE }, database.db);
    expect(result).toEqual({ ok: true, summary: { rows: 3, contactsCreated: 0, contactsUpdated: 3, consentsRecorded: 0, alreadyOptedIn: 2, optedOutKept: 0 } });
    expect(await contactsOf(a.tenantId)).toHaveLength(3);
    expect(await ledgerOf(a.tenantId)).toHaveLength(2);
  });

  it("never overrides a customer's own opt-out", async () => {
    const [luis] = (await contactsOf(a.tenantId)).filter((c) => c.waId === "34622333444");
    await withTenant(a.tenantId, (tx) => recordConsent(tx, a.tenantId, { contactId: luis.id, category: "marketing", status: "opted_out", source: "whatsapp:keyword", wording: "BAJA" }), database.db);
    const result = await importContacts(a, { name: "otra.csv", text: "phone,consent\n622333444,1\n" }, database.db);
    expect(result).toMatchObject({ ok: true, summary: { consentsRecorded: 0, optedOutKept: 1 } });
    expect((await withTenant(a.tenantId, (tx) => currentConsent(tx, a.tenantId, luis.id, "marketing"), database.db))?.status).toBe("opted_out");
  });

  it("a file with one bad row imports nothing and says which rows are wrong", async () => {
    const before = { contacts: (await contactsOf(a.tenantId)).length, ledger: (await ledgerOf(a.tenantId)).length };
    const result = await importContacts(a, { name: "mala.csv", text: "phone,name,consent\n644555666,Nueva,sí\n123,Mal,sí\n655666777,Otra,tal vez\n" }, database.db);
    expect(result).toEqual({
      ok: false,
      fileProblem: null,
      problemCount: 2,
      problems: [
        { row: 3, reason: "phone_invalid", value: "123" },
        { row: 4, reason: "consent_unrecognized", value: "tal vez" },
      ],
    });
    expect((await contactsOf(a.tenantId)).length).toBe(before.contacts);
    expect((await ledgerOf(a.tenantId)).length).toBe(before.ledger);
  });

  it("keeps workspaces apart: the same numbers in another workspace are other contacts with their own ledger", async () => {
    const result = await importContacts(b, { name: "b.csv", text: "phone,name,consent\n612345678,Ana en B,no\n" }, database.db);
    expect(result).toMatchObject({ ok: true, summary: { contactsCreated: 1, consentsRecorded: 0 } });
    const [inB] = await contactsOf(b.tenantId);
    expect(inB.name).toBe("Ana en B");
    expect(await ledgerOf(b.tenantId)).toEqual([]);
    expect((await contactsOf(a.tenantId)).find((c) => c.waId === "34612345678")?.name).toBe("Ana García");
    // RLS: B's transaction cannot see A's rows even without a tenant filter.
    const [{ n }] = await withTenant(b.tenantId, (tx) => tx.select({ n: count() }).from(consents), database.db);
    expect(n).toBe(0);
    const [{ m }] = await withTenant(b.tenantId, (tx) => tx.select({ m: count() }).from(contacts).where(and(eq(contacts.waId, "34622333444"))), database.db);
    expect(m).toBe(0);
  });
});
