import type { ConversationState, Language } from "../../types";
import { parsePrompt } from "../prompt";
import { understand } from "../understand";

/** The engine's reading of one customer message, with an optional conversation state (for unit tests). */
export function understandText(text: string, opts: { state?: ConversationState; language?: Language; now?: string; timezone?: string; lastAssistant?: string } = {}) {
  const context = { now: opts.now ?? "2026-11-24T10:00:00+01:00", timezone: opts.timezone ?? "Europe/Madrid", businessName: "Test", language: opts.language ?? "es", state: opts.state ?? {}, customerName: null };
  const prompt = [
    { role: "system" as const, content: `Rules.\n\nHILO_CONTEXT ${JSON.stringify(context)}` },
    ...(opts.lastAssistant ? [{ role: "user" as const, content: [{ type: "text" as const, text: "…" }] }, { role: "assistant" as const, content: [{ type: "text" as const, text: opts.lastAssistant }] }] : []),
    { role: "user" as const, content: [{ type: "text" as const, text }] },
  ];
  return understand(parsePrompt({ prompt, tools: [] }));
}
