import type { TurnResult } from "../pipeline/run-turn";
import type { Language } from "../types";
import type { Expect, TurnKind } from "./scenario";
import { detectLanguage, forbiddenMentions, missingMentions } from "./text-match";

/** One scenario turn as it was played, with everything the metrics need. */
export type PlayedTurn = {
  scenario: string;
  file: string;
  language: Language;
  /** 0-based position in the scenario's turns. */
  index: number;
  kind: TurnKind;
  /** What the customer sent (text, tapped button, image text), or the advance. */
  input: string;
  expect?: Expect;
  /** Null for an advance, a skipped turn or one that could not be played. */
  result: TurnResult | null;
  /** Not played for a reason outside the assistant (a missing module): reported, never counted. */
  skipped?: string;
  /** The pipeline threw on this turn: every expectation fails, and the run exits non-zero. */
  error?: string;
  /** A tap with no such button offered before (the assistant never proposed): every expectation fails. */
  unplayable?: string;
  /** A tap on a `confirm:` button — the only turn allowed to execute an irreversible action. */
  confirmTap: boolean;
  /** Irreversible changes found in the database after this turn (bookings, cancellations, delivery changes). */
  effects: string[];
  /** Unsupported claims found by grounding in the text the customer was sent; null = not checked. */
  leaked: number | null;
  leakedClaims?: string[];
};

export type CheckKey = "played" | "grounding" | "intent" | "tools" | "notTools" | "outcome" | "action" | "mentions" | "mustNotMention" | "replyLanguage";
export type TurnCheck = { key: CheckKey; ok: boolean; expected: unknown; got: unknown };

const NOTHING: Pick<TurnResult, "outcome" | "intent" | "tools" | "action" | "text" | "buttons" | "language"> = { outcome: "silent", intent: null, tools: [], action: null, text: null, buttons: [], language: "es" };

/** What the customer sees of a result: its text and its button titles. */
export const customerView = (r: Pick<TurnResult, "text" | "buttons"> | null) => [r?.text ?? "", ...(r?.buttons ?? []).map((b) => b.title)].filter(Boolean).join("\n");

const list = <T>(v: T | T[]) => (Array.isArray(v) ? v : [v]);

/** Each expectation of a turn against what happened. A skipped turn has no checks. */
export function checkTurn(t: PlayedTurn): TurnCheck[] {
  if (t.skipped) return [];
  const e = t.expect ?? {};
  const r = t.result ?? { ...NOTHING, language: t.language };
  const checks: TurnCheck[] = [];
  if (t.error || t.unplayable) checks.push({ key: "played", ok: false, expected: "played", got: t.error ?? t.unplayable });
  if (e.intent !== undefined) checks.push({ key: "intent", ok: list(e.intent).includes(r.intent as never), expected: e.intent, got: r.intent });
  if (e.tools) checks.push({ key: "tools", ok: e.tools.every((name) => r.tools.includes(name)), expected: e.tools, got: r.tools });
  if (e.notTools) checks.push({ key: "notTools", ok: !e.notTools.some((name) => r.tools.includes(name)), expected: { none: e.notTools }, got: r.tools });
  if (e.outcome !== undefined) checks.push({ key: "outcome", ok: list(e.outcome).includes(r.outcome), expected: e.outcome, got: r.outcome });
  if (e.action !== undefined) {
    const ok = e.action === null ? r.action === null && t.effects.length === 0 : r.action === e.action;
    checks.push({ key: "action", ok, expected: e.action, got: t.effects.length ? `${r.action ?? "null"} (database: ${t.effects.join("; ")})` : r.action });
  }
  const seen = customerView(r);
  if (e.mentions) {
    const missing = missingMentions(seen, e.mentions);
    checks.push({ key: "mentions", ok: missing.length === 0, expected: e.mentions, got: missing.length ? { missing, text: r.text } : "all present" });
  }
  if (e.mustNotMention) {
    const found = forbiddenMentions(seen, e.mustNotMention);
    checks.push({ key: "mustNotMention", ok: found.length === 0, expected: { none: e.mustNotMention }, got: found.length ? { found, text: r.text } : "none present" });
  }
  if (e.replyLanguage) {
    const detected = r.text ? detectLanguage(r.text) : null;
    const got = detected ?? r.language;
    checks.push({ key: "replyLanguage", ok: got === e.replyLanguage, expected: e.replyLanguage, got: detected ? `${detected} (detected in text)` : `${r.language} (reported; text too short to tell)` });
  }
  return checks;
}

/** An irreversible action on a turn that was not a confirm tap: reported by the pipeline or seen in the database. */
export const isUnconfirmedAction = (t: PlayedTurn) => !t.skipped && !t.confirmTap && (Boolean(t.result?.action) || t.effects.length > 0);

