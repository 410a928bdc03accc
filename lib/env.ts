import { z } from "zod";

/** `VAR=` (as copied from .env.example) counts as unset, so defaults and optionality apply. */
const blankIsUnset = <T extends z.ZodType>(inner: T) => z.preprocess((v) => (v === "" ? undefined : v), inner);

/**
 * Every environment variable Hilo reads, validated once. `.env.example` documents each one.
 * Unknown variables are ignored; a bad or missing one stops the start with an explanation.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection string")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  APP_ENCRYPTION_KEY: z
    .string({ error: "is missing: 32 random bytes in base64 (openssl rand -base64 32); `npm run dev` generates one into .env.local" })
    .refine((v) => Buffer.from(v, "base64").length === 32, "must be exactly 32 bytes encoded in base64 (openssl rand -base64 32)"),
  AUTH_SECRET: z
    .string({ error: "is missing: a random string of at least 32 characters (openssl rand -base64 33); `npm run dev` generates one into .env.local" })
    .min(32, "must be at least 32 characters long"),
  AUTH_URL: z.url().optional(),
  AUTH_TRUST_HOST: z.enum(["true", "false"]).optional(),
  APP_URL: z.url().optional(),
  /** Where media is kept when no S3 bucket is configured (S3_BUCKET unset): a local folder. */
  MEDIA_DIR: z.string().min(1).default(".data/media"),
  // S3-compatible media storage (AWS S3, MinIO, R2, …); used instead of MEDIA_DIR when S3_BUCKET is set.
  S3_ENDPOINT: blankIsUnset(z.url().optional()),
  S3_REGION: blankIsUnset(z.string().min(1).default("us-east-1")),
  S3_BUCKET: blankIsUnset(z.string().min(1).optional()),
  S3_ACCESS_KEY_ID: blankIsUnset(z.string().min(1).optional()),
  S3_SECRET_ACCESS_KEY: blankIsUnset(z.string().min(1).optional()),
  /** `endpoint/bucket/key` (MinIO, R2, most self-hosted stores) rather than `bucket.endpoint/key`. */
  S3_FORCE_PATH_STYLE: blankIsUnset(z.stringbool({ error: "must be true or false" }).default(true)),
  SEED_DEMO: z.enum(["true", "false"]).default("true"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  // Workflows (read by the inngest SDK itself; validated here so a typo is caught at start).
  INNGEST_DEV: z.string().optional(),
  INNGEST_BASE_URL: z.url().optional(),
  INNGEST_SIGNING_KEY: z.string().regex(/^signkey-/, "must start with signkey-").optional(),
  INNGEST_EVENT_KEY: z.string().min(1).optional(),
  /** "embedded": run the offline executor inside this process (npm run dev and e2e do). */
  HILO_EXECUTOR: z.enum(["embedded", "off"]).default("off"),
  HILO_EXECUTOR_PORT: z.coerce.number().int().min(1).max(65535).default(8288),
  // The assistant's model for workspaces without their own (lib/ai/providers.ts). Unset → the local engine.
  AI_PROVIDER: blankIsUnset(z.enum(["local", "openai", "openai_compatible"]).optional()),
  OPENAI_API_KEY: blankIsUnset(z.string().min(1).optional()),
  /** An OpenAI-compatible endpoint (Ollama, vLLM, LM Studio…), e.g. http://127.0.0.1:11434/v1. */
  OPENAI_BASE_URL: blankIsUnset(z.url().optional()),
  AI_MODEL: blankIsUnset(z.string().min(1).max(200).optional()),
});

// Rules across variables live here, not on `schema`, so `schema.pick` keeps working.
const checked = schema.superRefine((env, ctx) => {
  if (env.AI_PROVIDER === "openai" && !env.OPENAI_API_KEY) ctx.addIssue({ code: "custom", path: ["OPENAI_API_KEY"], message: "is required when AI_PROVIDER=openai" });
  if (env.AI_PROVIDER === "openai_compatible") {
    for (const name of ["OPENAI_BASE_URL", "AI_MODEL"] as const) if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: "is required when AI_PROVIDER=openai_compatible" });
  }
  if (!env.S3_BUCKET) return;
  for (const name of ["S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
    if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: "is required when S3_BUCKET is set (S3-compatible media storage)" });
  }
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Parses `process.env` once; throws an `Error` whose message lists each problem by variable name. */
export function getEnv(source: Record<string, string | undefined> = process.env): Env {
  if (source === process.env && cached) return cached;
  const parsed = checked.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "(env)"} ${i.message}`);
    throw new Error(`Hilo cannot start: the environment is not valid.\n${lines.join("\n")}\nSee .env.example for every variable.`);
  }
  if (source === process.env) cached = parsed.data;
  return parsed.data;
}

const databaseSchema = schema.pick({ DATABASE_URL: true, PGLITE_DIR: true });

/** Just the database variables: migrations and seeding need no secrets. */
export function getDatabaseEnv(source: Record<string, string | undefined> = process.env) {
  const parsed = databaseSchema.safeParse(source);
  if (!parsed.success) throw new Error(`Database configuration is not valid: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  return { url: parsed.data.DATABASE_URL, pgliteDir: parsed.data.PGLITE_DIR };
}

/** For tests that change `process.env` between cases. */
export function resetEnvCache() {
  cached = undefined;
}
