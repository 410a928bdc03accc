import type { Evidence, Language } from "../types";
import { extractClaimDetails } from "./claims";
import { sameCurrency } from "./extract/amounts";
import { wallClock } from "./extract/calendar";
import { samePhone } from "./extract/contacts";
import { normalizeReference, streetKey } from "./extract/references";
import { STATUS_SUPPORTS } from "./extract/statuses";
import { digitRuns } from "./extract/text";
import type { ClaimDetail, ClaimKind, Moment } from "./extract/types";
import { checkMoment, type MomentSource, type MomentVerdict } from "./moment-support";

export type GroundingOptions = { customerText: string; language: Language; now: Date; timeZone: string };
export type GroundingResult = { ok: boolean; unsupported: { claim: string; kind: ClaimKind }[] };

/** What the customer said can back these (they gave their order number, proposed a time); never a price, a status or a delivery date. */
const CUSTOMER_MAY_SUPPORT = new Set<ClaimKind>(["date", "time", "order_number", "phone", "url", "email", "address"]);
/** A delivery date comes from an order, a proposed change or what the business wrote — never from a free slot or the opening hours. */
const DEADLINE_SOURCES = new Set<Evidence["source"]>(["order", "action", "knowledge", "fact"]);

const HOUSE_NUMBER_WORDS = new Set(["n", "no", "nº", "num", "numero"]);

/** One piece of evidence, read once: its claims, digit runs, references, and its words as a street is compared. */
type Source = MomentSource & { origin: Evidence["source"]; customer: boolean; claims: ClaimDetail[]; digits: Set<string>; refs: Set<string>; street: string };

function source(text: string, origin: Evidence["source"], opts: GroundingOptions): Source {
  const claims = extractClaimDetails(text, { languages: ["es", "en", "pt"], mode: "evidence", now: opts.now, timeZone: opts.timeZone });
  return {
    origin,
    customer: origin === "customer",
    claims,
    moments: [...new Set(claims.flatMap((c) => (c.moment ? [c.moment] : [])))],
    durations: claims.flatMap((c) => (c.duration ? [c.duration] : [])),
    digits: new Set(digitRuns(text)),
    refs: new Set((text.match(/[\p{L}\d][\p{L}\d-]*/gu) ?? []).map(normalizeReference)),
    street: ` ${streetKey(text).split(" ").filter((w) => !HOUSE_NUMBER_WORDS.has(w)).join(" ")} `,
  };
}

/** Durations are equal in minutes; a count of days may drop or add "laborables" but never change. */
function sameDuration(a: NonNullable<ClaimDetail["duration"]>, b: NonNullable<ClaimDetail["duration"]>): boolean {
  if (a.businessDays === b.businessDays) return a.min === b.min && a.max === b.max;
  const days = (d: typeof a) => (d.businessDays ? [d.min, d.max] : [d.min / 1440, d.max / 1440]);
  const [x, y] = [days(a), days(b)];
  return x[0] === y[0] && x[1] === y[1];
}

function supported(claim: ClaimDetail, sources: Source[]): boolean {
  const others = (kind: ClaimKind) => sources.flatMap((s) => s.claims.filter((c) => c.kind === kind));
  switch (claim.kind) {
    case "amount":
      return others("amount").some((c) => Math.abs(c.amount!.value - claim.amount!.value) < 0.005 && sameCurrency(c.amount!.currency, claim.amount!.currency));
    case "duration":
      return others("duration").some((c) => sameDuration(c.duration!, claim.duration!));
    case "order_number": {
      const runs = digitRuns(claim.normalized);
      return sources.some((s) => s.refs.has(claim.normalized) || (runs.join("").length >= 3 && runs.every((r) => s.digits.has(r))));
    }
    case "status": {
      const { code, negated } = claim.status!;
      const codes = others("status").map((c) => c.status!.code);
      return negated ? codes.length > 0 && codes.every((s) => !STATUS_SUPPORTS[s].includes(code)) : codes.some((s) => STATUS_SUPPORTS[s].includes(code));
    }
    case "phone":
      return others("phone").some((c) => samePhone(c.normalized, claim.normalized)) || sources.some((s) => [...s.digits].some((d) => samePhone(d, claim.normalized)));
    case "email":
      return others("email").some((c) => c.normalized === claim.normalized);
    case "url":
      return others("url").some((c) => c.normalized === claim.normalized || c.normalized.startsWith(`${claim.normalized}/`));
    case "address": {
      const { name, number } = claim.address!;
      return others("address").some((c) => c.address!.name === name && c.address!.number === number) || sources.some((s) => s.street.includes(` ${name} ${number} `));
    }
    default:
      return false;
  }
}

/**
 * Every claim in a draft must be backed by this turn's evidence or, for what the customer can
 * know (their order number, a date they proposed), by the customer's own words. Values are
 * compared, not spellings: 60 € = 60,00 €, "27 de noviembre" = 2026-11-27, #8842 = pedido 8842.
 */
export function checkGrounding(draft: string, evidence: Evidence[], opts: GroundingOptions): GroundingResult {
  const claims = extractClaimDetails(draft, { languages: [opts.language], mode: "draft", now: opts.now, timeZone: opts.timeZone });
  if (claims.length === 0) return { ok: true, unsupported: [] };
  const all = [...evidence.map((e) => source(e.text, e.source, opts)), source(opts.customerText, "customer", opts)];
  const now = wallClock(opts.now, opts.timeZone);
  const today = { y: now.y, m: now.m, d: now.d };
  const verdicts = new Map<Moment, MomentVerdict>();
  const quoted = quotedPhrases(draft, evidence);
  const unsupported: GroundingResult["unsupported"] = [];
  for (const claim of claims) {
    let ok: boolean;
    if (claim.moment && (claim.kind === "date" || claim.kind === "deadline" || claim.kind === "time")) {
      const deadline = claims.some((c) => c.moment === claim.moment && c.kind === "deadline");
      const sources = all.filter((s) => (deadline ? DEADLINE_SOURCES.has(s.origin) : true));
      const verdict = verdicts.get(claim.moment) ?? checkMoment(claim.moment, sources, today, deadline);
      verdicts.set(claim.moment, verdict);
      ok = verdict.ok || (claim.kind === "time" ? verdict.timeAlone && !verdict.dateAlone : verdict.dateAlone);
    } else {
      ok = supported(claim, all.filter((s) => !s.customer || CUSTOMER_MAY_SUPPORT.has(claim.kind)));
    }
    // A claim inside a phrase the draft quotes whole from the business's data ("Entrega el sábado por
    // la mañana", an option as the business wrote it) is supported whatever its kind.
    if (!ok) ok = quoted.some((q) => q.includes(fold(claim.text)));
    if (!ok && !unsupported.some((u) => u.claim === claim.text && u.kind === claim.kind)) unsupported.push({ claim: claim.text, kind: claim.kind });
  }
  return { ok: unsupported.length === 0, unsupported };
}

const fold = (t: string) => t.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ");

/** Phrases of the business's evidence (at least 12 characters, between separators) that the draft repeats verbatim. */
function quotedPhrases(draft: string, evidence: Evidence[]): string[] {
  const text = fold(draft);
  return evidence
    .filter((e) => e.source !== "customer")
    .flatMap((e) => e.text.split(/[;|\n]|:\s/))
    .map((p) => fold(p).trim())
    .filter((p) => p.length >= 12 && text.includes(p));
}
