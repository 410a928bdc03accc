import type { LanguageModelV3CallOptions, LanguageModelV3Prompt } from "@ai-sdk/provider";
import type { ConversationState, Language, ToolName } from "../types";
import { safeTimeZone } from "./tz";

/**
 * What the model reads from an AI SDK call: the HILO_CONTEXT line of the system prompt, the
 * customer's latest message(s), the conversation before, the tool calls and results of this turn
 * (earlier steps of the same generateText call) and the tools it may call.
 */

export type HiloContext = { now: Date; timeZone: string; businessName: string | null; language: Language | null; state: ConversationState; customerName: string | null };

/** One tool call of this turn with its result (`ok` false when the tool failed or returned ok: false). */
export type ToolRun = { id: string; toolName: string; input: Record<string, unknown>; ok: boolean; data: unknown; error?: string; done: boolean };

export type ParsedPrompt = {
  context: HiloContext;
  /** The customer's latest message; a burst of several is joined. */
  userText: string;
  /** Earlier customer messages, oldest first. */
  history: string[];
  lastAssistantText: string | null;
  runs: ToolRun[];
  tools: Set<string>;
  /** The pipeline asks for a new draft because the last one made unsupported claims. */
  regenerating: boolean;
};

const LANGS = new Set(["es", "en", "pt"]);

export function parseHiloContext(system: string): HiloContext {
  const line = system.split("\n").find((l) => l.trim().startsWith("HILO_CONTEXT "));
  let raw: Record<string, unknown> = {};
  if (line) {
    try {
      raw = JSON.parse(line.trim().slice("HILO_CONTEXT ".length)) as Record<string, unknown>;
    } catch {
      raw = {};
    }
  }
  const now = typeof raw.now === "string" && !Number.isNaN(Date.parse(raw.now)) ? new Date(raw.now) : new Date();
  const state = (raw.state && typeof raw.state === "object" ? raw.state : {}) as ConversationState;
  return {
    now,
    timeZone: safeTimeZone(typeof raw.timezone === "string" ? raw.timezone : undefined),
    businessName: typeof raw.businessName === "string" ? raw.businessName : null,
    language: typeof raw.language === "string" && LANGS.has(raw.language) ? (raw.language as Language) : null,
    state,
    customerName: typeof raw.customerName === "string" && raw.customerName.trim() ? raw.customerName.trim() : null,
  };
}

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .filter((p): p is { type: "text"; text: string } => (p as { type?: string }).type === "text")
    .map((p) => p.text)
    .join("\n");
}

/** A tool's output as the AI SDK hands it back: Hilo's ToolOutput inside a json part, or an error. */
function readOutput(output: unknown): { ok: boolean; data: unknown; error?: string } {
  const o = output as { type?: string; value?: unknown } | undefined;
  if (!o || typeof o !== "object") return { ok: false, data: null, error: "no_output" };
  if (o.type === "error-text" || o.type === "error-json" || o.type === "execution-denied") return { ok: false, data: null, error: typeof o.value === "string" ? o.value : o.type };
  let value = o.value;
  if (o.type === "text" && typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return { ok: true, data: value };
    }
  }
  if (value && typeof value === "object" && "data" in value && "ok" in value) {
    const v = value as { ok: unknown; data: unknown; error?: unknown };
    return { ok: v.ok === true, data: v.data, error: typeof v.error === "string" ? v.error : undefined };
  }
  return { ok: value !== null && value !== undefined, data: value };
}

export function parsePrompt(options: Pick<LanguageModelV3CallOptions, "prompt" | "tools">): ParsedPrompt {
  const prompt: LanguageModelV3Prompt = options.prompt ?? [];
  const system = prompt.filter((m) => m.role === "system").map((m) => m.content).join("\n");
  const context = parseHiloContext(system);
  const lastUser = prompt.map((m) => m.role).lastIndexOf("user");
  let firstOfBurst = lastUser;
  while (firstOfBurst > 0 && prompt[firstOfBurst - 1].role === "user") firstOfBurst--;
  const userText = lastUser < 0 ? "" : prompt.slice(firstOfBurst, lastUser + 1).map((m) => textOf(m.content).trim()).filter(Boolean).join("\n");
  const before = prompt.slice(0, Math.max(0, firstOfBurst));
  const history = before.filter((m) => m.role === "user").map((m) => textOf(m.content));
  const lastAssistant = [...before].reverse().find((m) => m.role === "assistant" && textOf(m.content).trim());

  const runs: ToolRun[] = [];
  for (const m of prompt.slice(lastUser + 1)) {
    if (m.role === "assistant") {
      for (const part of m.content) {
        if (part.type !== "tool-call") continue;
        const input = (typeof part.input === "string" ? safeJson(part.input) : part.input) as Record<string, unknown>;
        runs.push({ id: part.toolCallId, toolName: part.toolName, input: input ?? {}, ok: false, data: null, done: false });
      }
    }
    if (m.role === "tool") {
      for (const part of m.content) {
        if (part.type !== "tool-result") continue;
        const run = runs.find((r) => r.id === part.toolCallId) ?? { id: part.toolCallId, toolName: part.toolName, input: {}, ok: false, data: null, done: false };
        if (!runs.includes(run)) runs.push(run);
        Object.assign(run, readOutput(part.output), { done: true });
      }
    }
  }
  const tools = new Set((options.tools ?? []).map((t) => t.name));
  return { context, userText, history, lastAssistantText: lastAssistant ? textOf(lastAssistant.content) : null, runs, tools, regenerating: /previous draft made claims/i.test(system) };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

export const ran = (p: ParsedPrompt, tool: ToolName) => p.runs.filter((r) => r.toolName === tool && r.done);
export const lastRun = (p: ParsedPrompt, tool: ToolName) => ran(p, tool).at(-1) ?? null;
