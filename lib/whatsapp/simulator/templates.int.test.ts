import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/engine";
import { simulatorTemplates, webhookEvents } from "@/db/schema";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import type { ProviderError } from "../providers/provider-error";
import type { TemplateDefinition } from "../providers/types";
import { signMetaBody } from "../webhook/signature";
import { setSimulatorTemplateStatus } from "./template-review";
import { SIM_BASE, simulatorWorld } from "./test-kit";

let database: Database;
let world: Awaited<ReturnType<typeof simulatorWorld>>;

beforeAll(async () => {
  database = await openTestDatabase();
  world = await simulatorWorld(database.db, { forwardToIntake: true });
});
afterAll(async () => {
  await world?.settle();
  await database?.close();
});

const shipped: TemplateDefinition = {
  name: "pedido_enviado",
  language: "es",
  category: "UTILITY",
  components: [
    { type: "HEADER", format: "TEXT", text: "Pedido {{1}}", example: { header_text: ["A-12"] } },
    { type: "BODY", text: "Hola {{1}}, tu pedido {{2}} ya salió y llega el {{3}}.", example: { body_text: [["Ana", "A-12", "jueves"]] } },
    { type: "FOOTER", text: "Tienda Hilo" },
    { type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "Gracias" }, { type: "URL", text: "Seguir envío", url: "https://hilo.test/envio/{{1}}", example: ["https://hilo.test/envio/A-12"] }] },
  ],
};
const templateWebhooks = () => world.webhooksOf("message_template_status_update");
const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as ProviderError);

describe("template lifecycle", () => {
  it("create → PENDING, reviewed → APPROVED, a signed status webhook reaches the intake, then it sends outside the window", async () => {
    const created = await world.client.createTemplate(shipped);
    expect(created).toEqual({ id: expect.any(String), status: "PENDING", category: "UTILITY" });

    await expect.poll(() => templateWebhooks().length).toBe(1);
    const hook = templateWebhooks()[0];
    expect(hook.channelId).toBe(world.channel.id);
    expect(hook.signature).toBe(signMetaBody(hook.raw, world.appSecret));
    expect(hook.payload).toEqual({
      object: "whatsapp_business_account",
      entry: [
        {
          id: world.phoneNumberId,
          time: expect.any(Number),
          changes: [
            {
              field: "message_template_status_update",
              value: { event: "APPROVED", message_template_id: created.id, message_template_name: "pedido_enviado", message_template_language: "es", reason: "NONE", message_template_category: "UTILITY" },
            },
          ],
        },
      ],
    });
    expect(world.intakeStatuses).toEqual([200]);
    const events = await withTenant(world.owner.tenantId, (tx) => tx.select().from(webhookEvents).where(and(eq(webhookEvents.tenantId, world.owner.tenantId), eq(webhookEvents.kind, "template_update"))), database.db);
    expect(events).toHaveLength(1);

    const listed = await world.client.listTemplates();
    expect(listed).toEqual([{ id: created.id, name: "pedido_enviado", language: "es", category: "UTILITY", status: "APPROVED", components: shipped.components, rejectedReason: null }]);

    // The customer never wrote: templates may still be sent, free-form may not.
    const sent = await world.client.send(
      "34611000001",
      {
        kind: "template",
        name: "pedido_enviado",
        language: "es",
        components: {
          header: [{ type: "text", text: "A-12" }],
          body: [{ type: "text", text: "Ana" }, { type: "text", text: "A-12" }, { type: "text", text: "jueves" }],
          buttons: [{ subType: "url", index: 1, parameters: [{ type: "text", text: "A-12" }] }],
        },
      },
      { idempotencyKey: "out-1" },
    );
    expect(sent.wamid).toMatch(/^wamid\./);
    await expect.poll(() => world.webhooksOf("messages").find((d) => JSON.stringify(d.payload).includes(sent.wamid) && d.raw.includes('"sent"'))).toBeTruthy();
    const sentHook = world.webhooksOf("messages").find((d) => d.raw.includes(sent.wamid) && d.raw.includes('"sent"'))!;
    expect((sentHook.payload.entry[0].changes[0].value.statuses as Record<string, unknown>[])[0]).toMatchObject({ pricing: { category: "utility", type: "regular", billable: true }, biz_opaque_callback_data: "out-1" });
    expect(await errorOf(world.client.send("34611000001", { kind: "text", body: "¿sigues ahí?" }, { idempotencyKey: "k" }))).toMatchObject({ code: 131047 });
  });

  it("rejects after review: promotional words in a UTILITY template, variables side by side", async () => {
    const before = templateWebhooks().length;
    const promo = await world.client.createTemplate({ name: "aviso_oferta", language: "es", category: "UTILITY", components: [{ type: "BODY", text: "Aprovecha el descuento del 20% en tu próxima compra, {{1}} querida." , example: { body_text: [["Ana"]] } }] });
    const adjacent = await world.client.createTemplate({ name: "cita_hora", language: "es", category: "UTILITY", components: [{ type: "BODY", text: "Tu cita es el {{1}} {{2}} en la tienda.", example: { body_text: [["jueves", "18:30"]] } }] });
    await expect.poll(() => templateWebhooks().length).toBe(before + 2);
    const verdicts = Object.fromEntries(templateWebhooks().slice(before).map((h) => [h.payload.entry[0].changes[0].value.message_template_id, h.payload.entry[0].changes[0].value]));
    expect(verdicts[promo.id]).toMatchObject({ event: "REJECTED", reason: "TAG_CONTENT_MISMATCH", message_template_name: "aviso_oferta" });
    expect(verdicts[adjacent.id]).toMatchObject({ event: "REJECTED", reason: "INVALID_FORMAT" });
    expect((await world.client.listTemplates()).find((t) => t.id === promo.id)).toMatchObject({ status: "REJECTED", rejectedReason: "TAG_CONTENT_MISMATCH" });
    // The same words are fine in a MARKETING template.
    const marketing = await world.client.createTemplate({ name: "aviso_oferta", language: "en", category: "MARKETING", components: [{ type: "BODY", text: "Enjoy a 20% discount on your next order, {{1}} friend.", example: { body_text: [["Ana"]] } }] });
    await expect.poll(async () => (await world.client.listTemplates()).find((t) => t.id === marketing.id)?.status).toBe("APPROVED");
    expect(await errorOf(world.client.send("34611000002", { kind: "template", name: "aviso_oferta", language: "es", components: { body: [{ type: "text", text: "Ana" }] } }, { idempotencyKey: "k" }))).toMatchObject({ code: 132001 });
  });
});

