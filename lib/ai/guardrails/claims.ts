import type { Language } from "../types";
import { extractAmounts } from "./extract/amounts";
import { wallClock } from "./extract/calendar";
import { extractEmails, extractPhones, extractUrls } from "./extract/contacts";
import { extractChronoDates, extractDayOnly, extractIsoDates, extractRelativeDays, extractWeekdayDays } from "./extract/dates";
import { extractDurations, extractOffsets } from "./extract/durations";
import { groupMoments } from "./extract/moments";
import { extractAddresses, extractOrderNumbers } from "./extract/references";
import { extractStatuses } from "./extract/statuses";
import { mask, workspace } from "./extract/text";
import { extractTimes } from "./extract/times";
import type { Claim, ClaimDetail, ExtractContext, Extractor, Found } from "./extract/types";

export type { Claim, ClaimDetail, ClaimKind } from "./extract/types";
export { CLAIM_KINDS } from "./extract/types";

/**
 * Most specific first: each extractor's matches are blanked out before the next one reads, so
 * "pedido 8842" is never also a phone and "2026-11-27" never a duration.
 */
const PIPELINE: Extractor[] = [
  extractEmails,
  extractUrls,
  extractIsoDates,
  extractAmounts,
  extractOrderNumbers,
  extractPhones,
  extractAddresses,
  extractOffsets,
  extractDurations,
  extractTimes,
  extractRelativeDays,
  extractWeekdayDays,
  extractDayOnly,
  extractChronoDates,
  extractStatuses,
];

export type ClaimOptions = { now: Date; timeZone: string };

/** Every claim in a text, with what the grounding check compares. Evidence is read in all three languages. */
export function extractClaimDetails(text: string, opts: ClaimOptions & { languages: readonly Language[]; mode: "draft" | "evidence" }): ClaimDetail[] {
  const now = wallClock(opts.now, opts.timeZone);
  const ctx: ExtractContext = { languages: opts.languages, today: { y: now.y, m: now.m, d: now.d }, now, timeZone: opts.timeZone, mode: opts.mode };
  const ws = workspace(text);
  const folded = ws.folded;
  const found: Found[] = [];
  for (const extract of PIPELINE) {
    const got = extract(ws.folded, ws.original, ctx);
    for (const f of got) mask(ws, f);
    found.push(...got);
  }
  groupMoments(found, folded);
  return found
    .sort((a, b) => a.start - b.start)
    .map((f) => ({ ...f, text: text.slice(f.start, f.end).trim() }));
}

/**
 * The checkable statements in a reply: amounts, dates and times (in `timeZone`, as YYYY-MM-DD and
 * HH:MM), deadlines, durations, order numbers, statuses, phones, links, emails and addresses.
 */
export function extractClaims(text: string, opts: ClaimOptions & { language: Language }): Claim[] {
  return extractClaimDetails(text, { ...opts, languages: [opts.language], mode: "draft" }).map(({ kind, text: t, normalized }) => ({ kind, text: t, normalized }));
}
