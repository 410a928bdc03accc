import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { consents, contacts, tenants } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createChannel } from "../channels";
import { buildInboundWebhook, simulatedWamid } from "../simulator/customer-webhook";
import { handleMetaWebhook } from "./handle-meta-webhook";
import { signMetaBody } from "./signature";

let database: Database;
let owner: Awaited<ReturnType<typeof createOwnerWorkspace>>;
let channel: { id: string; phoneNumberId: string | null };
const customer = { waId: "34655000111", name: "Rosa" };

beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createOwnerWorkspace(database.db, "Consentimientos");
  channel = await withTenant(owner.tenantId, (tx) => createChannel(tx, owner, { provider: "meta", name: "M", phoneNumberId: "555000111", appSecret: "s3cret" }), database.db);
  await database.db.update(tenants).set({ settings: { consentKeywords: { optOut: ["no más ofertas"] } } }).where(eq(tenants.id, owner.tenantId));
});
afterAll(async () => {
  await database?.close();
});

async function write(text: string, wamid = simulatedWamid()) {
  const raw = JSON.stringify(buildInboundWebhook(channel.phoneNumberId!, "34910000000", customer, { type: "text", text }, wamid));
  const res = await handleMetaWebhook(channel.id, Buffer.from(raw), signMetaBody(raw, "s3cret"), { db: database.db, emit: async () => {} });
  expect(res.status).toBe(200);
}

const ledger = () =>
  withTenant(owner.tenantId, async (tx) => {
    const [c] = await tx.select().from(contacts).where(and(eq(contacts.tenantId, owner.tenantId), eq(contacts.waId, customer.waId)));
    return tx.select({ status: consents.status, source: consents.source, wording: consents.wording }).from(consents).where(and(eq(consents.tenantId, owner.tenantId), eq(consents.contactId, c.id))).orderBy(asc(consents.recordedAt), asc(consents.createdAt));
  }, database.db);

it("a keyword alone opts out (once, however often the webhook comes), a sentence does not, ALTA opts back in", async () => {
  await write("Hola, no quiero darme de baja todavía");
  await write("¿Cómo me doy de baja?");
  const wamid = simulatedWamid();
  await write("¡Baja!", wamid);
  await write("¡Baja!", wamid);
  expect(await ledger()).toEqual([{ status: "opted_out", source: "whatsapp:keyword", wording: "¡Baja!" }]);
  await write("ALTA");
  expect((await ledger()).map((r) => r.status)).toEqual(["opted_out", "opted_in"]);
  await write("No más ofertas");
  expect((await ledger()).map((r) => r.status)).toEqual(["opted_out", "opted_in", "opted_out"]);
});
