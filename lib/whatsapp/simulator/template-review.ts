import type { Db } from "@/db/client";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { decryptChannelSecret } from "../channel-secrets";
import { signMetaBody } from "../webhook/signature";
import { simulatorChannelsOfWaba } from "./simulator-channel";
import { deliverInProcess, type StatusDelivery } from "./status-webhooks";
import { findSimulatorTemplate, updateSimulatorTemplateStatus, type SimulatorTemplate } from "./template-store";
import { componentOf, variablesIn, type Component } from "./template-variables";

/**
 * Meta's review of a submitted template, compressed from up to 24 h into a short delay: a verdict
 * from content rules, the row updated, and a signed `message_template_status_update` webhook to
 * every simulator number of the workspace on that WABA. Best effort, like the status webhooks:
 * failures are logged, never thrown.
 */

/** How long "Meta" takes to review; tests pass 0. */
export const DEFAULT_REVIEW_DELAY_MS = 1_500;

export type Verdict = { status: "APPROVED"; reason: null } | { status: "REJECTED"; reason: "INVALID_FORMAT" | "TAG_CONTENT_MISMATCH" };

/** Promotional wording (es / en / pt) that makes a UTILITY or AUTHENTICATION template marketing. */
const MARKETING_WORDS = /(^|[^\p{L}])(ofertas?|descuentos?|promo|promos|promoci[oó]n|promociones|rebajas?|cup[oó]n|cupones|2x1|discounts?|offers?|coupons?|(on|flash|big) sale|promo[cç][aã]o|desconto)(?=$|[^\p{L}])/iu;

const textsOf = (components: Component[]) => ["HEADER", "BODY", "FOOTER"].map((t) => componentOf(components, t)?.text).filter((t): t is string => typeof t === "string");

/**
 * The reviewer's rules (Twilio's list of Meta rejection causes, error 63040): variables side by
 * side or positional ones out of sequence → INVALID_FORMAT; promotional words in a non-marketing
 * template → TAG_CONTENT_MISMATCH. Everything else is approved.
 */
export function reviewVerdict(t: { category: string; parameterFormat: string; components: Component[] }): Verdict {
  for (const text of textsOf(t.components)) {
    if (/\}\}[\s\p{P}]*\{\{/u.test(text)) return { status: "REJECTED", reason: "INVALID_FORMAT" };
  }
  if (t.parameterFormat !== "named") {
    const body = variablesIn(componentOf(t.components, "BODY")?.text).map(Number);
    if (body.some((n, i) => n !== i + 1)) return { status: "REJECTED", reason: "INVALID_FORMAT" };
  }
  if (t.category !== "MARKETING" && textsOf(t.components).some((text) => MARKETING_WORDS.test(text))) return { status: "REJECTED", reason: "TAG_CONTENT_MISMATCH" };
  return { status: "APPROVED", reason: null };
}

/** The webhook Meta posts for a status change (fact sheet §7), in the Cloud API envelope. */
export function templateStatusWebhook(t: Pick<SimulatorTemplate, "id" | "wabaId" | "name" | "language" | "category">, event: string, reason: string | null, at = new Date()) {
  return {
    object: "whatsapp_business_account",
    entry: [
      {
        id: t.wabaId,
        time: Math.floor(at.getTime() / 1000),
        changes: [
          {
            field: "message_template_status_update",
            value: { event, message_template_id: t.id, message_template_name: t.name, message_template_language: t.language, reason: reason ?? "NONE", message_template_category: t.category },
          },
        ],
      },
    ],
  };
}

/** Signs and delivers the template's current status to each simulator number on its WABA. */
export async function announceTemplateStatus(db: Db, t: SimulatorTemplate, deliver: StatusDelivery = deliverInProcess): Promise<number> {
  const targets = await withTenant(t.tenantId, (tx) => simulatorChannelsOfWaba(tx, t.tenantId, t.wabaId), db);
  const raw = JSON.stringify(templateStatusWebhook(t, t.status, t.reason));
  let delivered = 0;
  for (const c of targets) {
    if (!c.appSecretEnc) continue;
    try {
      await deliver(c.id, raw, signMetaBody(raw, decryptChannelSecret(c.id, "app_secret", c.appSecretEnc)));
      delivered++;
    } catch (e) {
      console.warn(`[simulator] template ${t.name}/${t.language} ${t.status} not delivered to channel ${c.id}`, e);
    }
  }
  return delivered;
}

/** Reviews a PENDING template now: verdict, row, webhook. A template no longer pending is left alone. */
export async function reviewSimulatorTemplate(db: Db, tenantId: string, templateId: string, deliver?: StatusDelivery): Promise<SimulatorTemplate | null> {
  const pending = await findSimulatorTemplate(db, tenantId, templateId);
  if (!pending || pending.status !== "PENDING") return null;
  const verdict = reviewVerdict(pending);
  const updated = await updateSimulatorTemplateStatus(db, tenantId, templateId, verdict.status, verdict.reason, "PENDING");
  if (updated) await announceTemplateStatus(db, updated, deliver);
  return updated;
}

/** Reviews after `delayMs` on an unref'd timer (it never keeps the process alive); errors are logged. */
export function scheduleTemplateReview(db: Db, tenantId: string, templateId: string, opts: { delayMs?: number; deliver?: StatusDelivery } = {}): void {
  setTimeout(() => {
    reviewSimulatorTemplate(db, tenantId, templateId, opts.deliver).catch((e) => console.warn(`[simulator] review of template ${templateId} failed`, e));
  }, opts.delayMs ?? DEFAULT_REVIEW_DELAY_MS).unref?.();
}

/**
 * Moves a template to PAUSED, DISABLED, APPROVED… as Meta's quality system would, and announces
 * it: how tests and demos produce 132015 / 132016.
 */
export async function setSimulatorTemplateStatus(db: Db, tenantId: string, templateId: string, status: string, reason: string | null = null, deliver?: StatusDelivery): Promise<SimulatorTemplate | null> {
  const updated = await updateSimulatorTemplateStatus(db, tenantId, templateId, status, reason);
  if (updated) await announceTemplateStatus(db, updated, deliver);
  return updated;
}
