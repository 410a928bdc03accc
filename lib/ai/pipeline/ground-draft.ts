import type { GuardrailVerdict } from "@/db/schema";
import { holdingReply } from "../guardrails/disclosure";
import { checkGrounding } from "../guardrails/grounding";
import type { Evidence, Language } from "../types";
import type { Draft } from "./agent-step";

/**
 * Grounding, run on every draft before it can be sent: a draft with a claim the evidence does not
 * support is regenerated once with the reason; if the second one fails too it is blocked and the
 * customer gets a safe holding reply instead (and a person takes over).
 */
export async function groundDraft(input: { draft: Draft; evidence: Evidence[]; customerText: string; language: Language; now: Date; timeZone: string; regenerate: (reason: string) => Promise<Draft> }) {
  const check = (text: string) => checkGrounding(text, input.evidence, { customerText: input.customerText, language: input.language, now: input.now, timeZone: input.timeZone });
  const first = check(input.draft.text);
  if (first.ok) return { draft: input.draft, blocked: false as const, verdict: { ok: true, unsupported: [] } satisfies GuardrailVerdict, unsupportedCount: 0, holdingText: () => "" };
  const reason = `Your previous draft made claims that no tool result supports: ${first.unsupported.map((u) => `"${u.claim}" (${u.kind})`).join(", ")}. Write it again using only tool results, or call "escalate".`;
  const second = await input.regenerate(reason);
  const again = second.text ? check(second.text) : { ok: false, unsupported: first.unsupported };
  const unsupportedCount = first.unsupported.length + (again.ok ? 0 : again.unsupported.length);
  if (again.ok && second.text) return { draft: second, blocked: false as const, verdict: { ok: true, unsupported: first.unsupported, regenerated: true } satisfies GuardrailVerdict, unsupportedCount, holdingText: () => "" };
  return {
    draft: second,
    blocked: true as const,
    verdict: { ok: false, unsupported: [...first.unsupported, ...again.unsupported], regenerated: true, blocked: true } satisfies GuardrailVerdict,
    unsupportedCount,
    holdingText: (opening: { openNow: boolean; nextOpenLabel: string | null }) => holdingReply(input.language, { openNow: opening.openNow, nextOpenLabel: opening.nextOpenLabel }),
  };
}
