import type { EvalMetrics, PlayedTurn } from "./metrics";
import type { EvalReport } from "./run-eval";

/** The evaluation as people read it in a terminal or a CI log: a table, then what failed and why. */

const ROWS: { key: keyof EvalMetrics; label: string; kind: "ratio" | "count" }[] = [
  { key: "scenarios", label: "scenarios", kind: "count" },
  { key: "turns", label: "turns", kind: "count" },
  { key: "intentAccuracy", label: "intent accuracy", kind: "ratio" },
  { key: "toolAccuracy", label: "correct tool use", kind: "ratio" },
  { key: "outcomeAccuracy", label: "outcome accuracy", kind: "ratio" },
  { key: "escalationPrecision", label: "escalation precision", kind: "ratio" },
  { key: "escalationRecall", label: "escalation recall", kind: "ratio" },
  { key: "unsupportedClaimsBlocked", label: "unsupported claims blocked", kind: "count" },
  { key: "unsupportedClaimsLeaked", label: "unsupported claims leaked", kind: "count" },
  { key: "unconfirmedIrreversibleActions", label: "actions without confirmation", kind: "count" },
  { key: "actionAccuracy", label: "action expectations met", kind: "ratio" },
  { key: "mentionFailures", label: "turns failing mentions", kind: "count" },
  { key: "replyLanguageAccuracy", label: "reply language", kind: "ratio" },
  { key: "skippedTurns", label: "skipped turns", kind: "count" },
  { key: "unplayableTurns", label: "taps with nothing to tap", kind: "count" },
  { key: "erroredTurns", label: "errored turns", kind: "count" },
];

const cell = (value: number | null, kind: "ratio" | "count") => (value === null ? "n/a" : kind === "ratio" ? `${(value * 100).toFixed(1)}%` : String(value));

export function metricsTable(columns: { title: string; metrics: EvalMetrics }[]): string {
  const header = ["metric", ...columns.map((c) => c.title)];
  const rows = ROWS.map((r) => [r.label, ...columns.map((c) => cell(c.metrics[r.key], r.kind))]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (row: string[]) => row.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
const quote = (s: string | null, max = 220) => (s === null ? "(nothing)" : `"${s.replace(/\s+/g, " ").slice(0, max)}${s.length > max ? "…" : ""}"`);

export function formatTurn(t: PlayedTurn): string {
  if (t.skipped) return `  ${t.index + 1}. ${t.kind} ${t.input} → skipped: ${t.skipped}`;
  if (t.kind === "advance") return `  ${t.index + 1}. ${t.input}`;
  if (!t.result) return `  ${t.index + 1}. ${t.kind} ${quote(t.input, 80)} → ${t.error ?? t.unplayable ?? "no result"}`;
  const r = t.result;
  const extras = [r.action ? `action ${r.action}` : null, t.effects.length ? `db: ${t.effects.join("; ")}` : null, t.leaked ? `leaked: ${t.leakedClaims?.join(", ")}` : null, r.unsupportedClaimsBlocked ? `blocked ${r.unsupportedClaimsBlocked}` : null].filter(Boolean);
  return [`  ${t.index + 1}. ${t.kind} ${quote(t.input, 80)} → ${r.outcome} · ${r.intent ?? "-"} · [${r.tools.join(", ")}]${extras.length ? ` · ${extras.join(" · ")}` : ""}`, `       ${quote(r.text, 1000)}${r.buttons.length ? ` [${r.buttons.map((b) => b.title).join(" | ")}]` : ""}`].join("\n");
}

export function formatReport(report: EvalReport, opts: { verbose?: boolean } = {}): string {
  const s = report.summary;
  const out: string[] = [];
  const used = Object.entries(report.models).map(([m, n]) => `${m} (${n} turns)`).join(", ");
  out.push(`Hilo assistant evaluation — model: ${report.model}${used ? ` — answers written by ${used}` : ""}`, "");
  const languages = Object.keys(s.byLanguage) as (keyof typeof s.byLanguage)[];
  out.push(metricsTable([{ title: "overall", metrics: s }, ...languages.map((l) => ({ title: l, metrics: s.byLanguage[l]! }))]), "");
  if (opts.verbose) {
    out.push("Turns");
    let current = "";
    for (const t of report.turns) {
      if (t.scenario !== current) out.push(`${t.file}${(current = t.scenario) === t.file.replace(/\.json$/, "") ? "" : ` — ${t.scenario}`}`);
      out.push(formatTurn(t));
    }
    out.push("");
  }
  if (s.failingTurns.length) {
    out.push(`Failing turns (${s.failingTurns.length})`);
    for (const f of s.failingTurns) {
      out.push(`  ${f.file} › turn ${f.turn} (${f.kind}, ${f.language}) ${quote(f.input, 100)}`);
      for (const c of f.failed) out.push(`      ${c.key}: expected ${show(c.expected)}, got ${show(c.got)}`);
      if (!f.failed.some((c) => c.key === "mentions" || c.key === "mustNotMention")) out.push(`      sent: ${quote(f.text)}`);
    }
    out.push("");
  } else out.push("No failing turns.", "");
  if (s.skipped.length) {
    out.push(`Skipped turns (${s.skipped.length}, not counted)`);
    for (const k of s.skipped) out.push(`  ${k.scenario} › turn ${k.turn}: ${k.reason}`);
    out.push("");
  }
  for (const n of report.notes) out.push(`note: ${n}`);
  for (const w of report.warnings) out.push(`warning: ${w}`);
  return out.join("\n");
}

/** The one JSON object `--json` prints: the metrics the issue names first, then the details. */
export function reportJson(report: EvalReport) {
  const { byLanguage, failingTurns, skipped, ...metrics } = report.summary;
  return { ...metrics, byLanguage, model: report.model, models: report.models, failingTurns, skipped, notes: report.notes, warnings: report.warnings };
}
