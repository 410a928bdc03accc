import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { tenants } from "@/db/schema";
import { createOwnerWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { addHoliday, listHolidays, listOpeningHours, removeHoliday, replaceOpeningHours } from "./hours";
import { formatNextOpen, isOpenAt, loadSchedule, nextOpening } from "./schedule";

let database: Database;
let owner: Awaited<ReturnType<typeof createOwnerWorkspace>>;
let other: Awaited<ReturnType<typeof createOwnerWorkspace>>;
const as = <T>(o: typeof owner, fn: Parameters<typeof withTenant<T>>[1]) => withTenant(o.tenantId, fn, database.db);

const week = [1, 2, 3, 4].flatMap((weekday) => [
  { weekday, opens: "9:00", closes: "14:00" },
  { weekday, opens: "16:00", closes: "20:00" },
]);

beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createOwnerWorkspace(database.db, "Horario");
  other = await createOwnerWorkspace(database.db, "Otro horario");
});
afterAll(async () => {
  await database?.close();
});

describe("opening hours", () => {
  it("replaces the week with normalized ranges", async () => {
    const saved = await as(owner, (tx) => replaceOpeningHours(tx, owner.tenantId, [...week, { weekday: 5, opens: "09:00", closes: "15:00" }]));
    expect(saved.ok).toBe(true);
    const hours = await as(owner, (tx) => listOpeningHours(tx, owner.tenantId));
    expect(hours).toHaveLength(9);
    expect(hours[0]).toEqual({ weekday: 1, opens: "09:00", closes: "14:00" });
    expect(await as(other, (tx) => listOpeningHours(tx, other.tenantId))).toEqual([]);
  });

  it("keeps the old week when the new one has a problem, and says which range", async () => {
    const result = await as(owner, (tx) =>
      replaceOpeningHours(tx, owner.tenantId, [
        { weekday: 1, opens: "09:00", closes: "14:00" },
        { weekday: 1, opens: "13:00", closes: "18:00" },
        { weekday: 2, opens: "14:00", closes: "09:00" },
        { weekday: 3, opens: "9h", closes: "14:00" },
        { weekday: 4, opens: "24:00", closes: "24:00" },
      ]),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { weekday: 1, index: 1, reason: "overlap" },
        { weekday: 2, index: 0, reason: "closes_before_opens" },
        { weekday: 3, index: 0, reason: "time_invalid" },
        { weekday: 4, index: 0, reason: "time_invalid" },
      ],
    });
    expect(await as(owner, (tx) => listOpeningHours(tx, owner.tenantId))).toHaveLength(9);
  });

  it("allows a range that starts when the previous one ends, a day until midnight, and an empty week", async () => {
    const ok = await as(other, (tx) =>
      replaceOpeningHours(tx, other.tenantId, [
        { weekday: 6, opens: "10:00", closes: "14:00" },
        { weekday: 6, opens: "14:00", closes: "24:00" },
      ]),
    );
    expect(ok.ok).toBe(true);
    expect((await as(other, (tx) => replaceOpeningHours(tx, other.tenantId, []))).ok).toBe(true);
    expect(await as(other, (tx) => listOpeningHours(tx, other.tenantId))).toEqual([]);
  });
});

describe("holidays", () => {
  it("adds, replaces by date, lists from a date and removes only the workspace's own", async () => {
    const christmas = await as(owner, (tx) => addHoliday(tx, owner.tenantId, { date: "2026-12-25", name: "Navidad" }));
    await as(owner, (tx) => addHoliday(tx, owner.tenantId, { date: "2026-12-08", name: "Inmaculada" }));
    const eve = await as(owner, (tx) => addHoliday(tx, owner.tenantId, { date: "2026-12-24", name: "Nochebuena", specialHours: ["9:00 - 13:00"] }));
    expect(eve.specialHours).toEqual(["09:00-13:00"]);
    const renamed = await as(owner, (tx) => addHoliday(tx, owner.tenantId, { date: "2026-12-25", name: "Navidad (cerrado)" }));
    expect(renamed.id).toBe(christmas.id);
    expect((await as(owner, (tx) => listHolidays(tx, owner.tenantId))).map((h) => [h.date, h.name])).toEqual([
      ["2026-12-08", "Inmaculada"],
      ["2026-12-24", "Nochebuena"],
      ["2026-12-25", "Navidad (cerrado)"],
    ]);
    expect(await as(owner, (tx) => listHolidays(tx, owner.tenantId, { from: "2026-12-20" }))).toHaveLength(2);

    await expect(as(owner, (tx) => addHoliday(tx, owner.tenantId, { date: "2026-02-30" }))).rejects.toThrow();
    await expect(as(owner, (tx) => addHoliday(tx, owner.tenantId, { date: "2026-12-31", specialHours: ["tarde"] }))).rejects.toThrow();

    expect(await as(other, (tx) => removeHoliday(tx, other.tenantId, eve.id))).toBe(false);
    expect(await as(owner, (tx) => removeHoliday(tx, owner.tenantId, eve.id))).toBe(true);
  });
});

describe("loadSchedule", () => {
  it("reads the week, the holidays still ahead and the workspace's time zone, for the pure functions", async () => {
    await as(owner, (tx) => addHoliday(tx, owner.tenantId, { date: "2026-01-06", name: "Reyes" }));
    const now = new Date("2026-12-07T20:00:00Z"); // Monday 21:00 in Madrid
    const schedule = await as(owner, (tx) => loadSchedule(tx, owner.tenantId, now));
    expect(schedule.timeZone).toBe("Europe/Madrid");
    expect(schedule.hours).toHaveLength(9);
    expect(schedule.holidays.map((h) => h.date)).toEqual(["2026-12-08", "2026-12-25"]);
    expect(isOpenAt(schedule, now)).toBe(false);
    const next = nextOpening(schedule, now);
    expect(next).toEqual(new Date("2026-12-09T08:00:00Z")); // Tuesday 8th is a holiday
    expect(formatNextOpen(next!, schedule.timeZone, "es", now)).toBe("el miércoles a las 9:00");
  });

  it("follows the workspace's own time zone", async () => {
    await database.db.update(tenants).set({ timeZone: "America/Mexico_City" }).where(eq(tenants.id, other.tenantId));
    await as(other, (tx) => replaceOpeningHours(tx, other.tenantId, [{ weekday: 1, opens: "10:00", closes: "19:00" }]));
    const schedule = await as(other, (tx) => loadSchedule(tx, other.tenantId, new Date("2026-11-23T12:00:00Z")));
    expect(schedule).toEqual({ timeZone: "America/Mexico_City", hours: [{ weekday: 1, opens: "10:00", closes: "19:00" }], holidays: [] });
    expect(nextOpening(schedule, new Date("2026-11-23T12:00:00Z"))).toEqual(new Date("2026-11-23T16:00:00Z"));
  });
});
