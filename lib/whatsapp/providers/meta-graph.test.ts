import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { recordedForm, startFakeServer, type FakeServer } from "./fake-http";
import { GRAPH_VERSION, MetaGraphClient } from "./meta-graph";
import { ProviderError } from "./provider-error";

let fake: FakeServer;
let client: MetaGraphClient;
const accepted = { json: { messaging_product: "whatsapp", contacts: [{ input: "16505551234", wa_id: "16505551234" }], messages: [{ id: "wamid.OK", message_status: "accepted" }] } };

beforeAll(async () => {
  fake = await startFakeServer();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.reply(accepted);
  client = new MetaGraphClient({ phoneNumberId: "106540352242922", accessToken: "EAAG-token", baseUrl: fake.baseUrl });
});

const last = () => fake.requests[fake.requests.length - 1];
const lastJson = () => JSON.parse(last().body) as unknown;

describe("MetaGraphClient.send", () => {
  it("posts a text message to /{version}/{phone-number-id}/messages with the bearer token", async () => {
    await expect(client.send("+16505551234", { kind: "text", body: "Hi", previewUrl: false }, { idempotencyKey: "out-1" })).resolves.toEqual({ wamid: "wamid.OK" });
    expect(GRAPH_VERSION).toBe("v26.0");
    expect(last().method).toBe("POST");
    expect(last().path).toBe("/v26.0/106540352242922/messages");
    expect(last().headers.authorization).toBe("Bearer EAAG-token");
    expect(last().headers["content-type"]).toBe("application/json");
    expect(lastJson()).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to: "16505551234",
      type: "text",
      text: { body: "Hi", preview_url: false },
      biz_opaque_callback_data: "out-1",
    });
  });

  it("uses a configured Graph version and sends a BSUID as `recipient`", async () => {
    const v25 = new MetaGraphClient({ phoneNumberId: "1", accessToken: "t", baseUrl: `${fake.baseUrl}/`, graphVersion: "v25.0" });
    await v25.send("BR.1502576394655843", { kind: "text", body: "Oi", replyTo: "wamid.Q" }, { idempotencyKey: "k" });
    expect(last().path).toBe("/v25.0/1/messages");
    expect(lastJson()).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      recipient: "BR.1502576394655843",
      type: "text",
      text: { body: "Oi" },
      context: { message_id: "wamid.Q" },
      biz_opaque_callback_data: "k",
    });
  });

  it("sends media by id and by link", async () => {
    await client.send("16505551234", { kind: "media", mediaType: "image", id: "MEDIA_ID", caption: "..." }, { idempotencyKey: "k" });
    expect(lastJson()).toMatchObject({ type: "image", image: { id: "MEDIA_ID", caption: "..." } });
    await client.send("16505551234", { kind: "media", mediaType: "document", link: "https://x.test/a.pdf", filename: "a.pdf" }, { idempotencyKey: "k" });
    expect((lastJson() as { document: unknown }).document).toEqual({ link: "https://x.test/a.pdf", filename: "a.pdf" });
  });

  it("sends reply buttons and lists exactly as the Cloud API expects", async () => {
    await client.send("1", { kind: "buttons", body: "Choose", buttons: [{ id: "yes", title: "Yes" }, { id: "no", title: "No" }] }, { idempotencyKey: "k" });
    expect((lastJson() as { interactive: unknown }).interactive).toEqual({
      type: "button",
      body: { text: "Choose" },
      action: { buttons: [{ type: "reply", reply: { id: "yes", title: "Yes" } }, { type: "reply", reply: { id: "no", title: "No" } }] },
    });
    await client.send(
      "1",
      { kind: "list", body: "Pick one", footer: "f", button: "Options", sections: [{ title: "Shipping", rows: [{ id: "exp", title: "Express", description: "1-2 days" }] }] },
      { idempotencyKey: "k" },
    );
    expect((lastJson() as { interactive: unknown }).interactive).toEqual({
      type: "list",
      body: { text: "Pick one" },
      footer: { text: "f" },
      action: { button: "Options", sections: [{ title: "Shipping", rows: [{ id: "exp", title: "Express", description: "1-2 days" }] }] },
    });
  });

  it("sends a template with header, body and button parameters", async () => {
    await client.send(
      "1",
      {
        kind: "template",
        name: "order_confirmation",
        language: "en_US",
        components: {
          header: [{ type: "image", media: { link: "https://x.test/h.jpg" } }],
          body: [
            { type: "text", text: "Jessica" },
            { type: "currency", fallbackValue: "$10", code: "USD", amount1000: 10000 },
          ],
          buttons: [
            { subType: "quick_reply", index: 0, parameters: [{ type: "payload", payload: "STOP_PROMO" }] },
            { subType: "url", index: 1, parameters: [{ type: "text", text: "order/123" }] },
          ],
        },
      },
      { idempotencyKey: "k" },
    );
    expect((lastJson() as { template: unknown }).template).toEqual({
      name: "order_confirmation",
      language: { code: "en_US" },
      components: [
        { type: "header", parameters: [{ type: "image", image: { link: "https://x.test/h.jpg" } }] },
        { type: "body", parameters: [{ type: "text", text: "Jessica" }, { type: "currency", currency: { fallback_value: "$10", code: "USD", amount_1000: 10000 } }] },
        { type: "button", sub_type: "quick_reply", index: "0", parameters: [{ type: "payload", payload: "STOP_PROMO" }] },
        { type: "button", sub_type: "url", index: "1", parameters: [{ type: "text", text: "order/123" }] },
      ],
    });
  });

  it("refuses an invalid message without any request", async () => {
    const err = await client.send("1", { kind: "buttons", body: "b", buttons: [1, 2, 3, 4].map((i) => ({ id: `${i}`, title: "x" })) }, { idempotencyKey: "k" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({ code: 100, httpStatus: 0, title: "validation_failed", details: "buttons: must have 1 to 3 buttons (got 4)" });
    expect(fake.requests).toHaveLength(0);
  });

  it("parses Graph errors and Retry-After into ProviderError", async () => {
    fake.reply({
      status: 400,
      headers: { "Retry-After": "7" },
      json: { error: { message: "(#131056) Pair rate limit hit", type: "OAuthException", code: 131056, error_data: { messaging_product: "whatsapp", details: "Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time." }, fbtrace_id: "A1" } },
    });
    const err = (await client.send("1", { kind: "text", body: "x" }, { idempotencyKey: "k" }).catch((e: unknown) => e)) as ProviderError;
    expect(err).toMatchObject({ code: 131056, httpStatus: 400, title: "(#131056) Pair rate limit hit", retryAfterMs: 7000 });
    expect(err.details).toMatch(/too many messages/);
    fake.reply({ status: 502, body: "<html>Bad gateway</html>" });
    await expect(client.send("1", { kind: "text", body: "x" }, { idempotencyKey: "k" })).rejects.toMatchObject({ code: 1, httpStatus: 502, details: "<html>Bad gateway</html>" });
  });
});

