// npm run eval — the assistant's evaluation. Runs every scenario in lib/ai/eval/scenarios through
// the real reply pipeline (local model; `--model <name>` for an OpenAI-compatible one) in a fresh
// in-memory database and prints intent accuracy, tool use, escalation precision/recall,
// unsupported claims blocked vs leaked, actions without confirmation — overall and per language.
// `-- --json` prints one JSON object; `-- --replay <slug>` re-runs a workspace's recorded
// conversations (DATABASE_URL / PGLITE_DIR) as a dry run and lists the answers that differ.
// Exit 0 whatever the scores, unless the run crashed, the pipeline threw on a turn, or a --min/--max
// threshold is missed.
import "./server-only-shim";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseEvalArgs, USAGE, type EvalArgs } from "../lib/ai/eval/cli-args";
import { loadEnvFiles } from "./env-files";

async function evaluate(args: EvalArgs): Promise<number> {
  // Scenario images go to a throw-away folder, never to the real media store.
  const mediaDir = mkdtempSync(path.join(tmpdir(), "hilo-eval-media-"));
  process.env.MEDIA_DIR = mediaDir;
  delete process.env.S3_BUCKET;
  try {
    return await evaluateWith(args);
  } finally {
    rmSync(mediaDir, { recursive: true, force: true });
  }
}

async function evaluateWith(args: EvalArgs): Promise<number> {
  const { runEval, missedThresholds } = await import("../lib/ai/eval/run-eval");
  const { formatReport, reportJson } = await import("../lib/ai/eval/report");

  let model = null;
  if (args.model) {
    const apiKey = process.env.OPENAI_API_KEY || null;
    const baseUrl = process.env.OPENAI_BASE_URL || (apiKey ? "https://api.openai.com/v1" : null);
    if (!baseUrl) throw new Error("--model needs OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL (an OpenAI-compatible server such as Ollama or vLLM)");
    model = { name: args.model, baseUrl, apiKey };
  }
  // The install-wide model default (lib/ai/providers.ts) must not stand in for the local engine or
  // for a --model the workspaces could not use: the workspaces' own settings decide, nothing else.
  for (const name of ["AI_PROVIDER", "OPENAI_API_KEY", "OPENAI_BASE_URL", "AI_MODEL"]) delete process.env[name];
  const progress = process.stderr.isTTY && !args.verbose;
  let done = 0;
  const report = await runEval({
    scenariosDir: args.scenariosDir ? path.resolve(args.scenariosDir) : undefined,
    only: args.only,
    model,
    onScenario: (name, turns) => {
      done++;
      if (progress) process.stderr.write(`\r  ${done} scenarios played (${name.slice(0, 50).padEnd(50)})`);
      else if (args.verbose && !args.json) process.stderr.write(`played ${name}: ${turns.length} turns\n`);
    },
  });
  if (progress) process.stderr.write("\n");
  console.log(args.json ? JSON.stringify(reportJson(report)) : formatReport(report, { verbose: args.verbose }));

  const missed = missedThresholds(report.summary, args.thresholds);
  for (const m of missed) console.error(`threshold missed: ${m}`);
  // The pipeline is meant to turn every failure into an escalation: an exception is a crash, not a score.
  if (report.summary.erroredTurns) console.error(`the pipeline threw on ${report.summary.erroredTurns} turns (see "played" in the failing turns)`);
  return missed.length || report.summary.erroredTurns ? 1 : 0;
}

async function replay(args: EvalArgs): Promise<number> {
  const { getDatabaseEnv } = await import("../lib/env");
  const { openDatabase } = await import("../db/engine");
  const { loadPipeline } = await import("../lib/ai/eval/optional-modules");
  const { formatReplay, replayWorkspace } = await import("../lib/ai/eval/replay");
  const pipeline = await loadPipeline();
  if (!pipeline.ok) throw new Error(`the reply pipeline is not available: ${pipeline.reason}`);
  const database = openDatabase(getDatabaseEnv());
  // Modules that reach for the app's database handle must find this one.
  (globalThis as unknown as { __hiloDb?: unknown }).__hiloDb = database;
  try {
    const report = await replayWorkspace(database.db, { slug: args.replay!, limit: args.limit, runTurn: pipeline.value });
    console.log(args.json ? JSON.stringify(report) : formatReplay(report));
    return report.all.some((t) => "error" in t.replayed) ? 1 : 0;
  } finally {
    await database.close();
  }
}

async function main(): Promise<number> {
  const args = parseEvalArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  loadEnvFiles();
  if (args.replay) return replay(args);
  // The evaluation's own database needs secrets only to encrypt its throw-away channels.
  process.env.APP_ENCRYPTION_KEY ||= randomBytes(32).toString("base64");
  process.env.AUTH_SECRET ||= randomBytes(33).toString("base64url");
  return evaluate(args);
}

main()
  .then((code) => process.exit(code))
  .catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    if (process.env.DEBUG) console.error(e);
    process.exit(1);
  });
