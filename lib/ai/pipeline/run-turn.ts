import type { LanguageModelV3 } from "@ai-sdk/provider";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { conversations, type GuardrailVerdict } from "@/db/schema";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { detectConsentKeyword } from "@/lib/whatsapp/rules/consent-keywords";
import { decisionButtons, linkActionMessage } from "../actions/pending-actions";
import { loadAiSettings, resolveModel } from "../providers";
import { buildTools } from "../tools";
import type { ToolContext } from "../tools/context";
import type { Evidence, Intent, Language, ReplyButton, ToolName } from "../types";
import { draftReply, understandLocally, type AgentContext } from "./agent-step";
import { customerTexts } from "./customer-texts";
import { decideTap, tappedButtonId } from "./decide-tap";
import { groundDraft } from "./ground-draft";
import { openingInfo } from "./opening-info";
import { recordTurn, turnExists } from "./record-turn";
import { turnCostMicros } from "./model-cost";
import { monthSpendMicros } from "../approval-rates";
import { queueBotReply, replyContent, writeDraft, type OutgoingEvent } from "./respond";
import { applyHandoff, detectEscalationReason, summaryFor } from "./escalation";
import type { HandoffReason } from "./handoff";
import { inboundInLastHour, languageOf, loadTurnContext } from "./turn-context";
import { automationLevel, withDisclosure } from "./automation";
import { describeInboundMedia } from "./media-turn";

export type TurnOutcome = "reply" | "confirm" | "escalate" | "draft" | "silent";
export type TurnResult = {
  turnId: string | null;
  outcome: TurnOutcome;
  intent: Intent | null;
  language: Language;
  confidence: number;
  tools: ToolName[];
  /** The irreversible action executed on this turn (only ever after a confirm tap). */
  action: string | null;
  /** What the customer was sent (or, in review mode, the draft). */
  text: string | null;
  buttons: ReplyButton[];
  verdict: GuardrailVerdict | null;
  unsupportedClaimsBlocked: number;
  evidence: Evidence[];
  messageIds: string[];
};

export type TurnDeps = { db?: Db; model?: LanguageModelV3; dispatch?: (events: OutgoingEvent[]) => Promise<void> };

async function defaultDispatch(events: OutgoingEvent[]) {
  const { inngest } = await import("@/inngest/client");
  if (events.length) await inngest.send(events);
}

/** What the previous turn offered from the business's data (options, slots): the customer may pick from it now. */
const offeredEvidence = (state: { offered?: { kind: string; label: string; params?: Record<string, unknown> }[] }): Evidence[] =>
  (state.offered ?? []).map((o) => ({ source: o.kind === "slot" ? ("slot" as const) : ("order" as const), text: `${o.label} ${o.params?.startsAt ?? ""}` }));

const silentResult = (language: Language, intent: Intent | null = null): TurnResult => ({ turnId: null, outcome: "silent", intent, language, confidence: 0, tools: [], action: null, text: null, buttons: [], verdict: null, unsupportedClaimsBlocked: 0, evidence: [], messageIds: [] });

/**
 * One answer to a customer message (the reply workflow calls this): gate → taps on pending
 * actions → the model with tools over the business's data → grounding → escalation → send,
 * draft or hand over → record. Everything it writes for the turn commits together; the send
 * events go out after.
 */
