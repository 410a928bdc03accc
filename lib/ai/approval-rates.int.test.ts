import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { aiTurns, contacts, conversations } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createChannel } from "@/lib/whatsapp/channels";
import { approvalRates, monthSpendMicros } from "./approval-rates";

let database: Database;
type Owner = Awaited<ReturnType<typeof createOwnerWorkspace>>;
let owner: Owner;
let other: Owner;

async function conversationOf(o: Owner) {
  return withTenant(
    o.tenantId,
    async (tx) => {
      const channel = await createChannel(tx, o, { provider: "simulator", name: "Sim" });
      const [c] = await tx.insert(contacts).values({ tenantId: o.tenantId, waId: `346${Math.floor(Math.random() * 1e8).toString().padStart(8, "0")}` }).returning();
      const [conv] = await tx.insert(conversations).values({ tenantId: o.tenantId, contactId: c.id, channelId: channel.id }).returning();
      return conv.id;
    },
    database.db,
  );
}

type TurnSpec = { intent?: string | null; outcome?: string; decision?: string | null; costMicros?: number; createdAt?: Date };
async function turns(o: Owner, conversationId: string, n: number, spec: TurnSpec) {
  const rows = Array.from({ length: n }, () => ({
    tenantId: o.tenantId,
    conversationId,
    outcome: spec.outcome ?? "draft",
    intent: spec.intent === undefined ? "order_status" : spec.intent,
    reviewDecision: spec.decision === undefined ? "approved" : spec.decision,
    costMicros: spec.costMicros ?? 0,
    ...(spec.createdAt ? { createdAt: spec.createdAt } : {}),
  }));
  await withTenant(o.tenantId, (tx) => tx.insert(aiTurns).values(rows), database.db);
}

beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createOwnerWorkspace(database.db, "Tasas");
  other = await createOwnerWorkspace(database.db, "Otra");
  const conv = await conversationOf(owner);
  // order_status: 40 approved + 6 edited of 50 → 92 % over 50 → suggest automatic.
  await turns(owner, conv, 40, { intent: "order_status", decision: "approved" });
  await turns(owner, conv, 6, { intent: "order_status", decision: "edited" });
  await turns(owner, conv, 4, { intent: "order_status", decision: "rejected" });
  // Not counted: drafts nobody reviewed yet, turns that were not drafts, turns without an intent.
  await turns(owner, conv, 7, { intent: "order_status", decision: null });
  await turns(owner, conv, 9, { intent: "order_status", outcome: "reply", decision: "rejected" });
  await turns(owner, conv, 3, { intent: null, decision: "approved" });
  // faq: 19 of 19 approved → too few to suggest. book_appointment: 18 of 21 (86 %) → below the rate.
  await turns(owner, conv, 19, { intent: "faq", decision: "approved" });
  await turns(owner, conv, 18, { intent: "book_appointment", decision: "approved" });
  await turns(owner, conv, 3, { intent: "book_appointment", decision: "rejected" });
  // Exactly at the thresholds: 18 of 20 = 90 % → suggest.
  await turns(owner, conv, 18, { intent: "hours_location", decision: "approved" });
  await turns(owner, conv, 2, { intent: "hours_location", decision: "rejected" });
  // Another workspace's drafts never count here.
  await turns(other, await conversationOf(other), 30, { intent: "faq", decision: "rejected" });
});
afterAll(async () => {
  await database?.close();
});

describe("approval rates of reviewed drafts", () => {
  it("counts approved and edited drafts against rejected ones, per intent", async () => {
    const rates = await withTenant(owner.tenantId, (tx) => approvalRates(tx, owner.tenantId), database.db);
    expect(rates.get("order_status")).toEqual({ intent: "order_status", approved: 40, edited: 6, rejected: 4, total: 50, rate: 0.92, suggestAuto: true });
    expect(rates.has("other")).toBe(false);
    expect([...rates.keys()].sort()).toEqual(["book_appointment", "faq", "hours_location", "order_status"]);
  });

  it("suggests automatic only from 20 reviewed drafts at 90 % or more", async () => {
    const rates = await withTenant(owner.tenantId, (tx) => approvalRates(tx, owner.tenantId), database.db);
    expect(rates.get("faq")).toMatchObject({ total: 19, rate: 1, suggestAuto: false });
    expect(rates.get("book_appointment")).toMatchObject({ total: 21, rejected: 3, suggestAuto: false });
    expect(rates.get("hours_location")).toMatchObject({ total: 20, rate: 0.9, suggestAuto: true });
  });

  it("sees only its own workspace", async () => {
    const rates = await withTenant(other.tenantId, (tx) => approvalRates(tx, other.tenantId), database.db);
    expect([...rates.values()]).toEqual([{ intent: "faq", approved: 0, edited: 0, rejected: 30, total: 30, rate: 0, suggestAuto: false }]);
  });
});

describe("month's spend", () => {
  it("sums cost since the first of the month in the workspace's time zone", async () => {
    const o = await createOwnerWorkspace(database.db, "Gasto");
    const conv = await conversationOf(o);
    // 00:30 on 1 March in Madrid is 23:30 UTC on 28 February.
    const now = new Date("2026-02-28T23:30:00Z");
    await turns(o, conv, 2, { outcome: "reply", decision: null, costMicros: 1_250_000, createdAt: new Date("2026-02-28T23:10:00Z") }); // 00:10 on 1 March, Madrid
    await turns(o, conv, 1, { outcome: "reply", decision: null, costMicros: 9_000_000, createdAt: new Date("2026-02-28T22:50:00Z") }); // 23:50 on 28 February, Madrid
    await turns(other, await conversationOf(other), 1, { outcome: "reply", decision: null, costMicros: 5_000_000, createdAt: new Date("2026-02-28T23:20:00Z") });
    const spend = (tz: string) => withTenant(o.tenantId, (tx) => monthSpendMicros(tx, o.tenantId, tz, now), database.db);
    expect(await spend("Europe/Madrid")).toBe(2_500_000);
    // In Mexico City it is still February: the whole month counts.
    expect(await spend("America/Mexico_City")).toBe(11_500_000);
  });
});
