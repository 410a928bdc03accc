import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { channels } from "@/db/schema";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import type { ProviderError } from "../providers/provider-error";
import { createSimulatorLimits } from "./limits";
import { simulatorWorld } from "./test-kit";

let database: Database;
let world: Awaited<ReturnType<typeof simulatorWorld>>;
const NOW = new Date("2026-11-20T10:00:00Z");

beforeAll(async () => {
  database = await openTestDatabase();
  world = await simulatorWorld(database.db);
});
afterAll(async () => {
  await world?.settle();
  await database?.close();
});

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as ProviderError);
const text = (body: string) => ({ kind: "text" as const, body });

describe("free-form sends", () => {
  it("text, buttons, lists and media by link go out inside the window; outside it they fail with 131047", async () => {
    await world.customerWrote("34622000001");
    for (const m of [
      text("Hola"),
      { kind: "buttons" as const, body: "¿Confirmas?", buttons: [{ id: "si", title: "Sí" }, { id: "no", title: "No" }] },
      { kind: "list" as const, body: "Elige", button: "Opciones", sections: [{ title: "Envío", rows: [{ id: "exp", title: "Exprés" }] }] },
      { kind: "media" as const, mediaType: "document" as const, link: "https://cdn.test/carta.pdf", filename: "carta.pdf" },
    ]) {
      await expect(world.client.send("34622000001", m, { idempotencyKey: "k" })).resolves.toMatchObject({ wamid: expect.stringMatching(/^wamid\./) });
    }
    await world.customerWrote("34622000002", new Date(Date.now() - 25 * 3_600_000));
    expect(await errorOf(world.client.send("34622000002", text("¿Sigues ahí?"), { idempotencyKey: "k" }))).toMatchObject({ code: 131047, httpStatus: 400 });
    expect(await errorOf(world.client.send("34622000002", { kind: "buttons", body: "¿Sí?", buttons: [{ id: "a", title: "A" }] }, { idempotencyKey: "k" }))).toMatchObject({ code: 131047 });
  });

  it("media by id must be a file uploaded to this number (131053); an uploaded one goes out", async () => {
    await world.customerWrote("34622000003");
    expect(await errorOf(world.client.send("34622000003", { kind: "media", mediaType: "image", id: "00000000-0000-4000-8000-000000000000" }, { idempotencyKey: "k" }))).toMatchObject({ code: 131053 });
    const { id } = await world.client.uploadMedia(new Uint8Array([0xff, 0xd8, 0xff, 1]), "image/jpeg", "menu.jpg");
    await expect(world.client.send("34622000003", { kind: "media", mediaType: "image", id, caption: "Menú" }, { idempotencyKey: "k" })).resolves.toMatchObject({ wamid: expect.any(String) });
  });

  it("refuses malformed bodies and unsupported types like Meta", async () => {
    await world.customerWrote("34622000004");
    expect(await world.graph("POST", `${world.phoneNumberId}/messages`, { messaging_product: "whatsapp", to: "34622000004", type: "interactive", interactive: { type: "button", body: { text: "x" }, action: {} } })).toMatchObject({ status: 400, body: { error: { code: 100 } } });
    expect(await world.graph("POST", `${world.phoneNumberId}/messages`, { messaging_product: "whatsapp", to: "34622000004", type: "hologram", hologram: {} })).toMatchObject({ status: 400, body: { error: { code: 131051 } } });
    expect(await world.graph("POST", `${world.phoneNumberId}/messages`, { to: "34622000004", type: "text", text: { body: "x" } })).toMatchObject({ status: 400, body: { error: { code: 100 } } });
    expect((await world.graph("POST", `${world.phoneNumberId}/messages`, { messaging_product: "whatsapp", status: "read", message_id: "wamid.X" })).body).toEqual({ success: true });
    const noAuth = await world.fetchWith()(`http://sim.test/api/simulator/graph/v26.0/${world.phoneNumberId}/messages`, { method: "POST", body: "{}" });
    expect(noAuth.status).toBe(401);
    expect(((await noAuth.json()) as { error: { code: number } }).error.code).toBe(190);
  });

  it("answers the phone-number object the health check reads", async () => {
    expect(await world.client.checkHealth()).toEqual({ ok: true, displayPhoneNumber: "+34 600 111 222", qualityRating: "GREEN", messagingTier: "TIER_UNLIMITED" });
  });
});

