import { localParts, offsetMinutes, toHHMM } from "./schedule-time";

/** The local time of `at` in `timeZone`, HH:MM. */
export const localTimeOf = (at: Date, timeZone: string) => toHHMM(localParts(at, timeZone).minutes);

/** ISO 8601 with the zone's offset, as the tools return times: 2026-11-27T17:00:00+01:00. */
export function isoWithOffset(at: Date, timeZone: string): string {
  const off = offsetMinutes(at.getTime(), timeZone);
  const local = new Date(Math.floor(at.getTime() / 1000) * 1000 + off * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(off);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local}${off < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
