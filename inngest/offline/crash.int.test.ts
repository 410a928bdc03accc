import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { postgresTestUrl } from "@/db/testing/test-database";

// Kill -9 the executor (and the app with it) in the middle of a step, start it again on the same
// database, and the run completes: finished steps are not redone, the interrupted one is redone once.
const dir = mkdtempSync(path.join(tmpdir(), "hilo-crash-"));
const logFile = path.join(dir, "side-effects.log");
const pgUrl = postgresTestUrl();
const dbEnv = pgUrl ? { DATABASE_URL: pgUrl } : { DATABASE_URL: "", PGLITE_DIR: path.join(dir, "pglite") };
const children: ChildProcess[] = [];

function startChild(sendEvent: boolean): Promise<{ child: ChildProcess; executor: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "inngest/offline/testing/crash-child.ts"], {
    env: { ...process.env, ...dbEnv, CRASH_LOG: logFile, LEASE_MS: "1500", SEND_EVENT: sendEvent ? "1" : "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d) => {
      out += d;
      const line = out.split("\n").find((l) => l.includes('"ready"'));
      if (line) resolve({ child, executor: JSON.parse(line).executor });
    });
    child.stderr!.on("data", (d) => (out += d));
    child.on("exit", (code) => reject(new Error(`child exited (${code}): ${out}`)));
  });
}

const lines = () => (existsSync(logFile) ? readFileSync(logFile, "utf8").trim().split("\n") : []);
async function until<T>(fn: () => Promise<T | undefined | null | false> | T | undefined | null | false, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v as T;
    if (Date.now() > deadline) throw new Error(`timed out; side effects so far: ${lines().join(",")}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

afterAll(() => {
  for (const c of children) c.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

it(`a run survives the executor being killed mid-step (${pgUrl ? "PostgreSQL" : "PGlite"})`, async () => {
  const first = await startChild(true);
  await until(() => lines().includes("start:3"));
  first.child.kill("SIGKILL");
  await new Promise((r) => first.child.once("exit", r));
  expect(lines()).not.toContain("done:3");

  const second = await startChild(false);
  const run = await until(async () => {
    const { runs } = (await (await fetch(`${second.executor}/runs?function=crash-five-steps`)).json()) as { runs: { status: string; output: unknown }[] };
    return runs.find((r) => r.status === "completed");
  });
  expect(run.output).toBe(150);
  const effects = lines();
  const n = (l: string) => effects.filter((x) => x === l).length;
  for (const i of [1, 2, 4, 5]) expect([n(`start:${i}`), n(`done:${i}`)], `step ${i}`).toEqual([1, 1]);
  expect([n("start:3"), n("done:3")]).toEqual([2, 1]);
}, 60_000);
