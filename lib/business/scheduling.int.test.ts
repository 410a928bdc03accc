import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { appointments, holidays, openingHours, resources, services } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { findSlots } from "./scheduling";
import { DEFAULT_RESOURCE_KIND, listResources } from "./scheduling-resources";

// A clinic in Madrid with split shifts (9–14, 16–20 on weekdays), closed on Thursday 26 November
// and open 10–12 on Friday 27 (a holiday with its own hours). "Now" is Wednesday 25, 11:07 local.
let database: Database;
type Owner = Awaited<ReturnType<typeof createOwnerWorkspace>>;
const NOW = new Date("2026-11-25T10:07:00Z");
const local = (iso: string) => new Date(iso); // ISO with +01:00 offsets below
const times = (slots: { startsAt: string }[]) => slots.map((s) => s.startsAt.slice(11, 16));

async function clinic(name: string): Promise<Owner> {
  const owner = await createOwnerWorkspace(database.db, name);
  await withTenant(
    owner.tenantId,
    async (tx) => {
      const t = owner.tenantId;
      for (const weekday of [1, 2, 3, 4, 5])
        await tx.insert(openingHours).values([
          { tenantId: t, weekday, opens: "09:00", closes: "14:00" },
          { tenantId: t, weekday, opens: "16:00", closes: "20:00" },
        ]);
      await tx.insert(holidays).values([
        { tenantId: t, date: "2026-11-26", name: "Fiesta local" },
        { tenantId: t, date: "2026-11-27", name: "Víspera", specialHours: ["10:00-12:00"] },
      ]);
    },
    database.db,
  );
  return owner;
}

