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

  it("refuses a channel missing what its provider needs", () => {
    expect(() => providerFor({ provider: "simulator", phoneNumberId: "1", accessToken: null })).toThrow(/simulator base URL/);
    expect(() => providerFor({ provider: "meta", phoneNumberId: "1", accessToken: null })).toThrow(/access token/);
    expect(() => providerFor({ provider: "twilio", phoneNumberId: "AC1", accessToken: "t" })).toThrow(/sender number/);
  });
});