describe("MetaGraphClient other calls", () => {
  it("marks as read with and without the typing indicator", async () => {
    fake.reply({ json: { success: true } });
    await client.markAsRead("wamid.X", { typing: true });
    expect(last().path).toBe("/v26.0/106540352242922/messages");
    expect(lastJson()).toEqual({ messaging_product: "whatsapp", status: "read", message_id: "wamid.X", typing_indicator: { type: "text" } });
    await client.markAsRead("wamid.Y");
    expect(lastJson()).toEqual({ messaging_product: "whatsapp", status: "read", message_id: "wamid.Y" });
  });

  it("gets a media URL, then downloads it with the bearer token", async () => {
    fake.reply(
      (_req, base) => ({ json: { url: `${base}/whatsapp_business/attachments/?mid=1003&ext=1&hash=h`, mime_type: "image/jpeg", sha256: "SfIn", file_size: 3, id: "1003", messaging_product: "whatsapp" } }),
      { headers: { "Content-Type": "image/jpeg" }, body: new Uint8Array([1, 2, 3]) },
    );
    const info = await client.getMediaUrl("1003");
    expect(fake.requests[0]).toMatchObject({ method: "GET", path: "/v26.0/1003?phone_number_id=106540352242922" });
    expect(fake.requests[0].headers.authorization).toBe("Bearer EAAG-token");
    expect(info).toEqual({ url: `${fake.baseUrl}/whatsapp_business/attachments/?mid=1003&ext=1&hash=h`, mimeType: "image/jpeg", sha256: "SfIn", fileSize: 3 });
    expect(await client.downloadMedia(info.url)).toEqual(new Uint8Array([1, 2, 3]));
    expect(fake.requests[1]).toMatchObject({ method: "GET", path: "/whatsapp_business/attachments/?mid=1003&ext=1&hash=h" });
    expect(fake.requests[1].headers.authorization).toBe("Bearer EAAG-token");
  });

  it("never sends the token to a host that is not Meta's or the configured one", async () => {
    await expect(client.downloadMedia("https://evil.test/a.jpg")).rejects.toMatchObject({ title: "media_host_refused", httpStatus: 0 });
    expect(fake.requests).toHaveLength(0);
  });

  it("reports health from the phone-number object", async () => {
    fake.reply({ json: { display_phone_number: "+1 555-078-3881", quality_rating: "GREEN", whatsapp_business_manager_messaging_limit: "TIER_2K", id: "106540352242922" } });
    expect(await client.checkHealth()).toEqual({ ok: true, displayPhoneNumber: "+1 555-078-3881", qualityRating: "GREEN", messagingTier: "TIER_2K" });
    expect(last()).toMatchObject({ method: "GET", path: "/v26.0/106540352242922?fields=display_phone_number,quality_rating,whatsapp_business_manager_messaging_limit" });
  });

  it("maps health failures: 190 → token_expired, 100/33 → wrong_id, no answer → unreachable", async () => {
    fake.reply({ status: 401, json: { error: { message: "Error validating access token: Session has expired", type: "OAuthException", code: 190, error_subcode: 463 } } });
    expect(await client.checkHealth()).toMatchObject({ ok: false, reason: "token_expired" });
    fake.reply({ status: 400, json: { error: { message: "Unsupported get request. Object with ID '999' does not exist", type: "GraphMethodException", code: 100, error_subcode: 33 } } });
    expect(await client.checkHealth()).toMatchObject({ ok: false, reason: "wrong_id" });
    fake.reply({ status: 500, json: { error: { message: "An unknown error occurred", code: 1 } } });
    expect(await client.checkHealth()).toMatchObject({ ok: false, reason: "unknown" });
    const down = new MetaGraphClient({ phoneNumberId: "1", accessToken: "t", baseUrl: "http://127.0.0.1:1" });
    expect(await down.checkHealth()).toMatchObject({ ok: false, reason: "unreachable" });
  });
});

