import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { consents, contacts } from "@/db/schema";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * Contacts with their current marketing consent: the newest ledger row per contact
 * (consents are append-only, so "current" is always "latest").
 */
export async function listContacts(tx: Tx, ctx: TenantContext, limit = 100) {
  const latest = tx
    .selectDistinctOn([consents.contactId], { contactId: consents.contactId, status: consents.status, recordedAt: consents.recordedAt })
    .from(consents)
    .where(and(eq(consents.tenantId, ctx.tenantId), eq(consents.category, "marketing")))
    .orderBy(consents.contactId, desc(consents.recordedAt))
    .as("latest_marketing");
  return tx
    .select({
      id: contacts.id,
      name: contacts.name,
      profileName: contacts.profileName,
      waId: contacts.waId,
      locale: contacts.locale,
      lastInboundAt: contacts.lastInboundAt,
      marketing: latest.status,
      marketingAt: latest.recordedAt,
    })
    .from(contacts)
    .leftJoin(latest, eq(latest.contactId, contacts.id))
    .where(eq(contacts.tenantId, ctx.tenantId))
    .orderBy(sql`${contacts.lastInboundAt} desc nulls last`, asc(contacts.name))
    .limit(limit);
}
