import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { auditLog, channels } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { checkChannelHealth } from "./channel-health";
import { listBrokenChannels, listChannelHealth, unsafeListChannelsForHealthCheck } from "./channel-health-queries";
import { createChannel, replaceChannelToken } from "./channels";

// A local fake of Meta's Graph API, injected as the client's fetch: it records each request and
// answers what the test scripts, in Meta's own wire format (fact sheet §8.2).
type Seen = { url: string; auth: string | null };
let seen: Seen[] = [];
const graph = (status: number, body: unknown) => async (url: string, init?: RequestInit) => {
  seen.push({ url, auth: new Headers(init?.headers).get("authorization") });
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
};
const graphError = (status: number, code: number, message: string, subcode?: number) =>
  graph(status, { error: { message, type: "OAuthException", code, ...(subcode ? { error_subcode: subcode } : {}), fbtrace_id: "AbC" } });
const healthy = graph(200, { display_phone_number: "+34 600 111 222", quality_rating: "GREEN", whatsapp_business_manager_messaging_limit: "TIER_2K", id: "106540352242922" });

let database: Database;
let owner: Awaited<ReturnType<typeof createOwnerWorkspace>>;
let other: Awaited<ReturnType<typeof createOwnerWorkspace>>;
let metaId: string;
let simulatorId: string;

const channelRow = async (id = metaId) =>
  (await withTenant(owner.tenantId, (tx) => tx.select().from(channels).where(and(eq(channels.tenantId, owner.tenantId), eq(channels.id, id))), database.db))[0];
const audits = (action: string) =>
  withTenant(owner.tenantId, (tx) => tx.select().from(auditLog).where(and(eq(auditLog.tenantId, owner.tenantId), eq(auditLog.action, action), eq(auditLog.targetId, metaId))), database.db);

beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createOwnerWorkspace(database.db, "Salud");
  other = await createOwnerWorkspace(database.db, "Otra");
  await withTenant(
    owner.tenantId,
    async (tx) => {
      const meta = await createChannel(tx, owner, { provider: "meta", name: "Tienda", phoneNumberId: "106540352242922", wabaId: "102290129340398", accessToken: "EAAG-old", appSecret: "app-secret" });
      const sim = await createChannel(tx, owner, { provider: "simulator", name: "Sim" });
      metaId = meta.id;
      simulatorId = sim.id;
    },
    database.db,
  );
});
afterAll(async () => {
  await database?.close();
});

