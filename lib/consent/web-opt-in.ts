import { and, count, desc, eq, gt, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { consents, tenants, type TenantSettings } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { recordConsent } from "./ledger";
import { defaultCountryOf } from "./settings";
import { upsertContactByWaId } from "./upsert-contacts";
import { optInWording } from "./wording";

/** What the public opt-in page may know about a workspace: nothing but what it shows. */
export type OptInWorkspace = { id: string; name: string; slug: string; defaultLocale: string; timeZone: string; settings: TenantSettings };

/**
 * The workspace behind a public opt-in link (`/optin/<slug>`), read before any tenant is known,
 * so as the table owner. What authorizes it: the slug is the public link the business shares,
 * and only the fields the page shows are returned.
 */
export async function unsafeFindOptInWorkspaceBySlug(slug: string, db: Db = getDb()): Promise<OptInWorkspace | null> {
  const [row] = await db
    .select({ id: tenants.id, name: tenants.name, slug: tenants.slug, defaultLocale: tenants.defaultLocale, timeZone: tenants.timeZone, settings: tenants.settings })
    .from(tenants)
    .where(eq(tenants.slug, slug.toLowerCase()))
    .limit(1);
  return row ?? null;
}

/** What the page shows: the exact sentence accepted and the country assumed for local numbers. */
export const optInPageOf = (w: OptInWorkspace) => ({ businessName: w.name, wording: optInWording(w), defaultCountry: defaultCountryOf(w) });

export type WebOptInEvidence = { pageUrl: string; ip: string | null; userAgent: string | null; submittedAt: Date };

/** The same number again within this time is the same submission (a double click, a reload). */
export const SAME_PHONE_WINDOW_MS = 60_000;
/** More opt-ins than this from one address in the window is refused (a shop's tablet stays far below). */
export const PER_IP_LIMIT = 30;
export const PER_IP_WINDOW_MS = 10 * 60_000;

/**
 * Records a web opt-in: finds or creates the contact and appends `opted_in` marketing with source
 * "web_form", the wording the person accepted and the evidence (page, IP, browser, time). The
 * wording must be the one the workspace shows now — if it changed since the page was loaded the
 * person is asked to read it again. A repeat of the same number within a minute is accepted
 * without a second row; too many from one IP is refused. `waId` is already normalized.
 */
export async function recordWebOptIn(workspace: OptInWorkspace, input: { waId: string; name: string | null; wording: string }, evidence: WebOptInEvidence, db: Db = getDb()) {
  if (input.wording !== optInWording(workspace)) throw new AppError("conflict:consent_wording");
  const tenantId = workspace.id;
  const at = evidence.submittedAt;
  return withTenant(
    tenantId,
    async (tx) => {
      // The upsert locks the contact's row, so a concurrent second submission waits and then sees this one.
      const contact = await upsertContactByWaId(tx, tenantId, { waId: input.waId, name: input.name });
      const [recent] = await tx
        .select({ id: consents.id })
        .from(consents)
        .where(and(eq(consents.tenantId, tenantId), eq(consents.contactId, contact.id), eq(consents.category, "marketing"), eq(consents.source, "web_form"), gt(consents.recordedAt, new Date(at.getTime() - SAME_PHONE_WINDOW_MS))))
        .orderBy(desc(consents.recordedAt))
        .limit(1);
      if (recent) return { contactId: contact.id, consentId: recent.id, repeated: true };
      if (evidence.ip) {
        const [{ n }] = await tx
          .select({ n: count() })
          .from(consents)
          .where(and(eq(consents.tenantId, tenantId), eq(consents.source, "web_form"), gt(consents.recordedAt, new Date(at.getTime() - PER_IP_WINDOW_MS)), sql`${consents.evidence}->>'ip' = ${evidence.ip}`));
        if (n >= PER_IP_LIMIT) throw new AppError("rate_limited:optin");
      }
      const row = await recordConsent(tx, tenantId, {
        contactId: contact.id,
        category: "marketing",
        status: "opted_in",
        source: "web_form",
        wording: input.wording,
        evidence: { pageUrl: evidence.pageUrl.slice(0, 500), ip: evidence.ip, userAgent: evidence.userAgent?.slice(0, 500) ?? null, submittedAt: at.toISOString() },
        recordedAt: at,
      });
      return { contactId: contact.id, consentId: row.id, repeated: false };
    },
    db,
  );
}
