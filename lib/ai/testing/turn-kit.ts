import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { aiSettings, contacts, conversations, messages, openingHours, services } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createChannel } from "@/lib/whatsapp/channels";
import type { OutgoingEvent } from "../pipeline/respond";
import { runAssistantTurn, type TurnDeps } from "../pipeline/run-turn";

/**
 * A workspace with a simulator number, a customer who just wrote, and helpers to play turns
 * through the real pipeline (sends are captured instead of dispatched).
 */
export async function turnKit(database: Database, opts: { name?: string; automation?: "auto" | "review" | "off" } = {}) {
  const owner = await createOwnerWorkspace(database.db, opts.name ?? "Clínica Test");
  const db = database.db;
  const { channelId, contactId, conversationId } = await withTenant(
    owner.tenantId,
    async (tx) => {
      const channel = await createChannel(tx, owner, { provider: "simulator", name: "Sim" });
      const [c] = await tx.insert(contacts).values({ tenantId: owner.tenantId, waId: "34600123456", name: "Ana", lastInboundAt: new Date() }).returning();
      const [conv] = await tx.insert(conversations).values({ tenantId: owner.tenantId, contactId: c.id, channelId: channel.id }).returning();
      await tx.insert(aiSettings).values({ tenantId: owner.tenantId, defaultAutomation: opts.automation ?? "auto" });
      // Open every day 08:00–22:00 so tests are not at the mercy of the clock.
      await tx.insert(openingHours).values([0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ tenantId: owner.tenantId, weekday, opens: "08:00", closes: "22:00" })));
      return { channelId: channel.id, contactId: c.id, conversationId: conv.id };
    },
    db,
  );
  const dispatched: OutgoingEvent[] = [];
  const deps = (extra: TurnDeps = {}): TurnDeps => ({ db, dispatch: async (events) => void dispatched.push(...events), ...extra });

  async function inbound(values: { type: string; body: string; content?: Record<string, unknown> | null }, at = new Date()) {
    return withTenant(
      owner.tenantId,
      async (tx) => {
        const [m] = await tx
          .insert(messages)
          .values({ tenantId: owner.tenantId, conversationId, channelId, direction: "inbound", author: "contact", type: values.type, body: values.body, content: values.content ?? null, status: "received", wamid: `wamid.kit${Math.random().toString(36).slice(2)}`, createdAt: at })
          .returning();
        await tx.update(contacts).set({ lastInboundAt: at }).where(and(eq(contacts.tenantId, owner.tenantId), eq(contacts.id, contactId)));
        return m;
      },
      db,
    );
  }

  return {
    owner,
    db,
    channelId,
    contactId,
    conversationId,
    dispatched,
    /** A customer message stored without an answer (history). */
    inbound,
    /** The customer writes; the assistant answers. */
    async says(text: string, extra: TurnDeps = {}, at = new Date()) {
      const m = await inbound({ type: "text", body: text }, at);
      return runAssistantTurn({ tenantId: owner.tenantId, conversationId, inboundMessageId: m.id, now: at }, deps(extra));
    },
    /** The customer taps a reply button. */
    async taps(button: { id: string; title: string }, extra: TurnDeps = {}, at = new Date()) {
      const m = await inbound({ type: "interactive", body: button.title, content: { interactive: { kind: "button_reply", id: button.id, title: button.title } } }, at);
      return runAssistantTurn({ tenantId: owner.tenantId, conversationId, inboundMessageId: m.id, now: at }, deps(extra));
    },
    async addService(name: string, priceEuros: number | null, durationMinutes = 30) {
      const [s] = await withTenant(owner.tenantId, (tx) => tx.insert(services).values({ tenantId: owner.tenantId, name, priceMicros: priceEuros === null ? null : Math.round(priceEuros * 1_000_000), durationMinutes }).returning(), db);
      return s;
    },
    async outbound() {
      return withTenant(owner.tenantId, (tx) => tx.select().from(messages).where(and(eq(messages.tenantId, owner.tenantId), eq(messages.conversationId, conversationId), eq(messages.direction, "outbound"))), db);
    },
  };
}
