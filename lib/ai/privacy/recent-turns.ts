import type { ModelMessage } from "ai";

const LINE_CHARS = 160;
const SUMMARY_CHARS = 1500;

function textOf(message: ModelMessage): string {
  if (typeof message.content === "string") return message.content;
  return message.content
    .map((p) => {
      if (p.type === "text") return p.text;
      if (p.type === "tool-call") return `(called ${p.toolName})`;
      if (p.type === "tool-result") return `(${p.toolName} answered)`;
      return "";
    })
    .filter(Boolean)
    .join(" ");
}

const WHO: Record<string, string> = { user: "Customer", assistant: "Assistant", tool: "Tool" };

function line(message: ModelMessage): string | null {
  const text = textOf(message).replace(/\s+/g, " ").trim();
  if (!text) return null;
  return `- ${WHO[message.role] ?? message.role}: ${text.length > LINE_CHARS ? `${text.slice(0, LINE_CHARS - 1)}…` : text}`;
}

/**
 * What an external model gets of a long conversation: only the last `keep` messages, plus one
 * system message summarising the older ones (a running summary: pass the previous one as
 * `summary` and it is kept at the top). Instructions (system messages) are always kept, and the
 * recent part never starts with a tool result cut off from its call.
 */
export function recentTurnsWithSummary(messages: ModelMessage[], opts: { keep?: number; summary?: string } = {}): ModelMessage[] {
  const keep = Math.max(1, opts.keep ?? 6);
  const turns = messages.filter((m) => m.role !== "system");
  if (turns.length <= keep && !opts.summary) return messages;
  let start = Math.max(0, turns.length - keep);
  while (start > 0 && turns[start].role === "tool") start--;
  const older = turns.slice(0, start);
  const recent = turns.slice(start);
  const instructions = messages.filter((m) => m.role === "system");
  if (older.length === 0 && !opts.summary) return messages;

  const lines = older.map(line).filter((l): l is string => l !== null);
  // The most recent older lines matter most: drop from the start when over budget.
  while (lines.length > 1 && lines.join("\n").length > SUMMARY_CHARS) lines.shift();
  const parts = [
    opts.summary?.trim() ? `Summary so far: ${opts.summary.trim()}` : null,
    older.length ? `Earlier in this conversation (${older.length} messages, oldest first):\n${lines.join("\n")}` : null,
  ].filter(Boolean);
  const summary: ModelMessage = { role: "system", content: parts.join("\n\n") };
  return [...instructions, summary, ...recent];
}
