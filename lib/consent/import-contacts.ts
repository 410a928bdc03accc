import { getDb, type Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { TenantContext } from "@/lib/tenancy/context";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { readContactsFile, type ContactsFile } from "./csv-contacts";
import { consentStates, recordConsents, type ConsentEntry } from "./ledger";
import { defaultCountryOf } from "./settings";
import { upsertContactsByWaId } from "./upsert-contacts";

export type ImportSummary = {
  rows: number;
  contactsCreated: number;
  contactsUpdated: number;
  /** New `opted_in` marketing rows. */
  consentsRecorded: number;
  /** Rows with consent for contacts who had already opted in: nothing to add. */
  alreadyOptedIn: number;
  /** Rows with consent for contacts who had opted out: their own opt-out stands. */
  optedOutKept: number;
};

export type ImportResult = { ok: true; summary: ImportSummary } | Extract<ContactsFile, { ok: false }>;

/**
 * Imports a CSV of contacts (phone, name, consent, consent date, source note) into the workspace.
 * The whole file is checked first and written in one transaction, so a file with any bad row
 * imports nothing. A row with consent records `opted_in` marketing (source "csv_import") with its
 * evidence — file, row, the consent and date as written, the note, who imported it — unless the
 * contact already has a marketing state: an opt-in is not repeated, and a customer's own opt-out
 * is never overridden by a list. Safe to repeat: importing the same file again changes nothing.
 */
export async function importContacts(ctx: TenantContext, file: { name: string; text: string }, db: Db = getDb()): Promise<ImportResult> {
  const checked = readContactsFile(file.text, { defaultCountry: defaultCountryOf(ctx.tenant) });
  if (!checked.ok) return checked;
  const { rows } = checked;
  const fileName = file.name.slice(0, 200);

  const summary = await withTenant(
    ctx.tenantId,
    async (tx) => {
      const upserted = await upsertContactsByWaId(tx, ctx.tenantId, rows);
      const withConsent = rows.filter((r) => r.consent);
      const states = await consentStates(
        tx,
        ctx.tenantId,
        withConsent.map((r) => upserted.get(r.waId)!.id),
      );
      const entries: ConsentEntry[] = [];
      let alreadyOptedIn = 0;
      let optedOutKept = 0;
      for (const r of withConsent) {
        const contactId = upserted.get(r.waId)!.id;
        const current = states.get(contactId)?.marketing?.status;
        if (current === "opted_in") alreadyOptedIn++;
        else if (current === "opted_out") optedOutKept++;
        else
          entries.push({
            contactId,
            category: "marketing",
            status: "opted_in",
            source: "csv_import",
            recordedBy: ctx.userId,
            evidence: { fileName, row: r.row, consent: r.consentText, consentDate: r.consentDateText, consentDateNormalized: r.consentDate, note: r.note, importedBy: ctx.userId },
          });
      }
      const consentsRecorded = await recordConsents(tx, ctx.tenantId, entries);
      const created = [...upserted.values()].filter((c) => c.created).length;
      const result: ImportSummary = { rows: rows.length, contactsCreated: created, contactsUpdated: upserted.size - created, consentsRecorded, alreadyOptedIn, optedOutKept };
      await tx.insert(auditLog).values({ tenantId: ctx.tenantId, actorUserId: ctx.userId, action: "contacts.imported", targetType: "contacts", data: { fileName, ...result } });
      return result;
    },
    db,
  );
  return { ok: true, summary };
}
