import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { consents, tenants } from "@/db/schema";
import { detectConsentKeyword } from "../rules/consent-keywords";
import type { WebhookItem } from "./normalize";

type InboundMessage = Extract<WebhookItem, { kind: "message" }>;

/** The workspace's own extra keywords, read once per webhook delivery. */
export async function consentKeywordsOf(tx: Tx, tenantId: string) {
  const [t] = await tx.select({ settings: tenants.settings }).from(tenants).where(eq(tenants.id, tenantId));
  const k = t?.settings.consentKeywords;
  return { extraOptOut: k?.optOut ?? [], extraOptIn: k?.optIn ?? [] };
}

/**
 * A customer who writes only "BAJA" / "STOP" / "SAIR"… (or a workspace keyword) is opted out of
 * marketing from that moment; "ALTA" / "START"… opts back in. Recorded in the append-only ledger
 * with the words they used as evidence. Returns what was recorded, if anything.
 */
export async function recordKeywordConsent(tx: Tx, tenantId: string, contactId: string, m: InboundMessage, keywords: Awaited<ReturnType<typeof consentKeywordsOf>>) {
  if (m.type !== "text" || !m.text) return null;
  const found = detectConsentKeyword(m.text, keywords);
  if (!found) return null;
  const status = found === "opt_out" ? "opted_out" : "opted_in";
  await tx.insert(consents).values({ tenantId, contactId, category: "marketing", status, source: "whatsapp:keyword", wording: m.text.slice(0, 200), recordedAt: m.timestamp });
  return status;
}
