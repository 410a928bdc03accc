import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dialog360Client } from "./dialog360";
import { startFakeServer, type FakeServer } from "./fake-http";
import { providerFor } from "./index";
import { MetaGraphClient } from "./meta-graph";
import { TwilioClient } from "./twilio";

let fake: FakeServer;
beforeAll(async () => {
  fake = await startFakeServer();
});
afterAll(() => fake.close());

describe("providerFor", () => {
  it("returns the client for each provider", () => {
    expect(providerFor({ provider: "meta", phoneNumberId: "1", accessToken: "t" })).toBeInstanceOf(MetaGraphClient);
    expect(providerFor({ provider: "dialog360", phoneNumberId: null, accessToken: "k" })).toBeInstanceOf(Dialog360Client);
    expect(providerFor({ provider: "twilio", phoneNumberId: "AC1", accessToken: "t", displayPhoneNumber: "+1555" })).toBeInstanceOf(TwilioClient);
  });

  it("runs the real Meta code path against the simulator's base URL", async () => {
    fake.reply({ json: { messages: [{ id: "wamid.SIM" }] } });
    const p = providerFor({ provider: "simulator", phoneNumberId: "sim-1", accessToken: null }, { baseUrlOverride: fake.baseUrl });
    await expect(p.send("5215512345678", { kind: "text", body: "hola" }, { idempotencyKey: "k" })).resolves.toEqual({ wamid: "wamid.SIM" });
    expect(fake.requests[0]).toMatchObject({ method: "POST", path: "/v26.0/sim-1/messages" });
    expect(fake.requests[0].headers.authorization).toBe("Bearer simulator");
  });

  it("points simulator channels at this app's own simulator unless told otherwise, their number doubling as WABA", async () => {
    const seen: string[] = [];
    const p = providerFor({ provider: "simulator", phoneNumberId: "sim-2", accessToken: null }, { fetch: async (url) => (seen.push(url), Response.json({ data: [] })) });
    expect(p).toBeInstanceOf(MetaGraphClient);
    await p.listTemplates();
    expect(seen[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/simulator\/graph\/v26\.0\/sim-2\/message_templates\?/);
  });

  it("gives Meta clients the channel's WABA id for templates", async () => {
    fake.reply({ json: { data: [] } });
    await providerFor({ provider: "meta", phoneNumberId: "1", wabaId: "WABA9", accessToken: "t" }, { baseUrlOverride: fake.baseUrl }).listTemplates();
    expect(fake.requests.at(-1)?.path).toBe("/v26.0/WABA9/message_templates?fields=name,status,category,language,components,rejected_reason&limit=100");
    await expect(providerFor({ provider: "meta", phoneNumberId: "1", accessToken: "t" }, { baseUrlOverride: fake.baseUrl }).listTemplates()).rejects.toMatchObject({ title: "channel_misconfigured", httpStatus: 0 });
  });

  it("refuses a channel missing what its provider needs", () => {
    expect(() => providerFor({ provider: "simulator", phoneNumberId: null, accessToken: null })).toThrow(/phone number id/);
    expect(() => providerFor({ provider: "meta", phoneNumberId: "1", accessToken: null })).toThrow(/access token/);
    expect(() => providerFor({ provider: "twilio", phoneNumberId: "AC1", accessToken: "t" })).toThrow(/sender number/);
  });
});
