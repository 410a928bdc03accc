import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { consents, contacts } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { optInPageOf, PER_IP_LIMIT, recordWebOptIn, unsafeFindOptInWorkspaceBySlug, type OptInWorkspace } from "./web-opt-in";

let database: Database;
let workspace: OptInWorkspace;
const t0 = new Date("2025-06-01T10:00:00Z");
const evidence = (at = t0, ip = "203.0.113.7") => ({ pageUrl: `https://hilo.example/optin/${workspace.slug}`, ip, userAgent: "Mozilla/5.0 (iPhone)", submittedAt: at });

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await createOwnerWorkspace(database.db, "Peluquería Marina");
  workspace = (await unsafeFindOptInWorkspaceBySlug(owner.tenant.slug, database.db))!;
});
afterAll(async () => {
  await database?.close();
});

const rowsOf = (waId: string) =>
  withTenant(
    workspace.id,
    async (tx) => {
      const [c] = await tx.select().from(contacts).where(and(eq(contacts.tenantId, workspace.id), eq(contacts.waId, waId)));
      const ledger = c ? await tx.select().from(consents).where(and(eq(consents.tenantId, workspace.id), eq(consents.contactId, c.id))).orderBy(asc(consents.recordedAt)) : [];
      return { contact: c, ledger };
    },
    database.db,
  );

describe("web opt-in", () => {
  it("finds the workspace by its public slug and shows the default Spanish wording with its name", async () => {
    expect(await unsafeFindOptInWorkspaceBySlug("no-such-workspace", database.db)).toBeNull();
    expect(optInPageOf(workspace)).toEqual({
      businessName: "Peluquería Marina",
      wording: "Acepto recibir por WhatsApp ofertas y novedades de Peluquería Marina. Puedo darme de baja cuando quiera escribiendo BAJA.",
      defaultCountry: "ES",
    });
  });

  it("creates the contact and records opted_in marketing with the wording and the evidence", async () => {
    const { wording } = optInPageOf(workspace);
    const result = await recordWebOptIn(workspace, { waId: "34612000001", name: "Marta", wording }, evidence(), database.db);
    expect(result.repeated).toBe(false);
    const { contact, ledger } = await rowsOf("34612000001");
    expect(contact.name).toBe("Marta");
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ category: "marketing", status: "opted_in", source: "web_form", wording, recordedAt: t0 });
    expect(ledger[0].evidence).toEqual({ pageUrl: `https://hilo.example/optin/${workspace.slug}`, ip: "203.0.113.7", userAgent: "Mozilla/5.0 (iPhone)", submittedAt: t0.toISOString() });
  });

  it("the same number within a minute is accepted without a second row; later it is new evidence", async () => {
    const { wording } = optInPageOf(workspace);
    const again = await recordWebOptIn(workspace, { waId: "34612000001", name: "Marta", wording }, evidence(new Date(t0.getTime() + 30_000)), database.db);
    expect(again.repeated).toBe(true);
    expect((await rowsOf("34612000001")).ledger).toHaveLength(1);
    await recordWebOptIn(workspace, { waId: "34612000001", name: null, wording }, evidence(new Date(t0.getTime() + 120_000)), database.db);
    const { contact, ledger } = await rowsOf("34612000001");
    expect(ledger).toHaveLength(2);
    expect(contact.name).toBe("Marta");
  });

  it("refuses a wording other than the one the workspace shows, and writes nothing", async () => {
    await expect(recordWebOptIn(workspace, { waId: "34612000002", name: null, wording: "Acepto todo." }, evidence(), database.db)).rejects.toMatchObject({ code: "conflict:consent_wording" });
    expect((await rowsOf("34612000002")).contact).toBeUndefined();
  });

  it("refuses too many opt-ins from one address", async () => {
    const { wording } = optInPageOf(workspace);
    const at = new Date(t0.getTime() + 3_600_000);
    for (let i = 0; i < PER_IP_LIMIT; i++) await recordWebOptIn(workspace, { waId: `346130000${String(i).padStart(2, "0")}`, name: null, wording }, evidence(at, "198.51.100.9"), database.db);
    await expect(recordWebOptIn(workspace, { waId: "34614000000", name: null, wording }, evidence(at, "198.51.100.9"), database.db)).rejects.toMatchObject({ code: "rate_limited:optin" });
    expect((await rowsOf("34614000000")).contact).toBeUndefined();
    expect((await recordWebOptIn(workspace, { waId: "34614000000", name: null, wording }, evidence(at, "198.51.100.10"), database.db)).repeated).toBe(false);
  });
});
