import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeServer, type FakeServer } from "./fake-http";
import { ProviderError } from "./provider-error";
import { TwilioClient } from "./twilio";
import type { WhatsAppProvider } from "./types";

let fake: FakeServer;
let client: TwilioClient;
const SID = "AC00000000000000000000000000000001";
const messagePath = `/2010-04-01/Accounts/${SID}/Messages.json`;
const queued = { status: 201, json: { sid: "SM123", status: "queued", account_sid: SID } };

beforeAll(async () => {
  fake = await startFakeServer();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.reply(queued);
  client = new TwilioClient({ accountSid: SID, authToken: "tw-token", from: "+14155238886", baseUrl: fake.baseUrl, statusCallbackUrl: "https://hilo.test/api/webhooks/twilio/status" });
});

const last = () => fake.requests[fake.requests.length - 1];
const form = () => Object.fromEntries(new URLSearchParams(last().body));
const basic = `Basic ${Buffer.from(`${SID}:tw-token`).toString("base64")}`;

describe("TwilioClient.send", () => {
  it("posts a form-encoded text with basic auth and returns the Message SID", async () => {
    await expect(client.send("+16505551234", { kind: "text", body: "Hola" }, { idempotencyKey: "k" })).resolves.toEqual({ wamid: "SM123" });
    expect(last()).toMatchObject({ method: "POST", path: messagePath });
    expect(last().headers.authorization).toBe(basic);
    expect(last().headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(last().body).toBe("To=whatsapp%3A%2B16505551234&From=whatsapp%3A%2B14155238886&Body=Hola&StatusCallback=https%3A%2F%2Fhilo.test%2Fapi%2Fwebhooks%2Ftwilio%2Fstatus");
  });

  it("sends templates by ContentSid with ContentVariables as a JSON string", async () => {
    await client.send(
      "16505551234",
      { kind: "template", name: "order_confirmation", language: "en_US", contentSid: "HXabc", components: { body: [{ type: "text", text: "Jessica" }, { type: "text", text: "SKBUP2" }] } },
      { idempotencyKey: "k" },
    );
    expect(form()).toEqual({
      To: "whatsapp:+16505551234",
      From: "whatsapp:+14155238886",
      ContentSid: "HXabc",
      ContentVariables: '{"1":"Jessica","2":"SKBUP2"}',
      StatusCallback: "https://hilo.test/api/webhooks/twilio/status",
    });
  });

  it("sends media by MediaUrl with the caption as Body", async () => {
    await client.send("1", { kind: "media", mediaType: "image", link: "https://cdn.test/a.jpg", caption: "Menu" }, { idempotencyKey: "k" });
    expect(form()).toMatchObject({ MediaUrl: "https://cdn.test/a.jpg", Body: "Menu" });
  });

  it("refuses what Twilio cannot send, without a request", async () => {
    await expect(client.send("1", { kind: "media", mediaType: "image", id: "123" }, { idempotencyKey: "k" })).rejects.toMatchObject({ title: "unsupported_on_twilio", httpStatus: 0 });
    await expect(client.send("1", { kind: "template", name: "x", language: "es" }, { idempotencyKey: "k" })).rejects.toMatchObject({ title: "unsupported_on_twilio" });
    await expect(client.send("1", { kind: "buttons", body: "b", buttons: [{ id: "a", title: "A" }] }, { idempotencyKey: "k" })).rejects.toMatchObject({ title: "unsupported_on_twilio" });
    expect(fake.requests).toHaveLength(0);
  });

  it("maps Twilio error codes to Meta-equivalent codes, keeping Twilio's", async () => {
    const cases: [number, number, number, string][] = [
      [400, 63016, 131047, "window_closed"],
      [400, 21211, 131009, "invalid_number"],
      [401, 20003, 190, "auth_failed"],
      [429, 20429, 130429, "rate_limited"],
      [400, 99999, 131000, "twilio_error"],
    ];
    for (const [status, twilioCode, code, title] of cases) {
      fake.reply({ status, headers: status === 429 ? { "Retry-After": "2" } : {}, json: { code: twilioCode, message: `m${twilioCode}`, more_info: `https://www.twilio.com/docs/errors/${twilioCode}`, status } });
      const err = (await client.send("1", { kind: "text", body: "x" }, { idempotencyKey: "k" }).catch((e: unknown) => e)) as ProviderError;
      expect(err).toBeInstanceOf(ProviderError);
      expect(err).toMatchObject({ code, title, httpStatus: status, providerCode: twilioCode, details: `m${twilioCode}` });
      expect(err.retryAfterMs).toBe(status === 429 ? 2000 : undefined);
    }
  });
});

describe("TwilioClient media and health", () => {
  it("reads media metadata from MediaUrl.json and downloads with basic auth", async () => {
    const mediaUrl = `${fake.baseUrl}/2010-04-01/Accounts/${SID}/Messages/MM1/Media/ME1`;
    fake.reply({ json: { sid: "ME1", content_type: "image/jpeg" } }, { body: new Uint8Array([7]) });
    expect(await client.getMediaUrl(mediaUrl)).toEqual({ url: mediaUrl, mimeType: "image/jpeg", sha256: null, fileSize: null });
    expect(fake.requests[0]).toMatchObject({ method: "GET", path: `/2010-04-01/Accounts/${SID}/Messages/MM1/Media/ME1.json` });
    expect(await client.downloadMedia(mediaUrl)).toEqual(new Uint8Array([7]));
    expect(fake.requests[1].headers.authorization).toBe(basic);
    await expect(client.downloadMedia("https://evil.test/x")).rejects.toMatchObject({ title: "media_host_refused" });
  });

  it("checks health on the account resource", async () => {
    fake.reply({ json: { sid: SID, status: "active" } });
    expect(await client.checkHealth()).toEqual({ ok: true, displayPhoneNumber: "+14155238886", qualityRating: null, messagingTier: null });
    expect(last()).toMatchObject({ method: "GET", path: `/2010-04-01/Accounts/${SID}.json` });
    fake.reply({ status: 401, json: { code: 20003, message: "Authenticate", status: 401 } });
    expect(await client.checkHealth()).toMatchObject({ ok: false, reason: "token_expired" });
    fake.reply({ status: 404, json: { code: 20404, message: "The requested resource was not found", status: 404 } });
    expect(await client.checkHealth()).toMatchObject({ ok: false, reason: "wrong_id" });
  });

  it("has no read receipts: markAsRead makes no request", async () => {
    const provider: WhatsAppProvider = client;
    await provider.markAsRead("SM1", { typing: true });
    expect(fake.requests).toHaveLength(0);
  });
});

describe("TwilioClient templates and media upload", () => {
  it("has no upload and no template creation: both refuse without a request, saying what to do instead", async () => {
    await expect(client.uploadMedia(new Uint8Array([1]), "image/jpeg")).rejects.toMatchObject({ title: "unsupported_on_twilio", httpStatus: 0, details: expect.stringMatching(/public URL/) });
    await expect(client.createTemplate({ name: "x", language: "es", category: "UTILITY", components: [] })).rejects.toMatchObject({ title: "unsupported_on_twilio", details: expect.stringMatching(/Content API or Console.*Content SID/) });
    expect(fake.requests).toHaveLength(0);
  });

  it("lists WhatsApp-submitted Content from ContentAndApprovals, following next_page_url, with basic auth", async () => {
    const approved = {
      sid: "HX5fcd48a417c1cb59da349ad6d5da4607",
      friendly_name: "Media Test",
      language: "es",
      types: { "twilio/media": { body: "{{1}}, tu pedido {{2}} salió.", media: ["https://example.com/h.jpg"] } },
      approval_requests: { category: "UTILITY", status: "approved", rejection_reason: "", name: "pedido_enviado", content_type: "twilio/media", allow_category_change: false },
    };
    const rejected = {
      sid: "HX15c711fcc6d9ea5268d7ab77938a20ff",
      friendly_name: "Promo",
      language: "en",
      types: { "twilio/quick-reply": { body: "Want the deal?", actions: [{ title: "Yes", id: "yes" }, { title: "Stop", id: "stop" }] } },
      approval_requests: { category: "MARKETING", status: "rejected", rejection_reason: "INVALID_FORMAT", name: "promo", content_type: "twilio/quick-reply" },
    };
    const draft = { sid: "HXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", friendly_name: "Draft", language: "en", types: { "twilio/text": { body: "hi" } }, approval_requests: { name: "", category: "", content_type: "", status: "unsubmitted", rejection_reason: "" } };
    fake.reply(
      (_req, base) => ({ json: { contents: [approved, draft], meta: { page: 0, page_size: 500, next_page_url: `${base}/v1/ContentAndApprovals?PageSize=500&Page=1&PageToken=PT1`, key: "contents" } } }),
      { json: { contents: [rejected], meta: { page: 1, page_size: 500, next_page_url: null, key: "contents" } } },
    );
    expect(await client.listTemplates()).toEqual([
      {
        id: "HX5fcd48a417c1cb59da349ad6d5da4607",
        name: "pedido_enviado",
        language: "es",
        category: "UTILITY",
        status: "APPROVED",
        components: [{ type: "HEADER", format: "IMAGE", example: { header_handle: ["https://example.com/h.jpg"] } }, { type: "BODY", text: "{{1}}, tu pedido {{2}} salió." }],
        rejectedReason: null,
      },
      {
        id: "HX15c711fcc6d9ea5268d7ab77938a20ff",
        name: "promo",
        language: "en",
        category: "MARKETING",
        status: "REJECTED",
        components: [{ type: "BODY", text: "Want the deal?" }, { type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "Yes" }, { type: "QUICK_REPLY", text: "Stop" }] }],
        rejectedReason: "INVALID_FORMAT",
      },
    ]);
    expect(fake.requests.map((r) => [r.method, r.path])).toEqual([
      ["GET", "/v1/ContentAndApprovals?PageSize=500"],
      ["GET", "/v1/ContentAndApprovals?PageSize=500&Page=1&PageToken=PT1"],
    ]);
    expect(fake.requests.every((r) => r.headers.authorization === basic)).toBe(true);
  });

  it("uses content.twilio.com by default and never sends credentials to another host", async () => {
    const seen: string[] = [];
    const real = new TwilioClient({ accountSid: SID, authToken: "tw-token", from: "+14155238886", fetch: async (url) => (seen.push(url), Response.json({ contents: [], meta: { next_page_url: "https://evil.test/next" } })) });
    await expect(real.listTemplates()).rejects.toMatchObject({ title: "media_host_refused" });
    expect(seen).toEqual(["https://content.twilio.com/v1/ContentAndApprovals?PageSize=500"]);
  });
});
