import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { messageTemplates } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createChannel, findChannelWithSecrets } from "@/lib/whatsapp/channels";
import { ProviderError } from "@/lib/whatsapp/providers/provider-error";
import type { RemoteTemplate, TemplateDefinition } from "@/lib/whatsapp/providers/types";
import { signMetaBody } from "@/lib/whatsapp/webhook/signature";
import { handleMetaWebhook } from "@/lib/whatsapp/webhook/handle-meta-webhook";
import { validateTemplateForm, type TemplateFormInput } from "./definition";
import { listApprovedTemplates, listTemplates } from "./queries";
import { submitTemplate } from "./submit-template";
import { syncTemplates } from "./sync-templates";
import type { TemplateProvider } from "./template-provider";

let database: Database;
type Owner = Awaited<ReturnType<typeof createOwnerWorkspace>>;
let owner: Owner;
let other: Owner;
/** Owner's numbers: a simulator (its number id stands for its WABA) and a Meta number on WABA 4000200030001. */
let sim: { id: string; phoneNumberId: string };
let meta: { id: string };
let otherChannelId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createOwnerWorkspace(database.db, "Plantillas");
  other = await createOwnerWorkspace(database.db, "Otra clínica");
  await withTenant(
    owner.tenantId,
    async (tx) => {
      const s = await createChannel(tx, owner, { provider: "simulator", name: "Sim" });
      sim = { id: s.id, phoneNumberId: s.phoneNumberId! };
      meta = await createChannel(tx, owner, { provider: "meta", name: "Meta", phoneNumberId: "1065403522", wabaId: "4000200030001", accessToken: "EAAG-test", appSecret: "meta-secret" });
    },
    database.db,
  );
  otherChannelId = (await withTenant(other.tenantId, (tx) => createChannel(tx, other, { provider: "simulator", name: "Sim B" }), database.db)).id;
});
afterAll(async () => {
  await database?.close();
});

const form = (over: Partial<TemplateFormInput> = {}): TemplateDefinition => {
  const r = validateTemplateForm({ name: "recordatorio_cita", language: "es", category: "UTILITY", body: "Hola {{1}}, te recordamos tu cita el {{2}}. Responde si necesitas cambiarla.", bodyExamples: ["Carmen", "jueves"], ...over });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.definition;
};

let nextId = 900100;
/** A provider that records what it was asked and answers like Meta's create. */
function fakeProvider(over: Partial<TemplateProvider> = {}) {
  const created: TemplateDefinition[] = [];
  const provider: TemplateProvider = {
    createTemplate: async (def) => (created.push(def), { id: String(nextId++), status: "PENDING", category: def.category }),
    listTemplates: async () => [],
    ...over,
  };
  return { created, provider };
}

/** A signed template webhook to a channel's intake, as Meta (or the simulator) posts it. */
async function postTemplateWebhook(ctx: Owner, channelId: string, wabaId: string, field: string, value: Record<string, unknown>) {
  const channel = await withTenant(ctx.tenantId, (tx) => findChannelWithSecrets(tx, ctx, channelId), database.db);
  const raw = JSON.stringify({ object: "whatsapp_business_account", entry: [{ id: wabaId, time: 1764061200, changes: [{ field, value }] }] });
  const res = await handleMetaWebhook(channelId, Buffer.from(raw), signMetaBody(raw, channel!.appSecret!), { db: database.db, emit: async () => {} });
  expect(res.status).toBe(200);
}

const rowsOf = (ctx: Owner, channelId: string) =>
  withTenant(ctx.tenantId, (tx) => tx.select().from(messageTemplates).where(and(eq(messageTemplates.tenantId, ctx.tenantId), eq(messageTemplates.channelId, channelId))), database.db);
const rowNamed = async (ctx: Owner, channelId: string, name: string) => (await rowsOf(ctx, channelId)).find((r) => r.name === name);