describe("MetaGraphClient media upload and templates", () => {
  const waba = () => new MetaGraphClient({ phoneNumberId: "106540352242922", wabaId: "102290129340398", accessToken: "EAAG-token", baseUrl: fake.baseUrl });
  const def = {
    name: "order_shipped",
    language: "es",
    category: "UTILITY" as const,
    components: [{ type: "BODY", text: "Hola {{1}}, tu pedido {{2}} ya salió.", example: { body_text: [["Ana", "A-12"]] } }],
  };

  it("uploads a file as multipart to /{phone-number-id}/media and returns its id", async () => {
    fake.reply({ json: { id: "4490709327384033" } });
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x80, 0x7f]);
    await expect(client.uploadMedia(bytes, "image/jpeg", "menu.jpg")).resolves.toEqual({ id: "4490709327384033" });
    expect(last()).toMatchObject({ method: "POST", path: "/v26.0/106540352242922/media" });
    expect(last().headers.authorization).toBe("Bearer EAAG-token");
    expect(last().headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await recordedForm(last());
    expect(form.get("messaging_product")).toBe("whatsapp");
    expect(form.get("type")).toBe("image/jpeg");
    const file = form.get("file") as File;
    expect(file.name).toBe("menu.jpg");
    expect(file.type).toBe("image/jpeg");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
  });

  it("creates a template on /{WABA_ID}/message_templates with Meta's body", async () => {
    fake.reply({ json: { id: "594425479261596", status: "PENDING", category: "UTILITY" } });
    await expect(waba().createTemplate(def)).resolves.toEqual({ id: "594425479261596", status: "PENDING", category: "UTILITY" });
    expect(last()).toMatchObject({ method: "POST", path: "/v26.0/102290129340398/message_templates" });
    expect(last().headers["content-type"]).toBe("application/json");
    expect(lastJson()).toEqual({ name: "order_shipped", category: "UTILITY", language: "es", parameter_format: "positional", components: def.components });
  });

  it("turns template validation errors (code 100, subcode 2388xxx) into ProviderError with the user message", async () => {
    fake.reply({
      status: 400,
      json: { error: { message: "Invalid parameter", type: "OAuthException", code: 100, error_subcode: 2388299, is_transient: false, error_user_title: "Leading or trailing params not allowed", error_user_msg: "Variables can't be at the start or end of the template.", fbtrace_id: "A" } },
    });
    await expect(waba().createTemplate(def)).rejects.toMatchObject({ code: 100, subcode: 2388299, httpStatus: 400, title: "Invalid parameter", details: "Variables can't be at the start or end of the template." });
  });

  it("lists templates following paging.next cursors on the same host", async () => {
    fake.reply(
      (_req, base) => ({ json: { data: [{ id: "1", name: "a", language: "es", category: "UTILITY", status: "APPROVED", components: [{ type: "BODY", text: "x" }], rejected_reason: "NONE" }], paging: { cursors: { after: "C1" }, next: `${base}/v26.0/102290129340398/message_templates?after=C1&limit=100` } } }),
      { json: { data: [{ id: "2", name: "b", language: "en_US", category: "MARKETING", status: "REJECTED", components: [], rejected_reason: "TAG_CONTENT_MISMATCH" }], paging: { cursors: { before: "C1" } } } },
    );
    expect(await waba().listTemplates()).toEqual([
      { id: "1", name: "a", language: "es", category: "UTILITY", status: "APPROVED", components: [{ type: "BODY", text: "x" }], rejectedReason: null },
      { id: "2", name: "b", language: "en_US", category: "MARKETING", status: "REJECTED", components: [], rejectedReason: "TAG_CONTENT_MISMATCH" },
    ]);
    expect(fake.requests.map((r) => r.path)).toEqual([
      "/v26.0/102290129340398/message_templates?fields=name,status,category,language,components,rejected_reason&limit=100",
      "/v26.0/102290129340398/message_templates?after=C1&limit=100",
    ]);
    expect(fake.requests[1].headers.authorization).toBe("Bearer EAAG-token");
  });

  it("never follows a paging link to another host with the token", async () => {
    fake.reply({ json: { data: [], paging: { next: "https://evil.test/steal?after=x" } } });
    await expect(waba().listTemplates()).rejects.toMatchObject({ title: "paging_host_refused", httpStatus: 0 });
    expect(fake.requests).toHaveLength(1);
  });
});