describe("template creation is validated like Meta's", () => {
  const body = (text: string, example: unknown = { body_text: [["Ana", "B"]] }) => [{ type: "BODY", text, example }];
  const cases: [string, TemplateDefinition, number | undefined, RegExp][] = [
    ["a variable first", { name: "v_first", language: "es", category: "UTILITY", components: body("{{1}}, tu pedido salió", { body_text: [["Ana"]] }) }, 2388299, /start or end/],
    ["a variable last", { name: "v_last", language: "es", category: "UTILITY", components: body("Tu pedido salió, {{1}}", { body_text: [["Ana"]] }) }, 2388299, /start or end/],
    ["no example values", { name: "no_example", language: "es", category: "UTILITY", components: body("Hola {{1}}, tu pedido salió.", null) }, 2388043, /example/],
    ["a body over 1024", { name: "long_body", language: "es", category: "UTILITY", components: body(`Hola ${"a".repeat(1030)} fin`) }, 2388040, /1024/],
    ["two header variables", { name: "two_header", language: "es", category: "UTILITY", components: [{ type: "HEADER", format: "TEXT", text: "{{1}} y {{2}}", example: { header_text: ["a", "b"] } }, ...body("Hola amiga.")] }, 2388047, /one variable/],
    ["a header over 60", { name: "long_header", language: "es", category: "UTILITY", components: [{ type: "HEADER", format: "TEXT", text: "h".repeat(61) }, ...body("Hola amiga.")] }, 2388040, /60/],
    ["a footer over 60", { name: "long_footer", language: "es", category: "UTILITY", components: [...body("Hola amiga."), { type: "FOOTER", text: "f".repeat(61) }] }, 2388040, /60/],
    ["eleven quick replies", { name: "many_buttons", language: "es", category: "MARKETING", components: [...body("Hola amiga."), { type: "BUTTONS", buttons: Array.from({ length: 11 }, (_, i) => ({ type: "QUICK_REPLY", text: `B${i}` })) }] }, undefined, /1 to 10/],
    ["a 26-character label", { name: "long_label", language: "es", category: "MARKETING", components: [...body("Hola amiga."), { type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "x".repeat(26) }] }] }, 2388040, /25/],
    ["an uppercase name", { name: "Pedido", language: "es", category: "UTILITY", components: body("Hola amiga.") }, undefined, /lowercase/],
    ["no language", { name: "no_lang", language: "", category: "UTILITY", components: body("Hola amiga.") }, undefined, /language/],
    ["no body", { name: "no_body", language: "es", category: "UTILITY", components: [{ type: "FOOTER", text: "x" }] }, undefined, /BODY/],
  ];
  it.each(cases)("refuses %s with 400, code 100 and Meta's subcode", async (_what, def, subcode, message) => {
    const e = await errorOf(world.client.createTemplate(def));
    expect(e).toMatchObject({ code: 100, httpStatus: 400, title: "Invalid parameter" });
    expect(e?.subcode).toBe(subcode);
    expect(e?.details).toMatch(message);
  });

  it("refuses a second template with the same name and language (2388024), but not another language", async () => {
    const def: TemplateDefinition = { name: "bienvenida", language: "es", category: "UTILITY", components: body("Hola, gracias por escribirnos.") };
    await world.client.createTemplate(def);
    expect(await errorOf(world.client.createTemplate(def))).toMatchObject({ code: 100, subcode: 2388024 });
    await expect(world.client.createTemplate({ ...def, language: "en_US" })).resolves.toMatchObject({ status: "PENDING" });
  });
});

