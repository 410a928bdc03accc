import { and, asc, eq, isNull, or } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { channels } from "@/db/schema";

/** A simulator number as the fake Graph API sees it. A number without a WABA id is its own WABA. */
export type SimulatorChannel = {
  id: string;
  tenantId: string;
  phoneNumberId: string;
  wabaId: string;
  displayPhoneNumber: string | null;
  throughputMps: number;
};

const columns = { id: channels.id, tenantId: channels.tenantId, phoneNumberId: channels.phoneNumberId, wabaId: channels.wabaId, displayPhoneNumber: channels.displayPhoneNumber, throughputMps: channels.throughputMps };

type Row = { id: string; tenantId: string; phoneNumberId: string | null; wabaId: string | null; displayPhoneNumber: string | null; throughputMps: number };

const toChannel = (r: Row): SimulatorChannel => ({ ...r, phoneNumberId: r.phoneNumberId ?? "", wabaId: r.wabaId ?? r.phoneNumberId ?? "" });

/**
 * The simulator number a Graph call addresses, by its phone-number id (sends, media) or its WABA
 * id (templates), before any tenant is known: the simulator's one lookup outside `withTenant`.
 * What authorizes it: simulator ids are only ever reachable from this app's own simulator channels,
 * only `simulator` channels are found, and everything read afterwards is scoped to the tenant
 * found here.
 */
export async function unsafeFindSimulatorChannel(db: Db, graphId: string, by: "phone" | "waba"): Promise<SimulatorChannel | null> {
  const match =
    by === "phone"
      ? eq(channels.phoneNumberId, graphId)
      : or(eq(channels.wabaId, graphId), and(isNull(channels.wabaId), eq(channels.phoneNumberId, graphId)));
  const [row] = await db.select(columns).from(channels).where(and(eq(channels.provider, "simulator"), match)).orderBy(asc(channels.createdAt)).limit(1);
  return row ? toChannel(row) : null;
}

/** Every simulator number of this workspace on this WABA (template webhooks go to each). */
export async function simulatorChannelsOfWaba(tx: Tx, tenantId: string, wabaId: string) {
  const rows = await tx
    .select({ ...columns, appSecretEnc: channels.appSecretEnc })
    .from(channels)
    .where(and(eq(channels.tenantId, tenantId), eq(channels.provider, "simulator"), or(eq(channels.wabaId, wabaId), and(isNull(channels.wabaId), eq(channels.phoneNumberId, wabaId)))));
  return rows.map((r) => ({ ...toChannel(r), appSecretEnc: r.appSecretEnc }));
}
