import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { tenants } from "@/db/schema";
import { pendingKeywordConfirmations, queueKeywordConfirmation, type QueuedReply } from "@/lib/consent/keyword-confirmation";
import { currentConsent, recordConsent } from "@/lib/consent/ledger";
import { detectConsentKeyword } from "../rules/consent-keywords";
import type { WebhookItem } from "./normalize";
import type { StoredInbound } from "./persist-message";

type InboundMessage = Extract<WebhookItem, { kind: "message" }>;
export type { QueuedReply };

/**
 * For one webhook delivery: what customers' keyword messages do to their marketing consent. A
 * customer who writes only "BAJA" / "STOP" / "SAIR"… (or a workspace keyword) is opted out from
 * that moment; "ALTA" / "START"… opts back in. Each such message is a ledger row with the words
 * used as evidence — a repeat too, as a record that they asked again — but only a change of state
 * is answered, once: the confirmation is queued in the same transaction and returned so its send
 * is requested after the commit. A redelivered message writes nothing and returns its still
 * unsent confirmation, if any. The workspace (its extra keywords) is read once per delivery.
 */
export function keywordConsentHandler(tx: Tx, tenantId: string) {
  let workspace: Promise<typeof tenants.$inferSelect> | undefined;
  const loadWorkspace = () => (workspace ??= tx.select().from(tenants).where(eq(tenants.id, tenantId)).then(([t]) => t));

  return async (stored: StoredInbound, m: InboundMessage): Promise<QueuedReply[]> => {
    if (m.type !== "text" || !m.text) return [];
    if (!stored.isNew) return stored.emitted ? [] : pendingKeywordConfirmations(tx, tenantId, stored);
    const tenant = await loadWorkspace();
    const k = tenant.settings.consentKeywords;
    const found = detectConsentKeyword(m.text, { extraOptOut: k?.optOut, extraOptIn: k?.optIn });
    if (!found) return [];
    const status = found === "opt_out" ? "opted_out" : "opted_in";
    const before = await currentConsent(tx, tenantId, stored.contactId, "marketing");
    await recordConsent(tx, tenantId, { contactId: stored.contactId, category: "marketing", status, source: "whatsapp:keyword", wording: m.text.slice(0, 200), evidence: { wamid: m.wamid }, recordedAt: m.timestamp });
    if (before?.status === status) return [];
    const reply = await queueKeywordConfirmation(tx, tenant, { conversationId: stored.conversationId, contactId: stored.contactId, status, keyword: m.text, wamid: m.wamid });
    return reply ? [reply] : [];
  };
}
