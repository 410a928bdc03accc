import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { contacts, conversations, messages } from "@/db/schema";
import type { WebhookChannel } from "../channels";
import { previewText, type WebhookItem } from "./normalize";

type InboundMessage = Extract<WebhookItem, { kind: "message" }>;
export type StoredInbound = { messageId: string; conversationId: string; contactId: string; wamid: string; isNew: boolean; emitted: boolean; hasMedia: boolean };

/** The contact, keyed by wa_id (or BSUID); its last inbound time only moves forward (it opens the 24-hour window). */
async function upsertContact(tx: Tx, channel: WebhookChannel, m: InboundMessage) {
  const [row] = await tx
    .insert(contacts)
    .values({ tenantId: channel.tenantId, waId: m.from, bsuid: m.bsuid ?? null, profileName: m.profileName ?? null, name: m.profileName ?? null, lastInboundAt: m.timestamp })
    .onConflictDoUpdate({
      target: [contacts.tenantId, contacts.waId],
      set: {
        profileName: sql`coalesce(excluded.profile_name, ${contacts.profileName})`,
        bsuid: sql`coalesce(excluded.bsuid, ${contacts.bsuid})`,
        lastInboundAt: sql`greatest(${contacts.lastInboundAt}, excluded.last_inbound_at)`,
        updatedAt: sql`now()`,
      },
    })
    .returning({ id: contacts.id });
  return row.id;
}

/** The contact's open (or pending) conversation on this number, or a new one that records where it came from. */
async function conversationFor(tx: Tx, channel: WebhookChannel, contactId: string, m: InboundMessage) {
  const [open] = await tx
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.tenantId, channel.tenantId), eq(conversations.contactId, contactId), eq(conversations.channelId, channel.id), inArray(conversations.status, ["open", "pending"])))
    .orderBy(desc(conversations.lastMessageAt))
    .limit(1)
    .for("update");
  if (open) return open.id;
  const r = m.referral;
  const [created] = await tx
    .insert(conversations)
    .values({
      tenantId: channel.tenantId,
      contactId,
      channelId: channel.id,
      source: r ? "ad" : "organic",
      referral: r ? { sourceType: r.sourceType, sourceId: r.sourceId, sourceUrl: r.sourceUrl, headline: r.headline, ctwaClid: r.ctwaClid } : null,
      lastMessageAt: m.timestamp,
      createdAt: m.timestamp,
    })
    .returning({ id: conversations.id });
  return created.id;
}

/** The type-specific parts worth keeping, verbatim (never interpreted as markup). */
function contentOf(m: InboundMessage): Record<string, unknown> | null {
  const c = { location: m.location, interactive: m.interactive, button: m.button, reaction: m.reaction, contacts: m.contacts, context: m.context, referral: m.referral, order: m.order, system: m.system, unsupported: m.unsupported };
  const kept = Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined));
  return Object.keys(kept).length ? kept : null;
}

/**
 * Stores one inbound message exactly once per (channel, wamid). A redelivery finds the stored row
 * and changes nothing; it reports whether that row's workflow event was already accepted.
 */
export async function storeInboundMessage(tx: Tx, channel: WebhookChannel, m: InboundMessage): Promise<StoredInbound> {
  const contactId = await upsertContact(tx, channel, m);
  const [existing] = await tx
    .select({ id: messages.id, conversationId: messages.conversationId, emittedAt: messages.emittedAt })
    .from(messages)
    .where(and(eq(messages.tenantId, channel.tenantId), eq(messages.channelId, channel.id), eq(messages.wamid, m.wamid)));
  if (existing) return { messageId: existing.id, conversationId: existing.conversationId, contactId, wamid: m.wamid, isNew: false, emitted: existing.emittedAt !== null, hasMedia: Boolean(m.media) };

  const conversationId = await conversationFor(tx, channel, contactId, m);
  const preview = previewText(m);
  const [row] = await tx
    .insert(messages)
    .values({
      tenantId: channel.tenantId,
      conversationId,
      channelId: channel.id,
      direction: "inbound",
      author: "contact",
      type: m.type,
      body: m.text ?? (m.reaction ? m.reaction.emoji : null),
      media: m.media ? { id: m.media.id, mimeType: m.media.mimeType, sha256: m.media.sha256, caption: m.media.caption, filename: m.media.filename, voice: m.media.voice } : null,
      content: contentOf(m),
      wamid: m.wamid,
      replyToWamid: m.reaction?.messageId ?? m.context?.messageId ?? null,
      status: "received",
      createdAt: m.timestamp,
    })
    .onConflictDoNothing({ target: [messages.channelId, messages.wamid] })
    .returning({ id: messages.id });
  if (!row) throw new Error(`message ${m.wamid} was stored concurrently; retry`);
  await tx
    .update(conversations)
    .set({
      lastMessageAt: sql`greatest(${conversations.lastMessageAt}, ${m.timestamp.toISOString()}::timestamptz)`,
      lastMessagePreview: preview,
      unreadCount: sql`${conversations.unreadCount} + 1`,
      status: "open",
    })
    .where(and(eq(conversations.tenantId, channel.tenantId), eq(conversations.id, conversationId)));
  return { messageId: row.id, conversationId, contactId, wamid: m.wamid, isNew: true, emitted: false, hasMedia: Boolean(m.media) };
}
