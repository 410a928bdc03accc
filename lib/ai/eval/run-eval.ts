import path from "node:path";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Database } from "@/db/engine";
import { aiTurns } from "@/db/schema";
import { mediaStore } from "@/lib/media/storage";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { summarize, type EvalSummary, type PlayedTurn } from "./metrics";
import { loadApiKeyEncryption, loadGrounding, loadPipeline, loadRenderer, type CheckGrounding, type Loaded, type RenderTextToPng, type RunTurn } from "./optional-modules";
import { playScenario } from "./play-scenario";
import { loadScenarios } from "./scenario";
import { seedScenario, type EvalModel } from "./seed-business";

export const DEFAULT_SCENARIOS_DIR = path.join(process.cwd(), "lib", "ai", "eval", "scenarios");

export type EvalOptions = {
  scenariosDir?: string;
  /** Only scenarios whose name or file contains this (case-insensitive). */
  only?: string;
  /** Another model instead of the local engine: written to each workspace's ai_settings. */
  model?: EvalModel | null;
  /** Default: a fresh in-memory PGlite, migrated, closed at the end. */
  database?: Database;
  // Injected parts (tests); by default the real modules are loaded.
  runTurn?: RunTurn;
  checkGrounding?: CheckGrounding | null;
  renderer?: Loaded<RenderTextToPng>;
  putMedia?: (key: string, bytes: Uint8Array, contentType: string) => Promise<void>;
  /** Called after each scenario (progress, --verbose). */
  onScenario?: (scenario: string, turns: PlayedTurn[]) => void;
};

/** `models`: which model wrote the answers (ai_turns.model → turns), to see that the one asked for was used. */
export type EvalReport = { summary: EvalSummary; turns: PlayedTurn[]; warnings: string[]; notes: string[]; model: string; models: Record<string, number> };

/**
 * The assistant's evaluation: every scenario gets its own workspace in one fresh database, its
 * turns go through the real reply pipeline (sends captured, never dispatched), and each turn is
 * compared with what the scenario expects. Throws only when the run itself cannot go on (bad
 * scenario files, no pipeline, a database error); low scores are a result, not an error.
 */
export async function runEval(opts: EvalOptions = {}): Promise<EvalReport> {
  const dir = opts.scenariosDir ?? DEFAULT_SCENARIOS_DIR;
  const { scenarios: all, warnings } = await loadScenarios(dir);
  const needle = opts.only?.toLowerCase();
  const scenarios = needle ? all.filter((s) => s.name.toLowerCase().includes(needle) || s.file.toLowerCase().includes(needle)) : all;
  if (!scenarios.length) throw new Error(`no scenario in ${dir} matches "${opts.only}"`);
  const notes: string[] = [];

  let runTurn = opts.runTurn;
  if (!runTurn) {
    const loaded = await loadPipeline();
    if (!loaded.ok) throw new Error(`the reply pipeline is not available: ${loaded.reason}`);
    runTurn = loaded.value;
  }
  let checkGrounding = opts.checkGrounding;
  if (checkGrounding === undefined) {
    const loaded = await loadGrounding();
    checkGrounding = loaded.ok ? loaded.value : null;
    if (!loaded.ok) notes.push(`unsupported claims leaked: not checked (${loaded.reason})`);
  } else if (checkGrounding === null) notes.push("unsupported claims leaked: not checked (no grounding check given)");
  const renderer = opts.renderer ?? (scenarios.some((s) => s.turns.some((t) => t.kind === "image")) ? await loadRenderer() : { ok: false as const, reason: "no image turns" });
  if (!renderer.ok && scenarios.some((s) => s.turns.some((t) => t.kind === "image"))) notes.push(`image turns rendered from text are skipped: ${renderer.reason}`);

  let model = opts.model ?? null;
  if (model?.apiKey && !model.encrypt) {
    const enc = await loadApiKeyEncryption();
    if (enc.ok) model = { ...model, encrypt: enc.value };
    else notes.push(`the API key for --model is not stored (${enc.reason}); the provider gets none`);
  }

  const ownDatabase = !opts.database;
  const database = opts.database ?? openDatabase({ pgliteDir: "memory://" });
  // Modules that reach for the app's database handle (getDb) must find this one, not .data/pglite.
  const g = globalThis as unknown as { __hiloDb?: Database };
  const previous = g.__hiloDb;
  if (ownDatabase) g.__hiloDb = database;
  try {
    if (ownDatabase) await migrateDatabase(database);
    const putMedia = opts.putMedia ?? ((key: string, bytes: Uint8Array, contentType: string) => mediaStore().put(key, bytes, { contentType }));
    const turns: PlayedTurn[] = [];
    const models: Record<string, number> = {};
    for (const scenario of scenarios) {
      const seeded = await seedScenario(database.db, scenario, { where: scenario.file, model });
      const played = await playScenario(scenario, seeded, { db: database.db, runTurn, checkGrounding, renderer, putMedia });
      turns.push(...played);
      for (const row of await modelsUsed(database.db, seeded.tenantId)) models[row.model] = (models[row.model] ?? 0) + row.n;
      opts.onScenario?.(scenario.name, played);
    }
    if (model && Object.keys(models).some((m) => !m.includes(model.name))) notes.push(`some answers did not come from ${model.name}: ${JSON.stringify(models)} (a workspace model that cannot be used falls back to the server's default)`);
    return { summary: summarize(turns), turns, warnings, notes, model: model ? `${model.name} (${model.baseUrl})` : "local", models };
  } finally {
    if (ownDatabase) {
      g.__hiloDb = previous;
      await database.close();
    }
  }
}

async function modelsUsed(db: Database["db"], tenantId: string) {
  return withTenant(
    tenantId,
    (tx) =>
      tx
        .select({ model: aiTurns.model, n: sql<number>`count(*)::int` })
        .from(aiTurns)
        .where(and(eq(aiTurns.tenantId, tenantId), isNotNull(aiTurns.model)))
        .groupBy(aiTurns.model),
    db,
  ) as Promise<{ model: string; n: number }[]>;
}

export type Thresholds = Partial<Record<"minIntent" | "minTools" | "minOutcome" | "minEscalationPrecision" | "minEscalationRecall" | "maxLeaked" | "maxUnconfirmed" | "maxMentionFailures", number>>;

/** The thresholds a summary misses (a metric that could not be measured misses its minimum). */
export function missedThresholds(s: EvalSummary, t: Thresholds): string[] {
  const missed: string[] = [];
  const min = (name: string, value: number | null, limit: number | undefined) => {
    if (limit !== undefined && (value === null || value < limit)) missed.push(`${name} ${value ?? "n/a"} < ${limit}`);
  };
  const max = (name: string, value: number | null, limit: number | undefined) => {
    if (limit !== undefined && (value === null || value > limit)) missed.push(`${name} ${value ?? "n/a"} > ${limit}`);
  };
  min("intentAccuracy", s.intentAccuracy, t.minIntent);
  min("toolAccuracy", s.toolAccuracy, t.minTools);
  min("outcomeAccuracy", s.outcomeAccuracy, t.minOutcome);
  min("escalationPrecision", s.escalationPrecision, t.minEscalationPrecision);
  min("escalationRecall", s.escalationRecall, t.minEscalationRecall);
  max("unsupportedClaimsLeaked", s.unsupportedClaimsLeaked, t.maxLeaked);
  max("unconfirmedIrreversibleActions", s.unconfirmedIrreversibleActions, t.maxUnconfirmed);
  max("mentionFailures", s.mentionFailures, t.maxMentionFailures);
  return missed;
}
