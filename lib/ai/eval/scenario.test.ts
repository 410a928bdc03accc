import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_SCENARIOS_DIR } from "./run-eval";
import { loadScenarios, parseDuration, parseScenario, ScenarioError } from "./scenario";

const minimal = { name: "x", language: "es", now: "2026-12-01T10:00:00+01:00", business: { name: "Negocio", timezone: "Europe/Madrid" }, turns: [{ customer: "hola" }] };

const made: string[] = [];
afterAll(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));

async function folder(files: Record<string, unknown>) {
  const dir = await mkdtemp(path.join(tmpdir(), "hilo-scenarios-"));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  return dir;
}

describe("the shipped scenarios", () => {
  it("all load, at least 60, across es / en / pt, their regional variants and at least 6 businesses", async () => {
    const { scenarios, warnings } = await loadScenarios(DEFAULT_SCENARIOS_DIR);
    expect(warnings).toEqual([]);
    expect(scenarios.length).toBeGreaterThanOrEqual(60);
    const languages = new Set(scenarios.map((s) => s.language));
    expect([...languages].sort()).toEqual(["en", "es", "pt"]);
    const variants = new Set(scenarios.map((s) => s.variant));
    for (const v of ["es-ES", "es-MX", "es-AR", "es-CL", "pt-BR", "pt-PT"]) expect(variants).toContain(v);
    expect(new Set(scenarios.map((s) => s.business.name)).size).toBeGreaterThanOrEqual(6);
    for (const lang of languages) expect(scenarios.filter((s) => s.language === lang).length).toBeGreaterThanOrEqual(10);
  });

  it("cover the kinds of turn the issue asks for", async () => {
    const { scenarios } = await loadScenarios(DEFAULT_SCENARIOS_DIR);
    const turns = scenarios.flatMap((s) => s.turns);
    const intents = new Set(turns.flatMap((t) => [t.expect?.intent ?? []].flat()));
    for (const i of ["order_status", "delivery_change", "book_appointment", "reschedule_appointment", "cancel_appointment", "hours_location", "prices_services", "faq", "lead_interest", "human_request", "complaint", "greeting"]) expect(intents).toContain(i);
    expect(turns.some((t) => t.kind === "tap" && t.tap === "confirm")).toBe(true);
    expect(turns.some((t) => t.kind === "tap" && t.tap === "cancel")).toBe(true);
    expect(turns.some((t) => t.kind === "advance")).toBe(true);
    expect(turns.some((t) => t.kind === "image")).toBe(true);
    expect(turns.filter((t) => [t.expect?.outcome ?? []].flat().join() === "escalate").length).toBeGreaterThanOrEqual(15);
    // A second confirm tap right after one that executed must do nothing.
    const doubleTaps = scenarios.filter((s) => s.turns.some((t, i) => t.kind === "tap" && t.tap === "confirm" && s.turns[i - 1]?.kind === "tap" && t.expect?.action === null));
    expect(doubleTaps.length).toBeGreaterThanOrEqual(4);
  });
});

describe("parseScenario", () => {
  it("accepts the minimal format and warns about unknown business keys", () => {
    const { scenario, warnings } = parseScenario({ ...minimal, business: { ...minimal.business, colour: "blue" } }, "a.json");
    expect(scenario.turns[0]).toMatchObject({ kind: "customer", customer: "hola" });
    expect(warnings).toEqual(["a.json: business.colour is not a known key and is ignored"]);
  });

  it("names the file and the path of each problem", () => {
    const bad = { ...minimal, business: { ...minimal.business, hours: { mon: ["9-14"] } }, turns: [{ customer: "hola", expect: { intent: "pedido", mention: ["x"] } }, { tap: "confirm", customer: "x" }] };
    try {
      parseScenario(bad, "bad.json");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioError);
      const problems = (e as ScenarioError).problems.join("\n");
      expect(problems).toMatch(/bad\.json: business\.hours\.mon\[0\]: a range like/);
      expect(problems).toMatch(/bad\.json: turns\[0\]\.expect\.intent/);
      expect(problems).toMatch(/bad\.json: turns\[0\]\.expect: Unrecognized key: "mention"/);
      expect(problems).toMatch(/bad\.json: turns\[1\]: needs exactly one of customer, tap, image, advance \(found customer, tap\)/);
    }
  });

  it("refuses a clock without an offset and an unknown time zone", () => {
    expect(() => parseScenario({ ...minimal, now: "2026-12-01T10:00:00" }, "c.json")).toThrow(/c\.json: now/);
    expect(() => parseScenario({ ...minimal, business: { name: "N", timezone: "Mars/Olympus" } }, "d.json")).toThrow(/d\.json: business\.timezone: not an IANA time zone/);
  });

  it("reads durations", () => {
    expect(parseDuration("26h")).toBe(26 * 3_600_000);
    expect(parseDuration("90m")).toBe(90 * 60_000);
    expect(parseDuration("2d")).toBe(2 * 86_400_000);
    expect(parseDuration("soon")).toBeNull();
  });
});

describe("loadScenarios", () => {
  it("reports every broken file by name, including invalid JSON and duplicate names", async () => {
    const dir = await folder({ "a.json": minimal, "b.json": minimal, "c.json": "{ not json", "d.json": { ...minimal, name: "d", turns: [] } });
    const error = await loadScenarios(dir).catch((e) => e);
    expect(error).toBeInstanceOf(ScenarioError);
    const text = (error as ScenarioError).problems.join("\n");
    expect(text).toMatch(/b\.json: name "x" is also used by a\.json/);
    expect(text).toMatch(/c\.json: not valid JSON/);
    expect(text).toMatch(/d\.json: turns/);
  });

  it("an empty or missing folder is an error, not zero scenarios", async () => {
    await expect(loadScenarios(await folder({}))).rejects.toThrow(/no \*\.json scenario files/);
    await expect(loadScenarios("/nonexistent/scenarios")).rejects.toThrow(/cannot read the folder/);
  });
});
