import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, channels } from "@/db/schema";
import { recordConsent } from "@/lib/consent/ledger";
import { withTenant } from "@/lib/tenancy/with-tenant";

/**
 * What some permanent send errors mean beyond the one message: 131050 — the customer stopped
 * marketing messages from this business (recorded in the consent ledger); 190 — the channel's
 * token expired or was revoked (the number needs a new token; owners see it on Settings → Channels).
 */
export async function applyFailureSideEffects(db: Db, tenantId: string, target: { channelId: string; contactId: string }, code: number) {
  if (code === 131050) {
    await withTenant(tenantId, (tx) => recordConsent(tx, tenantId, { contactId: target.contactId, category: "marketing", status: "opted_out", source: "whatsapp:error_131050" }), db);
  } else if (code === 190) {
    await withTenant(
      tenantId,
      async (tx) => {
        await tx.update(channels).set({ status: "error" }).where(and(eq(channels.tenantId, tenantId), eq(channels.id, target.channelId)));
        await tx.insert(auditLog).values({ tenantId, action: "channel.token_invalid", targetType: "channel", targetId: target.channelId, data: { code } });
      },
      db,
    );
  }
}