describe("template sends are checked like Meta's", () => {
  let id: string;
  beforeAll(async () => {
    ({ id } = await world.client.createTemplate({ name: "recordatorio", language: "es", category: "UTILITY", components: [{ type: "BODY", text: "Hola {{1}}, te esperamos el {{2}} en la tienda.", example: { body_text: [["Ana", "jueves"]] } }] }));
    await vi.waitFor(async () => expect((await world.client.listTemplates()).find((t) => t.id === id)?.status).toBe("APPROVED"));
  });
  const send = (name: string, language: string, values: string[]) =>
    errorOf(world.client.send("34611000003", { kind: "template", name, language, components: { body: values.map((text) => ({ type: "text" as const, text })) } }, { idempotencyKey: "k" }));

  it("unknown name or language → 132001", async () => {
    expect(await send("no_existe", "es", ["a"])).toMatchObject({ code: 132001, httpStatus: 404 });
    expect(await send("recordatorio", "pt_BR", ["a", "b"])).toMatchObject({ code: 132001 });
  });

  it("parameter count per component → 132000", async () => {
    expect(await send("recordatorio", "es", ["Ana"])).toMatchObject({ code: 132000, details: expect.stringMatching(/body: .*\(1\).*\(2\)/) });
    expect(await send("recordatorio", "es", ["Ana", "jueves", "extra"])).toMatchObject({ code: 132000 });
    expect(await send("recordatorio", "es", ["Ana", "jueves"])).toBeNull();
  });

  it("not yet approved → 132001; paused → 132015; disabled → 132016 (each announced by webhook)", async () => {
    // A review that takes an hour: the template stays PENDING for this test.
    const slowMeta = world.clientWith({ reviewDelayMs: 3_600_000 });
    const pending = await slowMeta.createTemplate({ name: "en_revision", language: "es", category: "UTILITY", components: [{ type: "BODY", text: "Hola, esto sigue en revisión." }] });
    expect(pending.status).toBe("PENDING");
    expect(await send("en_revision", "es", [])).toMatchObject({ code: 132001, details: expect.stringMatching(/PENDING/) });
    await withTenant(world.owner.tenantId, (tx) => tx.update(simulatorTemplates).set({ status: "REJECTED" }).where(and(eq(simulatorTemplates.tenantId, world.owner.tenantId), eq(simulatorTemplates.id, pending.id))), database.db);
    expect(await send("en_revision", "es", [])).toMatchObject({ code: 132001, details: expect.stringMatching(/REJECTED/) });

    await setSimulatorTemplateStatus(database.db, world.owner.tenantId, id, "PAUSED", null, world.deps.deliver);
    expect(await send("recordatorio", "es", ["Ana", "jueves"])).toMatchObject({ code: 132015 });
    await setSimulatorTemplateStatus(database.db, world.owner.tenantId, id, "DISABLED", null, world.deps.deliver);
    expect(await send("recordatorio", "es", ["Ana", "jueves"])).toMatchObject({ code: 132016 });
    expect(templateWebhooks().map((h) => h.payload.entry[0].changes[0].value).filter((v) => v.message_template_id === id).map((v) => v.event)).toEqual(["APPROVED", "PAUSED", "DISABLED"]);
  });
});

describe("template list", () => {
  it("pages with Meta's cursors and an absolute next link back to the simulator", async () => {
    const first = await world.graph("GET", `${world.phoneNumberId}/message_templates?limit=2&fields=name,status`);
    expect(first.status).toBe(200);
    const data = first.body.data as Record<string, unknown>[];
    expect(data).toHaveLength(2);
    expect(Object.keys(data[0]).sort()).toEqual(["id", "name", "status"]);
    const paging = first.body.paging as { cursors: { after: string }; next: string };
    expect(paging.next.startsWith(`${SIM_BASE}/v26.0/${world.phoneNumberId}/message_templates?`)).toBe(true);
    const all = await world.client.listTemplates();
    expect(all.length).toBeGreaterThan(2);
    const second = await world.fetchWith()(paging.next, { headers: { authorization: "Bearer x" } });
    expect(((await second.json()) as { data: { id: string }[] }).data.map((t) => t.id)).toEqual(all.slice(2, 4).map((t) => t.id));
  });
});