describe("submitting a template", () => {
  it("goes DRAFT → PENDING with the provider's id, then APPROVED by the status webhook", async () => {
    const { created, provider } = fakeProvider();
    const outcome = await submitTemplate(owner, sim.id, form(), { db: database.db, provider });
    expect(outcome).toMatchObject({ status: "submitted", templateStatus: "PENDING" });
    expect(created).toHaveLength(1);
    expect(created[0].components[0]).toMatchObject({ type: "BODY", example: { body_text: [["Carmen", "jueves"]] } });
    const pending = await rowNamed(owner, sim.id, "recordatorio_cita");
    expect(pending).toMatchObject({ status: "PENDING", category: "UTILITY", variableCounts: { body: 2 }, providerTemplateId: String(nextId - 1) });

    await postTemplateWebhook(owner, sim.id, sim.phoneNumberId, "message_template_status_update", {
      event: "APPROVED",
      message_template_id: Number(pending!.providerTemplateId),
      message_template_name: "recordatorio_cita",
      message_template_language: "es",
      reason: "NONE",
      message_template_category: "UTILITY",
    });
    expect(await rowNamed(owner, sim.id, "recordatorio_cita")).toMatchObject({ status: "APPROVED", rejectedReason: null });
    const approved = await withTenant(owner.tenantId, (tx) => listApprovedTemplates(tx, owner, sim.id), database.db);
    expect(approved).toEqual([{ id: pending!.id, name: "recordatorio_cita", language: "es", category: "UTILITY", body: "Hola {{1}}, te recordamos tu cita el {{2}}. Responde si necesitas cambiarla.", variableCounts: { body: 2 } }]);
  });

  it("refuses a second template with the same name and language without calling the provider", async () => {
    const { created, provider } = fakeProvider();
    expect(await submitTemplate(owner, sim.id, form(), { db: database.db, provider })).toEqual({ status: "duplicate" });
    expect(created).toHaveLength(0);
    // The same name in another language is another template.
    expect(await submitTemplate(owner, sim.id, form({ language: "en_US" }), { db: database.db, provider })).toMatchObject({ status: "submitted" });
  });

  it("keeps nothing when the provider refuses, so the corrected template can be submitted again", async () => {
    const refusing = fakeProvider({
      createTemplate: async () => {
        throw new ProviderError({ code: 100, httpStatus: 400, title: "Invalid parameter", details: "Variables can't be at the start or end of the template.", subcode: 2388299 });
      },
    });
    const outcome = await submitTemplate(owner, sim.id, form({ name: "aviso_envio" }), { db: database.db, provider: refusing.provider });
    expect(outcome).toEqual({ status: "refused", code: 100, message: "Variables can't be at the start or end of the template." });
    expect(await rowNamed(owner, sim.id, "aviso_envio")).toBeUndefined();
    expect(await submitTemplate(owner, sim.id, form({ name: "aviso_envio" }), { db: database.db, provider: fakeProvider().provider })).toMatchObject({ status: "submitted" });
  });

  it("keeps a verdict that arrives before the submit has recorded PENDING", async () => {
    const fast = fakeProvider({
      createTemplate: async (def) => {
        // The verdict overtakes the create's answer: it can only match by name and language.
        await postTemplateWebhook(owner, sim.id, sim.phoneNumberId, "message_template_status_update", { event: "APPROVED", message_template_id: 777001, message_template_name: def.name, message_template_language: def.language, reason: "NONE" });
        return { id: "777001", status: "PENDING", category: def.category };
      },
    });
    expect(await submitTemplate(owner, sim.id, form({ name: "bienvenida" }), { db: database.db, provider: fast.provider })).toMatchObject({ status: "submitted", templateStatus: "APPROVED" });
    expect(await rowNamed(owner, sim.id, "bienvenida")).toMatchObject({ status: "APPROVED", providerTemplateId: "777001" });
  });

  it("says so when the channel is not the workspace's", async () => {
    expect(await submitTemplate(owner, otherChannelId, form({ name: "ajena" }), { db: database.db, provider: fakeProvider().provider })).toEqual({ status: "no_channel" });
    expect(await rowsOf(other, otherChannelId)).toEqual([]);
  });
});

