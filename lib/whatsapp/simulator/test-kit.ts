import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createChannel, findChannelWithSecrets } from "../channels";
import { MetaGraphClient } from "../providers/meta-graph";
import { handleMetaWebhook } from "../webhook/handle-meta-webhook";
import { createFaultBook } from "./faults";
import type { SimulatorDeps } from "./graph-api";
import { simulatorFetch } from "./in-process-fetch";
import { createSimulatorLimits } from "./limits";
import type { StatusDelivery } from "./status-webhooks";

/**
 * For the simulator's integration tests: a workspace with one simulator number, the real Meta
 * client talking to the simulator in-process, and every webhook the simulator posts captured
 * (and, when asked, handed to the real intake).
 */

export type Captured = { channelId: string; raw: string; signature: string; payload: { entry: { id: string; changes: { field: string; value: Record<string, unknown> }[] }[] } };

export const SIM_BASE = "http://sim.test/api/simulator/graph";

export async function simulatorWorld(db: Db, opts: { forwardToIntake?: boolean } = {}) {
  const owner = await createOwnerWorkspace(db);
  const channel = await withTenant(owner.tenantId, (tx) => createChannel(tx, owner, { provider: "simulator", name: "Sim", displayPhoneNumber: "+34 600 111 222" }), db);
  const phoneNumberId = channel.phoneNumberId as string;
  const appSecret = (await withTenant(owner.tenantId, (tx) => findChannelWithSecrets(tx, owner, channel.id), db))!.appSecret as string;
  const delivered: Captured[] = [];
  const intakeStatuses: number[] = [];
  const deliver: StatusDelivery = async (channelId, raw, signature) => {
    delivered.push({ channelId, raw, signature, payload: JSON.parse(raw) as Captured["payload"] });
    if (opts.forwardToIntake) intakeStatuses.push((await handleMetaWebhook(channelId, Buffer.from(raw), signature, { db, emit: async () => {} })).status);
  };
  const deps: SimulatorDeps & { baseUrl: string } = { db, deliver, limits: createSimulatorLimits(), faults: createFaultBook(), reviewDelayMs: 0, statusDelaysMs: { sent: 0, delivered: 5, read: 10 }, baseUrl: SIM_BASE };
  const fetchWith = (overrides: Partial<SimulatorDeps> = {}) => simulatorFetch({ ...deps, ...overrides });
  const clientWith = (overrides: Partial<SimulatorDeps> = {}) => new MetaGraphClient({ phoneNumberId, wabaId: phoneNumberId, accessToken: "sim-token", baseUrl: SIM_BASE, fetch: fetchWith(overrides) });

  /** One raw Graph call, answered with its status and JSON body. */
  const graph = async (method: string, path: string, body?: unknown, overrides: Partial<SimulatorDeps> = {}) => {
    const res = await fetchWith(overrides)(`${SIM_BASE}/v26.0/${path}`, { method, headers: { authorization: "Bearer sim-token", "content-type": "application/json" }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, body: (await res.json()) as { error?: { code: number; error_subcode?: number; error_data?: { details: string } } } & Record<string, unknown> };
  };

  /** The customer wrote at `at` (default now): the 24-hour window is open from then. */
  const customerWrote = (waId: string, at = new Date()) =>
    withTenant(
      owner.tenantId,
      async (tx) => {
        await tx
          .insert(contacts)
          .values({ tenantId: owner.tenantId, waId, lastInboundAt: at })
          .onConflictDoUpdate({ target: [contacts.tenantId, contacts.waId], set: { lastInboundAt: sql`excluded.last_inbound_at` } });
        return (await tx.select().from(contacts).where(and(eq(contacts.tenantId, owner.tenantId), eq(contacts.waId, waId))))[0];
      },
      db,
    );

  const webhooksOf = (field: string) => delivered.filter((d) => d.payload.entry[0]?.changes[0]?.field === field);

  /** Lets the status webhooks of the last sends (a few ms apart) finish before the database closes. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

  return { owner, channel, phoneNumberId, appSecret, deps, delivered, intakeStatuses, fetchWith, client: clientWith(), clientWith, graph, customerWrote, webhooksOf, settle };
}
