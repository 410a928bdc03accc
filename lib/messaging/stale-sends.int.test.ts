import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { contacts, conversations, messages } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createChannel } from "@/lib/whatsapp/channels";
import { unsafeFindStaleSends } from "./stale-sends";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

it("re-requests only pending sends older than the grace period and younger than a day, with their own event ids", async () => {
  const owner = await createOwnerWorkspace(database.db, "Rezagados");
  const now = new Date("2026-11-25T12:00:00Z");
  const ago = (min: number) => new Date(now.getTime() - min * 60_000);
  const ids = await withTenant(
    owner.tenantId,
    async (tx) => {
      const channel = await createChannel(tx, owner, { provider: "simulator", name: "Sim" });
      const [c] = await tx.insert(contacts).values({ tenantId: owner.tenantId, waId: "34600111222" }).returning();
      const [conv] = await tx.insert(conversations).values({ tenantId: owner.tenantId, contactId: c.id, channelId: channel.id }).returning();
      const base = { tenantId: owner.tenantId, conversationId: conv.id, channelId: channel.id, author: "agent" as const, type: "text" };
      const rows = await tx
        .insert(messages)
        .values([
          { ...base, direction: "outbound" as const, status: "pending" as const, createdAt: ago(30), body: "lost" },
          { ...base, direction: "outbound" as const, status: "pending" as const, createdAt: ago(1), body: "in flight" },
          { ...base, direction: "outbound" as const, status: "pending" as const, createdAt: ago(60 * 30), body: "ancient" },
          { ...base, direction: "outbound" as const, status: "sent" as const, wamid: "wamid.ok", createdAt: ago(30), body: "sent" },
          { ...base, direction: "outbound" as const, status: "failed" as const, createdAt: ago(30), body: "failed" },
          { ...base, direction: "inbound" as const, author: "contact" as const, status: "pending" as const, createdAt: ago(30), body: "inbound" },
        ])
        .returning({ id: messages.id, body: messages.body });
      return Object.fromEntries(rows.map((r) => [r.body, r.id]));
    },
    database.db,
  );
  const events = (await unsafeFindStaleSends(now, {}, database.db)).filter((e) => e.data.tenantId === owner.tenantId);
  expect(events).toEqual([{ id: `send-${ids.lost}`, name: "hilo/message.send.requested", data: expect.objectContaining({ messageId: ids.lost, tenantId: owner.tenantId }) }]);
});