describe("limits", () => {
  it("throughput: the channel's messages per second, then 130429 until the second has passed", async () => {
    await withTenant(world.owner.tenantId, (tx) => tx.update(channels).set({ throughputMps: 2 }).where(and(eq(channels.tenantId, world.owner.tenantId), eq(channels.id, world.channel.id))), database.db);
    const limits = createSimulatorLimits();
    const at = (ms: number) => world.clientWith({ limits, now: new Date(NOW.getTime() + ms) });
    for (const to of ["34633000001", "34633000002", "34633000003"]) await world.customerWrote(to);
    await at(0).send("34633000001", text("1"), { idempotencyKey: "k" });
    await at(10).send("34633000002", text("2"), { idempotencyKey: "k" });
    expect(await errorOf(at(20).send("34633000003", text("3"), { idempotencyKey: "k" }))).toMatchObject({ code: 130429, details: expect.stringMatching(/throughput/) });
    await expect(at(1_001).send("34633000003", text("3"), { idempotencyKey: "k" })).resolves.toMatchObject({ wamid: expect.any(String) });
    await withTenant(world.owner.tenantId, (tx) => tx.update(channels).set({ throughputMps: 80 }).where(and(eq(channels.tenantId, world.owner.tenantId), eq(channels.id, world.channel.id))), database.db);
  });

  it("pair rate: after the burst, 131056 for that recipient only, until its interval has passed", async () => {
    const limits = createSimulatorLimits({ pairRate: { burst: 2, intervalMs: 6_000 } });
    const at = (ms: number) => world.clientWith({ limits, now: new Date(NOW.getTime() + ms) });
    for (const to of ["34644000001", "34644000002"]) await world.customerWrote(to);
    await at(0).send("34644000001", text("a"), { idempotencyKey: "k" });
    await at(1).send("34644000001", text("b"), { idempotencyKey: "k" });
    expect(await errorOf(at(2).send("34644000001", text("c"), { idempotencyKey: "k" }))).toMatchObject({ code: 131056 });
    await expect(at(3).send("34644000002", text("other recipient"), { idempotencyKey: "k" })).resolves.toMatchObject({ wamid: expect.any(String) });
    await expect(at(6_001).send("34644000001", text("c"), { idempotencyKey: "k" })).resolves.toMatchObject({ wamid: expect.any(String) });
  });
});

describe("injected faults", () => {
  it("the next N calls of the number answer the 5xx with a Meta-like body, then it recovers", async () => {
    await world.customerWrote("34655000001");
    world.deps.faults!.inject(world.phoneNumberId, 503, 2);
    for (let i = 0; i < 2; i++) expect(await errorOf(world.client.send("34655000001", text("x"), { idempotencyKey: "k" }))).toMatchObject({ httpStatus: 503, code: 2 });
    await expect(world.client.send("34655000001", text("ya"), { idempotencyKey: "k" })).resolves.toMatchObject({ wamid: expect.any(String) });

    world.deps.faults!.inject(world.phoneNumberId, 500, 5);
    const raw = await world.graph("GET", `${world.phoneNumberId}/message_templates`);
    expect(raw).toMatchObject({ status: 500, body: { error: { code: 1, is_transient: true, type: "OAuthException" } } });
    expect(await world.client.checkHealth()).toMatchObject({ ok: false, reason: "unknown" });
    world.deps.faults!.clear(world.phoneNumberId);
    await expect(world.client.send("34655000001", text("de nuevo"), { idempotencyKey: "k" })).resolves.toMatchObject({ wamid: expect.any(String) });
  });
});