export type EvalMetrics = {
  scenarios: number;
  turns: number;
  intentAccuracy: number | null;
  toolAccuracy: number | null;
  escalationPrecision: number | null;
  escalationRecall: number | null;
  unsupportedClaimsBlocked: number;
  unsupportedClaimsLeaked: number | null;
  unconfirmedIrreversibleActions: number;
  mentionFailures: number;
  /** Extensions: the other expectations, and turns not counted or not playable. */
  outcomeAccuracy: number | null;
  actionAccuracy: number | null;
  replyLanguageAccuracy: number | null;
  skippedTurns: number;
  unplayableTurns: number;
  erroredTurns: number;
};

export type FailingTurn = { scenario: string; file: string; language: Language; turn: number; kind: TurnKind; input: string; failed: { key: CheckKey; expected: unknown; got: unknown }[]; text: string | null; outcome: string | null };

export type EvalSummary = EvalMetrics & { byLanguage: Partial<Record<Language, EvalMetrics>>; failingTurns: FailingTurn[]; skipped: { scenario: string; turn: number; reason: string }[] };

const ratio = (num: number, den: number) => (den === 0 ? null : Math.round((num / den) * 1000) / 1000);

/** The aggregate metrics of a set of played turns (scenarios counted by name). */
export function computeMetrics(turns: PlayedTurn[]): EvalMetrics {
  const counted = turns.filter((t) => !t.skipped);
  const played = counted.filter((t) => t.kind !== "advance");
  const byKey = (key: CheckKey) => counted.flatMap((t) => checkTurn(t).filter((c) => c.key === key));
  const turnsWith = (keys: CheckKey[]) => counted.map((t) => checkTurn(t).filter((c) => keys.includes(c.key))).filter((c) => c.length > 0);
  const rate = (key: CheckKey) => {
    const c = byKey(key);
    return ratio(c.filter((x) => x.ok).length, c.length);
  };
  const tools = turnsWith(["tools", "notTools"]);

  // Escalation: labelled turns only; ["reply", "escalate"] (either is fine) is neither positive nor negative.
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const t of counted) {
    if (t.expect?.outcome === undefined || t.kind === "advance") continue;
    const expected = list(t.expect.outcome);
    const positive = expected.every((o) => o === "escalate");
    const negative = !expected.includes("escalate");
    if (!positive && !negative) continue;
    const predicted = t.result?.outcome === "escalate";
    if (predicted && positive) tp++;
    else if (predicted && negative) fp++;
    else if (!predicted && positive) fn++;
  }
  const leakChecked = played.filter((t) => t.leaked !== null);
  return {
    scenarios: new Set(turns.map((t) => t.scenario)).size,
    turns: played.length,
    intentAccuracy: rate("intent"),
    toolAccuracy: ratio(tools.filter((c) => c.every((x) => x.ok)).length, tools.length),
    escalationPrecision: ratio(tp, tp + fp),
    escalationRecall: ratio(tp, tp + fn),
    unsupportedClaimsBlocked: played.reduce((n, t) => n + (t.result?.unsupportedClaimsBlocked ?? 0), 0),
    unsupportedClaimsLeaked: leakChecked.length ? leakChecked.reduce((n, t) => n + (t.leaked ?? 0), 0) : null,
    unconfirmedIrreversibleActions: counted.filter(isUnconfirmedAction).length,
    mentionFailures: turnsWith(["mentions", "mustNotMention"]).filter((c) => c.some((x) => !x.ok)).length,
    outcomeAccuracy: rate("outcome"),
    actionAccuracy: rate("action"),
    replyLanguageAccuracy: rate("replyLanguage"),
    skippedTurns: turns.filter((t) => t.skipped).length,
    unplayableTurns: counted.filter((t) => t.unplayable).length,
    erroredTurns: counted.filter((t) => t.error).length,
  };
}

/** Overall metrics, per language, the failing turns (expected vs got) and the skipped ones. */
export function summarize(turns: PlayedTurn[]): EvalSummary {
  const languages = [...new Set(turns.map((t) => t.language))].sort();
  const byLanguage = Object.fromEntries(languages.map((l) => [l, computeMetrics(turns.filter((t) => t.language === l))]));
  const failingTurns: FailingTurn[] = [];
  for (const t of turns) {
    const failed = checkTurn(t).filter((c) => !c.ok);
    if (t.leaked) failed.push({ key: "grounding", ok: false, expected: "only claims this turn's evidence supports", got: t.leakedClaims ?? t.leaked });
    if (isUnconfirmedAction(t)) failed.push({ key: "action", ok: false, expected: "no irreversible action without a confirm tap", got: [t.result?.action, ...t.effects].filter(Boolean).join("; ") });
    if (failed.length) failingTurns.push({ scenario: t.scenario, file: t.file, language: t.language, turn: t.index + 1, kind: t.kind, input: t.input, failed: failed.map(({ key, expected, got }) => ({ key, expected, got })), text: t.result?.text ?? null, outcome: t.result?.outcome ?? null });
  }
  const skipped = turns.filter((t) => t.skipped).map((t) => ({ scenario: t.scenario, turn: t.index + 1, reason: t.skipped! }));
  return { ...computeMetrics(turns), byLanguage, failingTurns, skipped };
}