describe("checkChannelHealth", () => {
  it("ok: asks Graph for the phone-number object with the channel's token, activates the number and stores what Meta reports", async () => {
    seen = [];
    const checkedAt = new Date("2026-11-20T09:00:00Z");
    const report = await checkChannelHealth(owner.tenantId, metaId, { db: database.db, fetch: healthy, now: checkedAt, actorUserId: owner.userId });
    expect(report).toMatchObject({ outcome: "ok", previousStatus: "pending", status: "active", qualityRating: "GREEN", messagingTier: "TIER_2K", displayPhoneNumber: "+34 600 111 222" });
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toMatch(/\/v\d+\.\d+\/106540352242922\?fields=.*quality_rating.*whatsapp_business_manager_messaging_limit/);
    expect(seen[0].auth).toBe("Bearer EAAG-old");
    expect(await channelRow()).toMatchObject({ status: "active", qualityRating: "GREEN", messagingTier: "TIER_2K", healthCheckedAt: checkedAt, healthDetail: { outcome: "ok" } });
    expect((await audits("channel.status_changed")).map((a) => [a.data, a.actorUserId])).toEqual([[{ from: "pending", to: "active", reason: "health_check:ok" }, owner.userId]]);
  });

  it("a second ok check changes nothing but the time, and writes no audit entry", async () => {
    await checkChannelHealth(owner.tenantId, metaId, { db: database.db, fetch: healthy });
    expect(await audits("channel.status_changed")).toHaveLength(1);
  });

  it("unreachable: the status is left alone, the failed check is recorded", async () => {
    const refused = async () => {
      throw new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:443") });
    };
    const report = await checkChannelHealth(owner.tenantId, metaId, { db: database.db, fetch: refused });
    expect(report).toMatchObject({ outcome: "unreachable", status: "active" });
    expect(await channelRow()).toMatchObject({ status: "active", qualityRating: "GREEN", healthDetail: { outcome: "unreachable" } });
    expect((await channelRow()).healthDetail?.detail).toMatch(/ECONNREFUSED/);
  });

  it("expired token (Meta error 190): the number goes to error, with an audit entry and the owners' banner", async () => {
    const expired = graphError(401, 190, "Error validating access token: Session has expired on Thursday, 19-Nov-26 09:00:00 PST.");
    const report = await checkChannelHealth(owner.tenantId, metaId, { db: database.db, fetch: expired });
    expect(report).toMatchObject({ outcome: "token_expired", previousStatus: "active", status: "error" });
    expect(await channelRow()).toMatchObject({ status: "error", healthDetail: { outcome: "token_expired" } });
    expect((await audits("channel.status_changed")).map((a) => a.data)).toContainEqual({ from: "active", to: "error", reason: "health_check:token_expired" });
    const broken = await withTenant(owner.tenantId, (tx) => listBrokenChannels(tx, owner), database.db);
    expect(broken).toEqual([{ id: metaId, name: "Tienda", displayPhoneNumber: "+34 600 111 222", outcome: "token_expired" }]);
  });

  it("a replaced token is stored encrypted and used by the next check, which brings the number back", async () => {
    await withTenant(owner.tenantId, (tx) => replaceChannelToken(tx, owner, metaId, "EAAG-new"), database.db);
    const row = await channelRow();
    expect(row.accessTokenEnc).not.toContain("EAAG-new");
    seen = [];
    expect(await checkChannelHealth(owner.tenantId, metaId, { db: database.db, fetch: healthy })).toMatchObject({ outcome: "ok", status: "active" });
    expect(seen[0].auth).toBe("Bearer EAAG-new");
    expect(await audits("channel.token_replaced")).toHaveLength(1);
    expect(await withTenant(owner.tenantId, (tx) => listBrokenChannels(tx, owner), database.db)).toEqual([]);
  });

  it("wrong id (error 100, subcode 33 'does not exist'): the number goes to error", async () => {
    const missing = graphError(400, 100, "Unsupported get request. Object with ID '106540352242922' does not exist, cannot be loaded due to missing permissions, or does not support this operation.", 33);
    expect(await checkChannelHealth(owner.tenantId, metaId, { db: database.db, fetch: missing })).toMatchObject({ outcome: "wrong_id", status: "error" });
    expect(await channelRow()).toMatchObject({ status: "error", healthDetail: { outcome: "wrong_id" } });
  });

  it("a simulator number is healthy without any provider call", async () => {
    seen = [];
    expect(await checkChannelHealth(owner.tenantId, simulatorId, { db: database.db, fetch: healthy })).toMatchObject({ outcome: "ok", status: "active" });
    expect(seen).toEqual([]);
    const health = await withTenant(owner.tenantId, (tx) => listChannelHealth(tx, owner), database.db);
    expect(health.get(simulatorId)?.outcome).toBe("ok");
    expect(health.get(metaId)?.outcome).toBe("wrong_id");
  });

  it("another workspace can neither check nor re-token the number", async () => {
    seen = [];
    expect(await checkChannelHealth(other.tenantId, metaId, { db: database.db, fetch: healthy })).toBeNull();
    expect(seen).toEqual([]);
    await expect(withTenant(other.tenantId, (tx) => replaceChannelToken(tx, other, metaId, "stolen"), database.db)).rejects.toThrow("not_found:channel");
    expect((await channelRow()).status).toBe("error");
  });

  it("a number its owner disconnected is checked but never reactivated", async () => {
    await withTenant(owner.tenantId, (tx) => tx.update(channels).set({ status: "disconnected" }).where(and(eq(channels.tenantId, owner.tenantId), eq(channels.id, metaId))), database.db);
    expect(await checkChannelHealth(owner.tenantId, metaId, { db: database.db, fetch: healthy })).toMatchObject({ outcome: "ok", status: "disconnected" });
    expect(await channelRow()).toMatchObject({ status: "disconnected", healthDetail: { outcome: "ok" } });
  });

  it("a simulator has no token to replace", async () => {
    await expect(withTenant(owner.tenantId, (tx) => replaceChannelToken(tx, owner, simulatorId, "x"), database.db)).rejects.toThrow("not_found:channel");
  });
});

it("the periodic check lists every real number of every workspace, never a simulator", async () => {
  const listed = await unsafeListChannelsForHealthCheck(database.db);
  expect(listed).toContainEqual({ tenantId: owner.tenantId, channelId: metaId });
  expect(listed.some((c) => c.channelId === simulatorId)).toBe(false);
});
