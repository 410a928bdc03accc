import { tool } from "ai";
import type { EscalateData } from "./schemas";
import { toolInputs } from "./schemas";
import type { ToolContext } from "./context";

/** The model asks for a person: the pipeline hands the conversation over after the turn. */
export const escalateTool = (ctx: ToolContext) =>
  tool({
    description: "Hand the conversation to a person on the team: when the customer asks for one, is upset, raises a sensitive topic, or when the tools do not answer the question.",
    inputSchema: toolInputs.escalate,
    execute: (input) => {
      ctx.called.push("escalate");
      ctx.escalation = { reason: input.reason, summary: input.summary };
      const opening = ctx.opening;
      const data: EscalateData = { escalated: true, openNow: opening.openNow, nextOpen: opening.nextOpen && opening.nextOpenLabel ? { at: opening.nextOpen.toISOString(), label: opening.nextOpenLabel } : null };
      if (data.nextOpen) ctx.evidence.push({ source: "hours", text: `next open ${data.nextOpen.at} ${data.nextOpen.label}` });
      return Promise.resolve({ ok: true, data, evidence: [] });
    },
  });
