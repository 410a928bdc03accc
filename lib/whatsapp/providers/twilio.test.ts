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
