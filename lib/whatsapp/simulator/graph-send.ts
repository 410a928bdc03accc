import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts } from "@/db/schema";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { windowState } from "../rules/window";
import { simulatedWamid } from "./customer-webhook";
import { GRAPH_ERRORS, graphOk, type GraphResponse } from "./graph-errors";
import { hasMedia } from "./graph-media";
import { takeSendSlot, type SimulatorLimits } from "./limits";
import type { SimulatorChannel } from "./simulator-channel";
import { asyncFailureError, simulatorRecipientFailures, type RecipientFailures } from "./recipient-failures";
import { scheduleSimulatedFailure, scheduleSimulatedStatuses, type SimulatedPricing, type StatusDelivery } from "./status-webhooks";
import { findTemplateByName } from "./template-store";
import { parameterMismatch } from "./template-variables";

/**
 * `POST /{phone-number-id}/messages` (fact sheet §4, §5, §8): mark-as-read, and sends checked like
 * Meta checks them. Templates must exist in that language and be APPROVED (132001, paused 132015,
 * disabled 132016) with the right number of parameters (132000), and may go out any time; every
 * other type only inside the 24-hour window (131047). Media by id must be a file of this number
 * (131053). Then the number's throughput (130429) and the recipient's pair rate (131056). An
 * accepted send answers with a wamid and is followed by sent → delivered → read webhooks, or by a
 * `failed` one for recipients set up to fail (recipient-failures.ts: 131026, 131049, 131050, 131051).
 */

export type SendDeps = { deliver?: StatusDelivery; now: Date; limits: SimulatorLimits; recipientFailures?: RecipientFailures; statusDelaysMs?: { sent: number; delivered: number; read: number } };

type Body = Record<string, unknown> & { messaging_product?: unknown; to?: unknown; recipient?: unknown; type?: unknown; status?: unknown; message_id?: unknown };

const MEDIA_TYPES = ["image", "audio", "video", "document", "sticker"];
const FREE_FORM = ["text", ...MEDIA_TYPES, "interactive", "location", "contacts", "reaction"];
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === "object" ? (v as Record<string, unknown>) : {});

/** Meta's refusal of a template send, or how the accepted send is billed (its category, regular). */
async function checkTemplate(db: Db, channel: SimulatorChannel, body: Body): Promise<GraphResponse | SimulatedPricing> {
  const t = obj(body.template);
  const name = typeof t.name === "string" ? t.name : "";
  const language = typeof obj(t.language).code === "string" ? String(obj(t.language).code) : "";
  if (!name || !language) return GRAPH_ERRORS.invalid("template.name and template.language.code are required");
  const stored = await findTemplateByName(db, channel.tenantId, channel.wabaId, name, language);
  if (!stored) return GRAPH_ERRORS.templateMissing(name, language);
  if (stored.status === "PAUSED") return GRAPH_ERRORS.templatePaused(name);
  if (stored.status === "DISABLED") return GRAPH_ERRORS.templateDisabled(name);
  if (stored.status !== "APPROVED") return GRAPH_ERRORS.templateNotApproved(name, stored.status);
  const mismatch = parameterMismatch(stored.components, stored.parameterFormat, t.components);
  if (mismatch) return GRAPH_ERRORS.parameterMismatch(mismatch);
  return { billable: true, category: stored.category.toLowerCase(), type: "regular" };
}

