import type { LanguageModelV3Prompt } from "@ai-sdk/provider";
import { describe, expect, it } from "vitest";
import { TOOL_NAMES } from "../types";
import { decide } from "./model";
import { parsePrompt } from "./prompt";
import { PHRASINGS } from "./testing/phrasings";

const tools = TOOL_NAMES.map((name) => ({ type: "function" as const, name, inputSchema: { type: "object" as const } }));
const messages = Object.values(PHRASINGS).flatMap((byLanguage) => Object.values(byLanguage).flat());
const states = [
  {},
  { lastIntent: "book_appointment", offered: [{ kind: "slot", id: "slot:x", label: "viernes, 9:00", params: { startsAt: "2026-11-27T09:00:00+01:00" } }] },
  { lastIntent: "order_status", orderNumber: "8842", offered: [{ kind: "delivery_option", id: "option:0", label: "Recogida" }], pendingActionId: "x" },
  { lastIntent: "lead_interest", leadField: "email", language: "pt" },
];
// What a broken or unexpected tool may send back.
const junk = [{ type: "json", value: null }, { type: "json", value: { ok: true, data: {} } }, { type: "error-text", value: "boom" }, { type: "text", value: "not json" }, { type: "json", value: { ok: false, data: null, error: "tool_failed" } }];

function prompt(text: string, state: object, run?: { tool: string; output: unknown }): LanguageModelV3Prompt {
  const context = { now: "2026-11-24T10:00:00+01:00", timezone: "Europe/Madrid", language: "es", state };
  const p: LanguageModelV3Prompt = [
    { role: "system", content: `HILO_CONTEXT ${JSON.stringify(context)}` },
    { role: "user", content: [{ type: "text", text }] },
  ];
  if (run) {
    p.push({ role: "assistant", content: [{ type: "tool-call", toolCallId: "hilo_0_0", toolName: run.tool, input: {} }] });
    p.push({ role: "tool", content: [{ type: "tool-result", toolCallId: "hilo_0_0", toolName: run.tool, output: run.output as never }] });
  }
  return p;
}

describe("the model never throws and always answers something valid", () => {
  it("on every phrasing, in every conversation state, with every tool result shape", () => {
    let n = 0;
    for (const [i, text] of messages.entries()) {
      const state = states[i % states.length];
      for (const run of [undefined, ...TOOL_NAMES.map((tool, k) => ({ tool, output: junk[(i + k) % junk.length] }))]) {
        const { decision, understanding } = decide(parsePrompt({ prompt: prompt(text, state, run), tools }));
        expect(decision.calls ? decision.calls.length > 0 : typeof decision.text === "string" && decision.text.length > 0).toBe(true);
        expect(understanding.confidence).toBeGreaterThanOrEqual(0);
        expect(understanding.confidence).toBeLessThanOrEqual(1);
        for (const c of decision.calls ?? []) expect(TOOL_NAMES).toContain(c.toolName);
        n++;
      }
    }
    expect(n).toBeGreaterThan(1000);
  }, 60_000);

  it("without a HILO_CONTEXT, a user message or tools", () => {
    expect(() => decide(parsePrompt({ prompt: [], tools: [] }))).not.toThrow();
    expect(decide(parsePrompt({ prompt: [{ role: "system", content: "HILO_CONTEXT {not json" }], tools })).understanding.intent).toBe("other");
  });
});