describe("template webhooks", () => {
  it("records a rejection with its reason, then quality and category changes", async () => {
    await submitTemplate(owner, meta.id, form({ name: "promo_verano", category: "MARKETING" }), { db: database.db, provider: fakeProvider().provider });
    const id = (await rowNamed(owner, meta.id, "promo_verano"))!.providerTemplateId;
    await postTemplateWebhook(owner, meta.id, "4000200030001", "message_template_status_update", { event: "REJECTED", message_template_id: Number(id), message_template_name: "promo_verano", message_template_language: "es", reason: "INCORRECT_CATEGORY" });
    expect(await rowNamed(owner, meta.id, "promo_verano")).toMatchObject({ status: "REJECTED", rejectedReason: "INCORRECT_CATEGORY" });

    await postTemplateWebhook(owner, meta.id, "4000200030001", "message_template_status_update", { event: "APPROVED", message_template_id: Number(id), message_template_name: "promo_verano", message_template_language: "es", reason: "NONE" });
    await postTemplateWebhook(owner, meta.id, "4000200030001", "message_template_quality_update", { previous_quality_score: "GREEN", new_quality_score: "RED", message_template_id: Number(id), message_template_name: "promo_verano", message_template_language: "es" });
    await postTemplateWebhook(owner, meta.id, "4000200030001", "template_category_update", { previous_category: "MARKETING", new_category: "UTILITY", message_template_id: Number(id), message_template_name: "promo_verano", message_template_language: "es" });
    expect(await rowNamed(owner, meta.id, "promo_verano")).toMatchObject({ status: "APPROVED", rejectedReason: null, qualityScore: "RED", category: "UTILITY" });
  });

  it("matches by name and language only on the channels of that WABA, and records the id", async () => {
    await withTenant(owner.tenantId, (tx) => tx.insert(messageTemplates).values([{ tenantId: owner.tenantId, channelId: meta.id, name: "sin_id", language: "es", category: "UTILITY", status: "PENDING" }, { tenantId: owner.tenantId, channelId: sim.id, name: "sin_id", language: "es", category: "UTILITY", status: "PENDING" }]), database.db);
    await postTemplateWebhook(owner, meta.id, "4000200030001", "message_template_status_update", { event: "PAUSED", message_template_id: 555, message_template_name: "sin_id", message_template_language: "es", reason: "LOW_QUALITY" });
    expect(await rowNamed(owner, meta.id, "sin_id")).toMatchObject({ status: "PAUSED", rejectedReason: "LOW_QUALITY", providerTemplateId: "555" });
    expect(await rowNamed(owner, sim.id, "sin_id")).toMatchObject({ status: "PENDING", providerTemplateId: null });
  });

  it("never touches another workspace's templates, even with the same id, name and language", async () => {
    await withTenant(other.tenantId, (tx) => tx.insert(messageTemplates).values({ tenantId: other.tenantId, channelId: otherChannelId, name: "recordatorio_cita", language: "es", category: "UTILITY", status: "PENDING", providerTemplateId: "424242" }), database.db);
    await submitTemplate(owner, meta.id, form(), { db: database.db, provider: fakeProvider({ createTemplate: async (d) => ({ id: "424242", status: "PENDING", category: d.category }) }).provider });
    await postTemplateWebhook(owner, meta.id, "4000200030001", "message_template_status_update", { event: "DISABLED", message_template_id: 424242, message_template_name: "recordatorio_cita", message_template_language: "es", reason: "SCAM" });
    expect(await rowNamed(owner, meta.id, "recordatorio_cita")).toMatchObject({ status: "DISABLED", rejectedReason: "SCAM" });
    expect(await rowNamed(other, otherChannelId, "recordatorio_cita")).toMatchObject({ status: "PENDING", rejectedReason: null });
  });
});

