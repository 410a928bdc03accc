import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/engine";
import { aiTurns, contacts, conversations, messages, tenants } from "@/db/schema";
import { withTenant } from "@/lib/tenancy/with-tenant";
import type { ReplyButton } from "../types";
import type { RunTurn } from "./optional-modules";
import { retimeNewMessages } from "./play-scenario";
import { resolveTap } from "./resolve-tap";
import { normalizeText } from "./text-match";

/**
 * Replay: a workspace's recorded conversations (the first 20 by default) re-run against its
 * current configuration — data, FAQs, hours, model, automation — to see where the assistant
 * would now answer differently. How a business checks its first real conversations before go-live.
 *
 * Dry run, by construction: each conversation is replayed inside one database transaction that
 * is always rolled back, and sends go to a no-op dispatch. Inside it the customer's messages are
 * copied one by one into a scratch conversation (same contact and number, empty assistant state),
 * so every turn sees only what came before it and the assistant's new answers — not the recorded
 * ones, nor messages the customer wrote later. Agents' recorded replies are not copied: the replay
 * asks what the assistant alone would have said.
 */

export type ReplayTurn = {
  conversationId: string;
  contact: string;
  at: string;
  customerText: string;
  recorded: { outcome: string | null; text: string | null; by: "assistant" | "agent" | "nobody" };
  replayed: { outcome: string; intent: string | null; tools: string[]; text: string | null } | { error: string };
  differs: ("outcome" | "text" | "error")[];
};
export type ReplayReport = { workspace: { slug: string; name: string }; conversations: number; turns: number; differing: ReplayTurn[]; all: ReplayTurn[] };

/** A customer message followed this soon by another is part of a burst the assistant answers once. */
const BURST_MS = 10_000;

class RollBack extends Error {}

/**
 * Finds a workspace by slug before any tenant is known. Runs as the tables' owner: what
 * authorizes it is that the caller is an operator with the database's credentials (the CLI).
 */
export async function unsafeFindWorkspaceBySlug(db: Db, slug: string) {
  const [t] = await db.select({ id: tenants.id, name: tenants.name, slug: tenants.slug }).from(tenants).where(eq(tenants.slug, slug)).limit(1);
  return t ?? null;
}

type Msg = typeof messages.$inferSelect;

export async function replayWorkspace(db: Db, opts: { slug: string; limit?: number; runTurn: RunTurn }): Promise<ReplayReport> {
  const workspace = await unsafeFindWorkspaceBySlug(db, opts.slug);
  if (!workspace) throw new Error(`no workspace with slug "${opts.slug}"`);
  const tenantId = workspace.id;
  const convs = await withTenant(tenantId, (tx) => tx.select().from(conversations).where(eq(conversations.tenantId, tenantId)).orderBy(asc(conversations.createdAt), asc(conversations.id)).limit(opts.limit ?? 20), db);
  const all: ReplayTurn[] = [];
  for (const conv of convs) {
    const { msgs, turns, contact } = await withTenant(
      tenantId,
      async (tx) => ({
        msgs: await tx.select().from(messages).where(and(eq(messages.tenantId, tenantId), eq(messages.conversationId, conv.id))).orderBy(asc(messages.createdAt), asc(messages.id)),
        turns: await tx.select().from(aiTurns).where(and(eq(aiTurns.tenantId, tenantId), eq(aiTurns.conversationId, conv.id))),
        contact: (await tx.select().from(contacts).where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, conv.contactId))))[0],
      }),
      db,
    );
    const label = contact?.name ?? contact?.profileName ?? contact?.waId ?? conv.contactId;
    const replayed: ReplayTurn[] = [];
    try {
      await db.transaction(async (outer) => {
        const txDb = outer as unknown as Db;
        const [scratch] = await withTenant(tenantId, (tx) => tx.insert(conversations).values({ tenantId, contactId: conv.contactId, channelId: conv.channelId, createdAt: conv.createdAt }).returning({ id: conversations.id }), txDb);
        const seen = new Set<string>();
        const offers: ReplyButton[][] = [];
        const inbound = msgs.filter((m) => m.direction === "inbound" && m.author === "contact");
        for (const [i, m] of inbound.entries()) {
          const next = inbound[i + 1];
          const inBurst = next && next.createdAt.getTime() - m.createdAt.getTime() < BURST_MS && !msgs.some((o) => o.direction === "outbound" && o.createdAt > m.createdAt && o.createdAt < next.createdAt);
          const copyId = await copyInbound(txDb, tenantId, scratch.id, m, offers);
          seen.add(copyId);
          if (inBurst) continue;
          const recorded = recordedAnswer(m, msgs, turns);
          const turn: ReplayTurn = { conversationId: conv.id, contact: label, at: m.createdAt.toISOString(), customerText: m.body ?? `[${m.type}]`, recorded, replayed: { error: "" }, differs: [] };
          try {
            // Its own savepoint: a turn that fails is undone alone and the conversation goes on.
            const r = await txDb.transaction((sp) => opts.runTurn({ tenantId, conversationId: scratch.id, inboundMessageId: copyId, now: m.createdAt }, { db: sp as unknown as Db, dispatch: async () => {} }));
            if (r.buttons.length) offers.push(r.buttons);
            turn.replayed = { outcome: r.outcome, intent: r.intent, tools: r.tools, text: r.text };
            if (recorded.by === "agent" || recorded.outcome !== r.outcome) turn.differs.push("outcome");
            if (normalizeText(recorded.text ?? "") !== normalizeText(r.text ?? "")) turn.differs.push("text");
          } catch (e) {
            turn.replayed = { error: (e as Error).message ?? String(e) };
            turn.differs.push("error");
          }
          await retimeNewMessages(txDb, { tenantId, conversationId: scratch.id }, seen, m.createdAt);
          replayed.push(turn);
        }
        throw new RollBack();
      });
    } catch (e) {
      if (!(e instanceof RollBack)) throw e;
    }
    all.push(...replayed);
  }
  return { workspace: { slug: workspace.slug, name: workspace.name }, conversations: convs.length, turns: all.length, differing: all.filter((t) => t.differs.length), all };
}

