import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Dialog360Client } from "./dialog360";
import { startFakeServer, type FakeServer } from "./fake-http";

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
