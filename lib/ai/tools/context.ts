import type { Db, Tx } from "@/db/client";
import { withTenant } from "@/lib/tenancy/with-tenant";
import type { ActionKind } from "../actions/pending-actions";
import type { ConversationState, Evidence, Language, ToolName, ToolOutput } from "../types";

/** A proposal made by an irreversible tool this turn (the pipeline turns it into Confirmar/Cancelar buttons). */
export type Proposal = { actionId: string; kind: ActionKind; summary: string };

/**
 * What tools know about the turn they serve — one workspace, one conversation, one customer —
 * and what they leave behind for the pipeline: the evidence they showed the model, the tools
 * called, proposals, and an escalation request.
 */
export type ToolContext = {
  db: Db;
  tenantId: string;
  conversationId: string;
  contactId: string;
  /** The customer's WhatsApp id (E.164 digits), to find "my orders". */
  waId: string;
  customerName: string | null;
  language: Language;
  now: Date;
  timeZone: string;
  businessName: string;
  evidence: Evidence[];
  called: ToolName[];
  proposals: Proposal[];
  escalation: { reason: string; summary?: string } | null;
  /** Whether the team is open now and when it next opens, as the pipeline read it for this turn. */
  opening: { openNow: boolean; nextOpen: Date | null; nextOpenLabel: string | null };
  /** The conversation's assistant state; tools record what they offered (options, slots, the order in question). */
  state: ConversationState;
};

/** Runs a tool's work in the workspace's transaction and records the evidence it returns. */
export async function runTool<T>(ctx: ToolContext, name: ToolName, work: (tx: Tx) => Promise<ToolOutput<T>>): Promise<ToolOutput<T>> {
  ctx.called.push(name);
  try {
    const out = await withTenant(ctx.tenantId, work, ctx.db);
    ctx.evidence.push(...out.evidence);
    return out;
  } catch (e) {
    console.error(`[assistant] tool ${name} failed`, e);
    return { ok: false, data: null as T, evidence: [], error: "tool_failed" };
  }
}
