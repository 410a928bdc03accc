import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Dialog360Client } from "./dialog360";
import { recordedForm, startFakeServer, type FakeServer } from "./fake-http";

let fake: FakeServer;
let client: Dialog360Client;

beforeAll(async () => {
  fake = await startFakeServer();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  client = new Dialog360Client({ apiKey: "d360-key", baseUrl: fake.baseUrl, displayPhoneNumber: "+15550783881" });
});

const last = () => fake.requests[fake.requests.length - 1];

describe("Dialog360Client", () => {
  it("posts the Cloud API body to /messages with the D360-API-KEY header and no bearer token", async () => {
    fake.reply({ json: { messaging_product: "whatsapp", contacts: [{ input: "16505551234", wa_id: "16505551234" }], messages: [{ id: "wamid.360" }] } });
    await expect(client.send("16505551234", { kind: "text", body: "Hi" }, { idempotencyKey: "out-9" })).resolves.toEqual({ wamid: "wamid.360" });
    expect(last()).toMatchObject({ method: "POST", path: "/messages" });
    expect(last().headers["d360-api-key"]).toBe("d360-key");
    expect(last().headers.authorization).toBeUndefined();
    expect(last().headers["content-type"]).toBe("application/json");
    expect(JSON.parse(last().body)).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to: "16505551234",
      type: "text",
      text: { body: "Hi" },
      biz_opaque_callback_data: "out-9",
    });
  });

  it("marks as read on /messages", async () => {
    fake.reply({ json: { success: true } });
    await client.markAsRead("wamid.X", { typing: true });
    expect(last()).toMatchObject({ method: "POST", path: "/messages" });
    expect(JSON.parse(last().body)).toEqual({ messaging_product: "whatsapp", status: "read", message_id: "wamid.X", typing_indicator: { type: "text" } });
  });

  it("gets media by id and downloads Meta's URL through 360dialog's host with the key", async () => {
    fake.reply(
      { json: { url: "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1003&ext=1&hash=h", mime_type: "audio/ogg", sha256: "abc", file_size: "2", id: "1003" } },
      { body: new Uint8Array([9, 8]) },
    );
    const info = await client.getMediaUrl("1003");
    expect(fake.requests[0]).toMatchObject({ method: "GET", path: "/1003" });
    expect(info).toEqual({ url: "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1003&ext=1&hash=h", mimeType: "audio/ogg", sha256: "abc", fileSize: 2 });
    expect(await client.downloadMedia(info.url)).toEqual(new Uint8Array([9, 8]));
    expect(fake.requests[1]).toMatchObject({ method: "GET", path: "/whatsapp_business/attachments/?mid=1003&ext=1&hash=h" });
    expect(fake.requests[1].headers["d360-api-key"]).toBe("d360-key");
  });

  it("throws Graph-format errors as ProviderError", async () => {
    fake.reply({ status: 400, json: { error: { message: "Message failed to send because more than 24 hours have passed", code: 131047, error_data: { details: "Re-engagement message" } } } });
    await expect(client.send("1", { kind: "text", body: "x" }, { idempotencyKey: "k" })).rejects.toMatchObject({ code: 131047, httpStatus: 400, details: "Re-engagement message" });
  });

  it("checks health on /health_status", async () => {
    fake.reply({ json: { health_status: { can_send_message: "AVAILABLE", entities: [{ entity_type: "PHONE_NUMBER", id: "1", can_send_message: "AVAILABLE" }] } } });
    expect(await client.checkHealth()).toEqual({ ok: true, displayPhoneNumber: "+15550783881", qualityRating: null, messagingTier: null });
    expect(last()).toMatchObject({ method: "GET", path: "/health_status" });
    fake.reply({ json: { health_status: { can_send_message: "BLOCKED", entities: [{ entity_type: "WABA", id: "2", can_send_message: "BLOCKED" }] } } });
    expect(await client.checkHealth()).toEqual({ ok: false, reason: "unknown", detail: "can_send_message=BLOCKED (WABA)" });
    fake.reply({ status: 401, json: { meta: { success: false, http_code: 401, developer_message: "Invalid api key" } } });
    expect(await client.checkHealth()).toMatchObject({ ok: false, reason: "token_expired" });
  });
});

describe("Dialog360Client media upload and templates", () => {
  it("uploads multipart to /media with the key", async () => {
    fake.reply({ json: { id: "360-media-1" } });
    await expect(client.uploadMedia(new Uint8Array([1, 2, 250]), "application/pdf", "menu.pdf")).resolves.toEqual({ id: "360-media-1" });
    expect(last()).toMatchObject({ method: "POST", path: "/media" });
    expect(last().headers["d360-api-key"]).toBe("d360-key");
    expect(last().headers.authorization).toBeUndefined();
    const form = await recordedForm(last());
    expect([form.get("messaging_product"), form.get("type"), (form.get("file") as File).name]).toEqual(["whatsapp", "application/pdf", "menu.pdf"]);
    expect(new Uint8Array(await (form.get("file") as File).arrayBuffer())).toEqual(new Uint8Array([1, 2, 250]));
  });

  it("creates a template on /v1/configs/templates with Meta's body", async () => {
    fake.reply({ json: { id: "d360-t1", name: "promo_es", language: "es", category: "MARKETING", status: "submitted", components: [] } });
    const components = [{ type: "BODY", text: "Hola {{1}}, hoy 2x1.", example: { body_text: [["Ana"]] } }];
    await expect(client.createTemplate({ name: "promo_es", language: "es", category: "MARKETING", parameterFormat: "positional", components })).resolves.toEqual({ id: "d360-t1", status: "SUBMITTED", category: "MARKETING" });
    expect(last()).toMatchObject({ method: "POST", path: "/v1/configs/templates" });
    expect(last().headers["d360-api-key"]).toBe("d360-key");
    expect(JSON.parse(last().body)).toEqual({ name: "promo_es", category: "MARKETING", language: "es", parameter_format: "positional", components });
  });

  it("lists templates page by page until total, mapping 360dialog's waba_templates", async () => {
    const t = (i: number) => ({ id: `t${i}`, external_id: `m${i}`, name: `n${i}`, language: "es", category: "utility", status: i === 0 ? "approved" : "REJECTED", rejected_reason: i === 0 ? "NONE" : "INVALID_FORMAT", components: [{ type: "BODY", text: "b" }] });
    fake.reply({ json: { count: 1, total: 2, offset: 0, limit: 1000, waba_templates: [t(0)] } }, { json: { count: 1, total: 2, offset: 1, limit: 1000, waba_templates: [t(1)] } });
    expect(await client.listTemplates()).toEqual([
      { id: "t0", name: "n0", language: "es", category: "UTILITY", status: "APPROVED", components: [{ type: "BODY", text: "b" }], rejectedReason: null },
      { id: "t1", name: "n1", language: "es", category: "UTILITY", status: "REJECTED", components: [{ type: "BODY", text: "b" }], rejectedReason: "INVALID_FORMAT" },
    ]);
    expect(fake.requests.map((r) => r.path)).toEqual(["/v1/configs/templates?limit=1000&offset=0", "/v1/configs/templates?limit=1000&offset=1"]);
  });
});