const slots = (owner: Owner, input: Parameters<typeof findSlots>[2], now = NOW) => withTenant(owner.tenantId, (tx) => findSlots(tx, owner.tenantId, input, now), database.db);

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe("findSlots", () => {
  it("offers 30-minute slots on the quarter-hour grid inside both shifts, never in the past, labelled in Spanish", async () => {
    const owner = await clinic("Agenda partida");
    expect(owner.tenant.timeZone).toBe("Europe/Madrid");
    const found = await slots(owner, { to: local("2026-11-25T23:59:00+01:00"), limit: 50 });
    expect(times(found)).toEqual([
      ...["11:15", "11:30", "11:45", "12:00", "12:15", "12:30", "12:45", "13:00", "13:15", "13:30"],
      ...["16:00", "16:15", "16:30", "16:45", "17:00", "17:15", "17:30", "17:45", "18:00", "18:15", "18:30", "18:45", "19:00", "19:15", "19:30"],
    ]);
    expect(found[0]).toMatchObject({ startsAt: "2026-11-25T11:15:00+01:00", endsAt: "2026-11-25T11:45:00+01:00", label: "miércoles 25 de noviembre, 11:15", serviceId: null });
    expect(found.find((s) => s.startsAt.includes("T16:00"))?.label).toBe("miércoles 25 de noviembre, 16:00");
  });

  it("the business is its own resource when none was entered, created once and not listed", async () => {
    const owner = await clinic("Sin recursos");
    const [first] = await slots(owner, { limit: 1 });
    const [again] = await slots(owner, { limit: 1 });
    expect(first.resourceId).toBe(again.resourceId);
    expect(first.resourceName).toBe("Sin recursos");
    const all = await withTenant(owner.tenantId, (tx) => tx.select().from(resources), database.db);
    expect(all).toHaveLength(1);
    expect(all[0].kind).toBe(DEFAULT_RESOURCE_KIND);
    expect(await withTenant(owner.tenantId, (tx) => listResources(tx, owner.tenantId), database.db)).toEqual([]);
  });

  it("skips a closed holiday and keeps a holiday's own hours", async () => {
    const owner = await clinic("Festivos");
    const found = await slots(owner, { from: local("2026-11-26T00:00:00+01:00"), to: local("2026-11-27T23:59:00+01:00"), limit: 50 });
    expect(found.every((s) => s.startsAt.startsWith("2026-11-27"))).toBe(true);
    expect(times(found)).toEqual(["10:00", "10:15", "10:30", "10:45", "11:00", "11:15", "11:30"]);
  });

  it("uses the service's duration and the part of the day asked for", async () => {
    const owner = await clinic("Servicios");
    const [service] = await withTenant(owner.tenantId, (tx) => tx.insert(services).values({ tenantId: owner.tenantId, name: "Limpieza", durationMinutes: 60 }).returning(), database.db);
    const afternoon = await slots(owner, { serviceId: service.id, to: local("2026-11-25T23:59:00+01:00"), partOfDay: "afternoon", limit: 50 });
    expect(times(afternoon)[0]).toBe("16:00");
    expect(times(afternoon).at(-1)).toBe("19:00");
    expect(afternoon[0]).toMatchObject({ serviceId: service.id, serviceName: "Limpieza", endsAt: "2026-11-25T17:00:00+01:00" });
    const morning = await slots(owner, { serviceId: service.id, to: local("2026-11-25T23:59:00+01:00"), partOfDay: "morning", limit: 50 });
    expect(times(morning).at(-1)).toBe("13:00");
    const unknown = await slots(owner, { serviceId: "00000000-0000-4000-8000-000000000000" });
    expect(unknown).toEqual([]);
  });

  it("leaves out times every able resource has booked, and gives the slot to a free one", async () => {
    const owner = await clinic("Dos doctoras");
    const t = owner.tenantId;
    const { marta, luis, ortho } = await withTenant(
      t,
      async (tx) => {
        const [ortho] = await tx.insert(services).values({ tenantId: t, name: "Ortodoncia", durationMinutes: 30 }).returning();
        const [marta] = await tx.insert(resources).values({ tenantId: t, name: "Dra. Marta Gil" }).returning();
        const [luis] = await tx.insert(resources).values({ tenantId: t, name: "Dr. Luis Pardo", serviceIds: [ortho.id] }).returning();
        // Marta is busy 16:00–17:00; Luis 16:00–16:30.
        await tx.insert(appointments).values([
          { tenantId: t, resourceId: marta.id, startsAt: local("2026-11-25T16:00:00+01:00"), endsAt: local("2026-11-25T17:00:00+01:00") },
          { tenantId: t, resourceId: luis.id, startsAt: local("2026-11-25T16:00:00+01:00"), endsAt: local("2026-11-25T16:30:00+01:00") },
          // A cancelled appointment blocks nothing.
          { tenantId: t, resourceId: luis.id, startsAt: local("2026-11-25T16:30:00+01:00"), endsAt: local("2026-11-25T17:00:00+01:00"), status: "cancelled" },
        ]);
        return { marta, luis, ortho };
      },
      database.db,
    );
    const window = { from: local("2026-11-25T16:00:00+01:00"), to: local("2026-11-25T17:00:00+01:00"), limit: 10 };
    const any = await slots(owner, window);
    expect(any.map((s) => [s.startsAt.slice(11, 16), s.resourceName])).toEqual([
      ["16:30", "Dr. Luis Pardo"],
      ["16:45", "Dr. Luis Pardo"],
      ["17:00", expect.any(String)],
    ]);
    // Marta does every service; Luis only orthodontics: another service is Marta's alone.
    const [cleaning] = await withTenant(t, (tx) => tx.insert(services).values({ tenantId: t, name: "Limpieza", durationMinutes: 30 }).returning(), database.db);
    const onlyMarta = await slots(owner, { ...window, serviceId: cleaning.id });
    expect(onlyMarta.map((s) => s.startsAt.slice(11, 16))).toEqual(["17:00"]);
    expect(onlyMarta[0].resourceId).toBe(marta.id);
    const orthoSlots = await slots(owner, { ...window, serviceId: ortho.id });
    expect(orthoSlots[0]).toMatchObject({ resourceId: luis.id, serviceName: "Ortodoncia" });
  });

  it("returns nothing for a window wholly in the past", async () => {
    const owner = await clinic("Pasado");
    expect(await slots(owner, { from: local("2026-11-20T09:00:00+01:00"), to: local("2026-11-24T20:00:00+01:00") })).toEqual([]);
  });
});
