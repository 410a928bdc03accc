import type { Thresholds } from "./run-eval";

/** `npm run eval -- …` flags. Unknown flags are an error, so a typo in CI does not pass unnoticed. */
export type EvalArgs = {
  scenariosDir?: string;
  json: boolean;
  verbose: boolean;
  only?: string;
  model?: string;
  replay?: string;
  limit: number;
  thresholds: Thresholds;
  help: boolean;
};

const THRESHOLD_FLAGS: Record<string, keyof Thresholds> = {
  "--min-intent": "minIntent",
  "--min-tools": "minTools",
  "--min-outcome": "minOutcome",
  "--min-escalation-precision": "minEscalationPrecision",
  "--min-escalation-recall": "minEscalationRecall",
  "--max-leaked": "maxLeaked",
  "--max-unconfirmed": "maxUnconfirmed",
  "--max-mention-failures": "maxMentionFailures",
};

export const USAGE = `npm run eval -- [options]

  --scenarios <dir>     scenario folder (default lib/ai/eval/scenarios)
  --only <text>         only scenarios whose name or file contains <text>
  --model <name>        use an OpenAI-compatible model (OPENAI_BASE_URL, OPENAI_API_KEY) instead of the local one
  --json                print one JSON object
  --verbose             print every turn with the reply
  --min-intent <0..1>   exit 1 when intent accuracy is lower (also --min-tools, --min-outcome,
                        --min-escalation-precision, --min-escalation-recall)
  --max-leaked <n>      exit 1 when more unsupported claims reached customers (also --max-unconfirmed,
                        --max-mention-failures)
  --replay <slug>       re-run a workspace's recorded conversations (DATABASE_URL / PGLITE_DIR) and list
                        the turns whose answer differs; --limit <n> conversations (default 20)`;

export function parseEvalArgs(argv: string[]): EvalArgs {
  const args: EvalArgs = { json: false, verbose: false, limit: 20, thresholds: {}, help: false };
  const tokens = argv.flatMap((a) => (a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a]));
  for (let i = 0; i < tokens.length; i++) {
    const flag = tokens[i];
    const value = () => {
      const v = tokens[++i];
      if (v === undefined || v.startsWith("--")) throw new Error(`${flag} needs a value`);
      return v;
    };
    const number = () => {
      const v = value();
      const n = Number(v);
      if (!Number.isFinite(n)) throw new Error(`${flag} needs a number, got "${v}"`);
      return n;
    };
    if (flag === "--json") args.json = true;
    else if (flag === "--verbose" || flag === "-v") args.verbose = true;
    else if (flag === "--help" || flag === "-h") args.help = true;
    else if (flag === "--scenarios") args.scenariosDir = value();
    else if (flag === "--only") args.only = value();
    else if (flag === "--model") args.model = value();
    else if (flag === "--replay") args.replay = value();
    else if (flag === "--limit") args.limit = Math.max(1, Math.floor(number()));
    else if (flag in THRESHOLD_FLAGS) args.thresholds[THRESHOLD_FLAGS[flag]] = number();
    else throw new Error(`unknown option ${flag}\n\n${USAGE}`);
  }
  return args;
}