describe("syncing with the provider", () => {
  const remote = (over: Partial<RemoteTemplate>): RemoteTemplate => ({
    id: "1",
    name: "x",
    language: "es",
    category: "UTILITY",
    status: "APPROVED",
    components: [{ type: "BODY", text: "Hola {{1}}, tu pedido {{2}} ha salido hoy." }],
    rejectedReason: null,
    ...over,
  });

  it("inserts new templates, updates known ones and is safe to repeat", async () => {
    const list = [
      remote({ id: "31", name: "promo_verano", status: "PAUSED", category: "MARKETING" }),
      remote({ id: "32", name: "pedido_enviado", components: [{ type: "HEADER", format: "TEXT", text: "Pedido {{1}}" }, { type: "BODY", text: "Hola {{1}}, tu pedido ha salido." }, { type: "BUTTONS", buttons: [{ type: "URL", text: "Ver", url: "https://x.example/{{1}}" }] }] }),
      remote({ id: "33", name: "saludo", language: "en_US", status: "REJECTED", rejectedReason: "INVALID_FORMAT" }),
      remote({ id: "34", name: "cliente_nombre", components: [{ type: "BODY", text: "Hola {{first_name}}, gracias por venir." }] }),
    ];
    const { provider } = fakeProvider({ listTemplates: async () => list });
    expect(await syncTemplates(owner, meta.id, { db: database.db, provider })).toEqual({ created: 3, updated: 1 });
    expect(await rowNamed(owner, meta.id, "promo_verano")).toMatchObject({ status: "PAUSED", category: "MARKETING", providerTemplateId: "31" });
    expect(await rowNamed(owner, meta.id, "pedido_enviado")).toMatchObject({ status: "APPROVED", variableCounts: { header: 1, body: 1, buttons: { 0: 1 } }, parameterFormat: "positional" });
    expect(await rowNamed(owner, meta.id, "saludo")).toMatchObject({ status: "REJECTED", rejectedReason: "INVALID_FORMAT", language: "en_US" });
    expect(await rowNamed(owner, meta.id, "cliente_nombre")).toMatchObject({ parameterFormat: "named", variableCounts: { body: 1 } });

    const before = (await rowsOf(owner, meta.id)).length;
    expect(await syncTemplates(owner, meta.id, { db: database.db, provider })).toEqual({ created: 0, updated: 4 });
    expect(await rowsOf(owner, meta.id)).toHaveLength(before);
    expect((await rowsOf(other, otherChannelId)).map((r) => r.status)).toEqual(["PENDING"]);
  });

  it("reports a provider failure without changing anything", async () => {
    const failing = fakeProvider({
      listTemplates: async () => {
        throw new ProviderError({ code: 190, httpStatus: 401, title: "Invalid OAuth access token", details: "token expired" });
      },
    });
    const before = await rowsOf(owner, meta.id);
    await expect(syncTemplates(owner, meta.id, { db: database.db, provider: failing.provider })).rejects.toMatchObject({ code: "bad_request:provider" });
    expect(await rowsOf(owner, meta.id)).toEqual(before);
  });

  it("lists a workspace's templates per channel, never another's", async () => {
    const all = await withTenant(owner.tenantId, (tx) => listTemplates(tx, owner), database.db);
    const onMeta = await withTenant(owner.tenantId, (tx) => listTemplates(tx, owner, { channelId: meta.id }), database.db);
    expect(all.length).toBeGreaterThan(onMeta.length);
    expect(onMeta.every((t) => t.channelId === meta.id)).toBe(true);
    expect(await withTenant(owner.tenantId, (tx) => listTemplates(tx, owner, { channelId: otherChannelId }), database.db)).toEqual([]);
  });
});
