import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { INTENTS, LANGUAGES, TOOL_NAMES } from "../types";
import { businessSchema, KNOWN_BUSINESS_KEYS } from "./scenario-business";

/**
 * The evaluation's scenario format: one JSON file per conversation, self-contained (the business
 * it talks to, the clock, the customer's turns and what each turn must produce). See
 * lib/ai/eval/scenarios/*.json for examples. Unknown `business` keys only warn; anything else
 * unknown is an error, so a misspelt expectation cannot pass silently.
 */

export const OUTCOMES = ["reply", "confirm", "escalate", "draft", "silent"] as const;
export type Outcome = (typeof OUTCOMES)[number];

const oneOrMany = <T extends z.ZodType>(t: T) => z.union([t, z.array(t).min(1)]);

export const expectSchema = z.strictObject({
  /** The intent understood; a list means any of them is right. */
  intent: oneOrMany(z.enum(INTENTS)).optional(),
  /** Tools the agent must call this turn (all of them; others may be called too). */
  tools: z.array(z.enum(TOOL_NAMES)).optional(),
  /** Extension: tools the agent must not call this turn. */
  notTools: z.array(z.enum(TOOL_NAMES)).optional(),
  outcome: oneOrMany(z.enum(OUTCOMES)).optional(),
  /** The irreversible action executed on this turn; null = none may be. */
  action: z.string().min(1).nullable().optional(),
  /** Substrings the customer must see (case, accents and spacing ignored); a list inside means any of them. */
  mentions: z.array(z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])).optional(),
  mustNotMention: z.array(z.string().min(1)).optional(),
  replyLanguage: z.enum(LANGUAGES).optional(),
});
export type Expect = z.infer<typeof expectSchema>;

const DURATION = /^(\d+(?:\.\d+)?)\s*(m|min|h|d)$/;

/** "90m", "26h", "2d" → milliseconds. */
export function parseDuration(text: string): number | null {
  const m = DURATION.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as "m"];
}

const note = z.string().optional();
const turnSchemas = {
  customer: z.strictObject({ customer: z.string().min(1), expect: expectSchema.optional(), note }),
  /** "confirm" | "cancel" | a button id offered earlier | a button title | "#2" (second button of the last offer). */
  tap: z.strictObject({ tap: z.string().min(1), expect: expectSchema.optional(), note }),
  /** A path to an image next to the scenario file, or a text rendered to a PNG. */
  image: z.strictObject({ image: z.string().min(1), caption: z.string().optional(), expect: expectSchema.optional(), note }),
  advance: z.strictObject({ advance: z.string().refine((s) => parseDuration(s) !== null, "a duration like 90m, 26h or 2d"), expect: expectSchema.optional(), note }),
} as const;
export type TurnKind = keyof typeof turnSchemas;
export type ScenarioTurn =
  | ({ kind: "customer" } & z.infer<(typeof turnSchemas)["customer"]>)
  | ({ kind: "tap" } & z.infer<(typeof turnSchemas)["tap"]>)
  | ({ kind: "image" } & z.infer<(typeof turnSchemas)["image"]>)
  | ({ kind: "advance" } & z.infer<(typeof turnSchemas)["advance"]>);

const headSchema = z.strictObject({
  name: z.string().min(1),
  language: z.enum(LANGUAGES),
  /** Extension: the regional variant, for reading reports ("es-MX", "pt-PT"). */
  variant: z.string().optional(),
  description: z.string().optional(),
  now: z.iso.datetime({ offset: true }),
  /** Extension: who writes. Phone defaults from the business's time zone. */
  customer: z.strictObject({ name: z.string().optional(), phone: z.string().regex(/^\d{8,15}$/).optional(), locale: z.string().optional() }).optional(),
  business: z.record(z.string(), z.unknown()),
  turns: z.array(z.record(z.string(), z.unknown())).min(1),
});

export type Business = z.infer<typeof businessSchema>;
export type Scenario = Omit<z.infer<typeof headSchema>, "business" | "turns"> & { business: Business; turns: ScenarioTurn[] };
export type LoadedScenario = Scenario & { file: string; dir: string };

export class ScenarioError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid scenarios:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ScenarioError";
  }
}

const formatPath = (segments: readonly PropertyKey[]) => segments.reduce<string>((acc, s) => (typeof s === "number" ? `${acc}[${s}]` : acc ? `${acc}.${String(s)}` : String(s)), "");

function issuesOf(error: z.ZodError, prefix: (string | number)[], where: string): string[] {
  return error.issues.map((i) => `${where}: ${formatPath([...prefix, ...i.path]) || "(root)"}: ${i.message}`);
}

/** Validates one scenario (already JSON-parsed); `where` names it in errors. Returns the scenario and its warnings. */
export function parseScenario(raw: unknown, where: string): { scenario: Scenario; warnings: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];
  const head = headSchema.safeParse(raw);
  if (!head.success) throw new ScenarioError(issuesOf(head.error, [], where));
  const business = businessSchema.safeParse(head.data.business);
  if (!business.success) problems.push(...issuesOf(business.error, ["business"], where));
  for (const key of Object.keys(head.data.business)) if (!KNOWN_BUSINESS_KEYS.has(key)) warnings.push(`${where}: business.${key} is not a known key and is ignored`);
  const turns: ScenarioTurn[] = [];
  head.data.turns.forEach((t, i) => {
    const kinds = (Object.keys(turnSchemas) as TurnKind[]).filter((k) => k in t);
    if (kinds.length !== 1) return void problems.push(`${where}: turns[${i}]: needs exactly one of customer, tap, image, advance (found ${kinds.join(", ") || "none"})`);
    const parsed = turnSchemas[kinds[0]].safeParse(t);
    if (!parsed.success) return void problems.push(...issuesOf(parsed.error, ["turns", i], where));
    turns.push({ kind: kinds[0], ...parsed.data } as ScenarioTurn);
  });
  if (problems.length) throw new ScenarioError(problems);
  return { scenario: { ...head.data, business: business.data!, turns }, warnings };
}

/** Every `*.json` scenario of a folder, sorted by file name; all problems of all files are reported together. */
export async function loadScenarios(dir: string): Promise<{ scenarios: LoadedScenario[]; warnings: string[] }> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  } catch (e) {
    throw new ScenarioError([`${dir}: cannot read the folder (${(e as Error).message})`]);
  }
  if (!names.length) throw new ScenarioError([`${dir}: no *.json scenario files`]);
  const problems: string[] = [];
  const warnings: string[] = [];
  const scenarios: LoadedScenario[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const file = path.join(dir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, "utf8"));
    } catch (e) {
      problems.push(`${name}: not valid JSON (${(e as Error).message})`);
      continue;
    }
    try {
      const { scenario, warnings: w } = parseScenario(raw, name);
      warnings.push(...w);
      if (seen.has(scenario.name)) problems.push(`${name}: name "${scenario.name}" is also used by ${seen.get(scenario.name)}`);
      seen.set(scenario.name, name);
      scenarios.push({ ...scenario, file: name, dir });
    } catch (e) {
      if (e instanceof ScenarioError) problems.push(...e.problems);
      else throw e;
    }
  }
  if (problems.length) throw new ScenarioError(problems);
  return { scenarios, warnings };
}