export async function runAssistantTurn(input: { tenantId: string; conversationId: string; inboundMessageId: string; now?: Date }, deps: TurnDeps = {}): Promise<TurnResult> {
  const db = deps.db ?? getDb();
  const now = input.now ?? new Date();
  const dispatch = deps.dispatch ?? defaultDispatch;
  const { tenantId, conversationId } = input;
  const ctx = await withTenant(tenantId, (tx) => loadTurnContext(tx, { ...input, now }), db);
  if (!ctx) return silentResult("es");
  let language = languageOf(ctx);
  const customerText = ctx.inbound.body ?? "";
  const texts = () => customerTexts(language);

  // Already answered (a retried workflow step): the turn and its reply exist; nothing is done twice.
  if (await withTenant(tenantId, (tx) => turnExists(tx, tenantId, input.inboundMessageId), db)) return silentResult(language);

  // Gate: a person holds the conversation; the message was an opt-out keyword the intake answered.
  if (ctx.conversation.handledBy === "human") return silentResult(language);
  if (ctx.inbound.type === "text" && detectConsentKeyword(customerText)) return silentResult(language, "opt_out");
  const settings = await withTenant(tenantId, (tx) => loadAiSettings(tx, tenantId), db);
  const opening = await openingInfo(db, tenantId, now, language);
  const base = { tenantId, conversationId, inboundMessageId: input.inboundMessageId, now };
  const providerName = deps.model ? "test" : settings.provider;

  const finish = async (out: { outcome: TurnOutcome; text: string | null; buttons?: ReplyButton[]; intent: Intent | null; confidence: number; tools?: ToolName[]; action?: string | null; evidence?: Evidence[]; verdict?: GuardrailVerdict | null; blocked?: number; reason?: string | null; handoff?: HandoffReason | null; draftOnly?: boolean; model?: string | null; usage?: { inputTokens: number; outputTokens: number }; state?: typeof ctx.state; proposalId?: string | null; tag?: string }) => {
    const events: OutgoingEvent[] = [];
    const messageIds: string[] = [];
    const turnId = await withTenant(
      tenantId,
      async (tx) => {
        let replyMessageId: string | null = null;
        if (out.text) {
          const content = replyContent(out.text, out.buttons ?? []);
          if (out.draftOnly) replyMessageId = await writeDraft(tx, tenantId, conversationId, content);
          else {
            const q = await queueBotReply(tx, tenantId, conversationId, content);
            replyMessageId = q.messageId;
            events.push(q.event);
          }
          messageIds.push(replyMessageId);
          if (out.proposalId) await linkActionMessage(tx, tenantId, out.proposalId, replyMessageId);
        }
        if (out.handoff) await applyHandoff(tx, { ...base, reason: out.handoff, summary: summaryFor(ctx, out.intent, out.tools ?? [], out.text, out.state ?? ctx.state) });
        if (out.tag) await tx.update(conversations).set({ tags: sql`array(select distinct unnest(${conversations.tags} || array[${out.tag}]::text[]))` }).where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, conversationId)));
        return recordTurn(
          tx,
          { ...base, replyMessageId, outcome: out.outcome, intent: out.intent, language, confidence: out.confidence, tools: out.tools ?? [], evidence: out.evidence ?? [], verdict: out.verdict ?? null, reason: out.reason ?? null, model: out.model ?? null, inputTokens: out.usage?.inputTokens ?? 0, outputTokens: out.usage?.outputTokens ?? 0, costMicros: turnCostMicros({ provider: providerName, model: out.model ?? null, inputTokens: out.usage?.inputTokens ?? 0, outputTokens: out.usage?.outputTokens ?? 0 }) },
          out.state ?? null,
        );
      },
      db,
    );
    await dispatch(events);
    return { turnId, outcome: out.outcome, intent: out.intent, language, confidence: out.confidence, tools: out.tools ?? [], action: out.action ?? null, text: out.text, buttons: out.buttons ?? [], verdict: out.verdict ?? null, unsupportedClaimsBlocked: out.blocked ?? 0, evidence: out.evidence ?? [], messageIds } satisfies TurnResult;
  };

  // Per-customer rate limit: one notice, then silence; the conversation is flagged for people.
  if ((await withTenant(tenantId, (tx) => inboundInLastHour(tx, tenantId, conversationId, now), db)) > settings.perCustomerHourlyLimit) {
    if (ctx.conversation.tags.includes("rate_limited")) return silentResult(language);
    return finish({ outcome: "escalate", text: texts().rateLimited, intent: null, confidence: 1, reason: "rate_limit", handoff: "rate_limit", tag: "rate_limited" });
  }

  // Monthly AI budget: over it, one notice and a person takes over; then silence.
  if (settings.monthlyBudgetMicros != null && (await withTenant(tenantId, (tx) => monthSpendMicros(tx, tenantId, ctx.tenant.timeZone, now), db)) >= settings.monthlyBudgetMicros) {
    if (ctx.conversation.tags.includes("ai_budget")) return silentResult(language);
    return finish({ outcome: "escalate", text: texts().handoff({ openNow: opening.openNow, nextOpenLabel: opening.nextOpenLabel }), intent: null, confidence: 1, reason: "budget", handoff: "budget", tag: "ai_budget" });
  }

  // A tap on Confirmar / Cancelar decides a pending action — the only way one is ever executed.
  const tap = await decideTap(db, { tenantId, conversationId, buttonId: tappedButtonId(ctx.inbound), language, now });
  if (tap) return finish({ outcome: tap.handoff ? "escalate" : "reply", text: tap.text, intent: null, confidence: 1, action: tap.executed, evidence: tap.evidence, handoff: tap.handoff ? "guardrail" : null, reason: tap.handoff ? "action_failed" : null, state: { ...ctx.state, pendingActionId: undefined } });

  // Photos, voice notes, documents: read or transcribed into words, or honestly handed to a person.
  const media = await describeInboundMedia(ctx.inbound, settings, language);
  if (media?.escalate) return finish({ outcome: "escalate", text: media.customerReply ?? texts().mediaNotUnderstood, intent: "other", confidence: 1, reason: media.reason ?? "media", handoff: "media" });
  if (media?.text && ctx.transcript.length) ctx.transcript[ctx.transcript.length - 1] = { ...ctx.transcript[ctx.transcript.length - 1], text: media.text };

  // The customer's language first (Hilo's own engine, no external call), so tools label dates and
  // summaries in it from this turn on.
  const agentPre: AgentContext = { now, timezone: ctx.tenant.timeZone, businessName: ctx.tenant.name, language, state: ctx.state, customerName: ctx.contact.name ?? ctx.contact.profileName };
  const early = await understandLocally({ ctx: agentPre, transcript: ctx.transcript });
  language = early?.language ?? language;

  // The model, with tools over this workspace's data.
  const toolCtx: ToolContext = { db, tenantId, conversationId, contactId: ctx.contact.id, waId: ctx.contact.waId, customerName: ctx.contact.name ?? ctx.contact.profileName, language, now, timeZone: ctx.tenant.timeZone, businessName: ctx.tenant.name, evidence: [{ source: "customer", text: media?.text ? `${customerText} ${media.text}` : customerText }, ...offeredEvidence(ctx.state)], called: [], proposals: [], escalation: null, opening, state: { ...ctx.state } };
  const agentCtx: AgentContext = { now, timezone: ctx.tenant.timeZone, businessName: ctx.tenant.name, language, state: ctx.state, customerName: toolCtx.customerName };
  const resolved = deps.model ? { model: deps.model, id: deps.model.modelId, external: false } : resolveModel(settings);
  let draft: Awaited<ReturnType<typeof draftReply>>;
  try {
    draft = await draftReply(resolved.model, { ctx: agentCtx, transcript: ctx.transcript, external: resolved.external, tools: buildTools(toolCtx) });
  } catch (e) {
    // The model could not be reached or failed: a person answers, and the customer is told so.
    console.error("[assistant] model call failed", e);
    return finish({ outcome: "escalate", text: texts().handoff({ openNow: opening.openNow, nextOpenLabel: opening.nextOpenLabel }), intent: null, confidence: 0, tools: toolCtx.called, evidence: toolCtx.evidence, reason: "model_unavailable", handoff: "low_confidence" });
  }
  const understanding = draft.understanding ?? early;
  const intent: Intent = understanding?.intent ?? "other";
  const confidence = understanding?.confidence ?? 0.5;
  language = understanding?.language ?? language;
  toolCtx.language = language;
  const common = { intent, confidence, tools: toolCtx.called, evidence: toolCtx.evidence, model: draft.modelId, usage: draft.usage };
  const nextState = { ...toolCtx.state, language, lastIntent: intent, lastCustomerText: customerText, disclosed: ctx.state.disclosed };

  // Escalation: asked for a person, frustration, sensitive topic, the model gave up, low confidence.
  const escalation = detectEscalationReason({ ctx, customerText, language, settings, toolEscalation: toolCtx.escalation, confidence, intent });
  if (escalation) {
    const text = texts().handoff({ openNow: opening.openNow, nextOpenLabel: opening.nextOpenLabel });
    return finish({ ...common, outcome: "escalate", text, reason: escalation.reason, handoff: escalation.reason, state: { ...nextState, failures: 0, disclosed: true } });
  }

  // Grounding: every claim the customer could act on must be in this turn's evidence.
  const grounded = await groundDraft({ draft, evidence: toolCtx.evidence, customerText, language, now, timeZone: ctx.tenant.timeZone, regenerate: (reason) => draftReply(resolved.model, { ctx: agentCtx, transcript: ctx.transcript, external: resolved.external, tools: buildTools({ ...toolCtx, called: [], evidence: [...toolCtx.evidence], proposals: [], state: { ...ctx.state } }), extraSystem: reason }) });
  draft = grounded.draft;
  if (grounded.blocked) {
    return finish({ ...common, outcome: "escalate", text: grounded.holdingText(opening), verdict: grounded.verdict, blocked: grounded.unsupportedCount, reason: "guardrail", handoff: "guardrail", state: { ...nextState, disclosed: true } });
  }

  const proposal = toolCtx.proposals.at(-1) ?? null;
  const level = automationLevel(settings, intent);
  if (level === "off") return finish({ ...common, outcome: "escalate", text: null, reason: "automation_off", handoff: "automation_off", verdict: grounded.verdict, blocked: grounded.unsupportedCount, state: nextState });
  const text = withDisclosure(draft.text, { disclosed: Boolean(ctx.state.disclosed), settings, language, businessName: ctx.tenant.name });
  const buttons = proposal ? decisionButtons(proposal.actionId, language) : [];
  return finish({
    ...common,
    outcome: level === "review" ? "draft" : proposal ? "confirm" : "reply",
    text,
    buttons,
    draftOnly: level === "review",
    verdict: grounded.verdict,
    blocked: grounded.unsupportedCount,
    proposalId: proposal?.actionId ?? null,
    state: { ...nextState, disclosed: true, failures: 0, pendingActionId: proposal?.actionId },
  });
}
