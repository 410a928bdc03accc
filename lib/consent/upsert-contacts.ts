import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { contacts } from "@/db/schema";

export type ContactByPhone = { waId: string; name?: string | null };
export type UpsertedContact = { id: string; created: boolean };

const CHUNK = 500;

/**
 * Finds or creates contacts by WhatsApp id (E.164 digits) in one statement per 500: a name given
 * replaces the stored one (the business's list, or the person typing their own name, knows better
 * than a WhatsApp profile), a missing name keeps it. Safe to repeat: contacts are unique per
 * workspace and number. `waId`s must be distinct within one call.
 */
export async function upsertContactsByWaId(tx: Tx, tenantId: string, list: readonly ContactByPhone[]): Promise<Map<string, UpsertedContact>> {
  const result = new Map<string, UpsertedContact>();
  for (let i = 0; i < list.length; i += CHUNK) {
    const rows = await tx
      .insert(contacts)
      .values(list.slice(i, i + CHUNK).map((c) => ({ tenantId, waId: c.waId, name: c.name ?? null })))
      .onConflictDoUpdate({
        target: [contacts.tenantId, contacts.waId],
        set: { name: sql`coalesce(excluded.name, ${contacts.name})`, updatedAt: sql`now()` },
      })
      // xmax is 0 on a row this statement inserted, and set on one it updated.
      .returning({ id: contacts.id, waId: contacts.waId, created: sql<boolean>`(xmax = 0)` });
    for (const r of rows) result.set(r.waId, { id: r.id, created: r.created });
  }
  return result;
}

/** One contact (the web opt-in form). */
export async function upsertContactByWaId(tx: Tx, tenantId: string, contact: ContactByPhone): Promise<UpsertedContact> {
  const upserted = await upsertContactsByWaId(tx, tenantId, [contact]);
  return upserted.get(contact.waId)!;
}