/** Shape checks of free-form types; null when fine. */
async function checkFreeForm(db: Db, channel: SimulatorChannel, type: string, body: Body): Promise<GraphResponse | null> {
  const part = obj(body[type]);
  if (type === "text") return typeof part.body === "string" && part.body.trim() ? null : GRAPH_ERRORS.invalid("Param text['body'] is required");
  if (MEDIA_TYPES.includes(type)) {
    if (typeof part.id === "string" && part.id) return (await hasMedia(db, channel, part.id)) ? null : GRAPH_ERRORS.mediaUpload(`Media id ${part.id} was not uploaded to this phone number.`);
    return typeof part.link === "string" && /^https?:\/\//.test(part.link) ? null : GRAPH_ERRORS.invalid(`${type} needs an uploaded media id or an http(s) link`);
  }
  if (type === "interactive") {
    const action = obj(part.action);
    if (part.type === "button" && !(Array.isArray(action.buttons) && action.buttons.length)) return GRAPH_ERRORS.invalid("interactive button messages need action.buttons");
    if (part.type === "list" && !(Array.isArray(action.sections) && action.sections.length)) return GRAPH_ERRORS.invalid("interactive list messages need action.sections");
    return typeof part.type === "string" ? null : GRAPH_ERRORS.invalid("interactive.type is required");
  }
  if (type === "reaction") return typeof part.message_id === "string" ? null : GRAPH_ERRORS.invalid("reaction.message_id is required");
  return null;
}

async function windowOpen(db: Db, channel: SimulatorChannel, to: string, now: Date): Promise<boolean> {
  const [contact] = await withTenant(
    channel.tenantId,
    (tx) => tx.select({ lastInboundAt: contacts.lastInboundAt }).from(contacts).where(and(eq(contacts.tenantId, channel.tenantId), eq(contacts.waId, to))),
    db,
  );
  return windowState({ lastInboundAt: contact?.lastInboundAt ?? null, now }).open;
}

export async function sendMessage(db: Db, channel: SimulatorChannel, raw: unknown, deps: SendDeps): Promise<GraphResponse> {
  const body = obj(raw) as Body;
  if (body.messaging_product !== "whatsapp") return GRAPH_ERRORS.invalid("messaging_product must be whatsapp");
  if (body.status === "read" && typeof body.message_id === "string") return graphOk({ success: true });
  const to = typeof body.to === "string" ? body.to.replace(/^\+/, "") : typeof body.recipient === "string" ? body.recipient : "";
  const type = typeof body.type === "string" ? body.type : "";
  if (!to || !type) return GRAPH_ERRORS.invalid("to and type are required");

  let pricing: SimulatedPricing | undefined;
  if (type === "template") {
    const verdict = await checkTemplate(db, channel, body);
    if ("status" in verdict) return verdict;
    pricing = verdict;
  } else {
    if (!FREE_FORM.includes(type)) return GRAPH_ERRORS.unsupportedType(type);
    const problem = await checkFreeForm(db, channel, type, body);
    if (problem) return problem;
    if (!(await windowOpen(db, channel, to, deps.now))) return GRAPH_ERRORS.windowClosed();
  }

  const slot = takeSendSlot(deps.limits, channel.phoneNumberId, channel.throughputMps, to, deps.now);
  if (slot === "throughput") return GRAPH_ERRORS.throughput();
  if (slot === "pair_rate") return GRAPH_ERRORS.pairRate();

  const wamid = simulatedWamid();
  const bizOpaqueCallbackData = typeof body.biz_opaque_callback_data === "string" ? body.biz_opaque_callback_data : undefined;
  // Accepted, then failed: what Meta does for problems it only finds after answering.
  const failure = (deps.recipientFailures ?? simulatorRecipientFailures()).codeFor(channel.phoneNumberId, to);
  if (failure) scheduleSimulatedFailure(channel.id, channel.phoneNumberId, to, wamid, asyncFailureError(failure), { deliver: deps.deliver, db, delayMs: deps.statusDelaysMs?.sent });
  else scheduleSimulatedStatuses(channel.id, channel.phoneNumberId, to, wamid, { deliver: deps.deliver, db, pricing, bizOpaqueCallbackData, delaysMs: deps.statusDelaysMs });
  return graphOk({ messaging_product: "whatsapp", contacts: [{ input: body.to ?? to, wa_id: to }], messages: [{ id: wamid, message_status: "accepted" }] });
}