/** The customer's message again, in the scratch conversation; a tap on an old proposal presses the new one. */
async function copyInbound(db: Db, tenantId: string, conversationId: string, m: Msg, offers: ReplyButton[][]) {
  let content = m.content;
  const interactive = (m.content?.interactive ?? null) as { id?: string; title?: string } | null;
  const decision = /^(confirm|cancel):/.exec(interactive?.id ?? "")?.[1];
  if (interactive && decision) {
    const button = resolveTap(decision, offers);
    if (!("error" in button)) content = { ...m.content, interactive: { ...interactive, id: button.id, title: button.title } };
  }
  const [row] = await withTenant(
    tenantId,
    (tx) =>
      tx
        .insert(messages)
        .values({ tenantId, conversationId, channelId: m.channelId, direction: "inbound", author: "contact", type: m.type, body: m.body, content, media: m.media, status: "received", wamid: `wamid.replay.${randomUUID()}`, createdAt: m.createdAt })
        .returning({ id: messages.id }),
    db,
  );
  return row.id;
}

/** What the customer got the first time: the assistant's recorded turn, else the replies that followed. */
function recordedAnswer(m: Msg, msgs: Msg[], turns: (typeof aiTurns.$inferSelect)[]): ReplayTurn["recorded"] {
  const turn = turns.find((t) => t.inboundMessageId === m.id);
  if (turn) return { outcome: turn.outcome, text: msgs.find((x) => x.id === turn.replyMessageId)?.body ?? null, by: "assistant" };
  const after = msgs.slice(msgs.indexOf(m) + 1);
  const until = after.findIndex((x) => x.direction === "inbound");
  const replies = (until < 0 ? after : after.slice(0, until)).filter((x) => x.direction === "outbound" && x.status !== "draft" && x.status !== "discarded");
  if (!replies.length) return { outcome: null, text: null, by: "nobody" };
  const byAgent = replies.some((x) => x.author === "agent");
  return { outcome: byAgent ? "human" : "reply", text: replies.map((x) => x.body ?? `[${x.type}]`).join("\n"), by: byAgent ? "agent" : "assistant" };
}

const indent = (text: string | null) => (text ?? "-").replace(/\n+/g, "\n      ");

export function formatReplay(r: ReplayReport): string {
  const out = [`Replay of ${r.workspace.name} (${r.workspace.slug}): ${r.conversations} conversations, ${r.turns} turns, ${r.differing.length} answers differ`, ""];
  for (const t of r.differing) {
    out.push(`${t.at} · ${t.contact} · conversation ${t.conversationId}`);
    out.push(`  customer: ${t.customerText}`);
    out.push(`  before (${t.recorded.by}, ${t.recorded.outcome ?? "no answer"}): ${indent(t.recorded.text)}`);
    if ("error" in t.replayed) out.push(`  now: error — ${t.replayed.error}`);
    else out.push(`  now (${t.replayed.outcome}, ${t.replayed.intent ?? "-"}, [${t.replayed.tools.join(", ")}]): ${indent(t.replayed.text)}`);
    out.push("");
  }
  return out.join("\n");
}
