import type { Tx } from "@/db/engine";
import { upsertOrderByNumber } from "./orders";
import { readOrdersFile, type OrdersFile } from "./orders-csv";

export type OrdersImportResult = { ok: true; rows: number; created: number; updated: number } | Extract<OrdersFile, { ok: false }>;

/**
 * Imports a CSV of orders into the workspace in the caller's transaction: the whole file is
 * checked first (see readOrdersFile), so a file with any bad row imports nothing. An order whose
 * number exists is updated, so importing a shop's export again refreshes it; safe to repeat.
 */
export async function importOrdersCsv(tx: Tx, tenantId: string, text: string, opts: { defaultCountry: string }): Promise<OrdersImportResult> {
  const checked = readOrdersFile(text, opts);
  if (!checked.ok) return checked;
  let created = 0;
  for (const order of checked.orders) {
    if ((await upsertOrderByNumber(tx, tenantId, order)).created) created++;
  }
  return { ok: true, rows: checked.orders.length, created, updated: checked.orders.length - created };
}
