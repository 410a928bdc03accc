import type { Db } from "@/db/client";
import { graphOk, templateError, TEMPLATE_SUBCODES, type GraphResponse } from "./graph-errors";
import type { SimulatorChannel } from "./simulator-channel";
import type { StatusDelivery } from "./status-webhooks";
import { scheduleTemplateReview } from "./template-review";
import { insertSimulatorTemplate, listSimulatorTemplates, type SimulatorTemplate } from "./template-store";
import { validateTemplateCreate } from "./template-validation";

/**
 * `POST` and `GET /{WABA_ID}/message_templates` (fact sheet §7): create answers `{id, status,
 * category}` and starts the review; list answers Meta's cursor page `{data, paging}`.
 */

export type TemplateDeps = { deliver?: StatusDelivery; reviewDelayMs?: number };

export async function createTemplate(db: Db, channel: SimulatorChannel, body: unknown, deps: TemplateDeps): Promise<GraphResponse> {
  const checked = validateTemplateCreate(body);
  if (!checked.ok) return checked.error;
  const row = await insertSimulatorTemplate(db, channel.tenantId, channel.wabaId, checked.template);
  if (row === "duplicate") {
    return templateError(TEMPLATE_SUBCODES.duplicate, "Content in This Language Already Exists", `There is already ${checked.template.language} content for this template (${checked.template.name}). Create a new template with a different name.`);
  }
  scheduleTemplateReview(db, channel.tenantId, row.id, { delayMs: deps.reviewDelayMs, deliver: deps.deliver });
  return graphOk({ id: row.id, status: row.status, category: row.category });
}

const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 1000;

const cursor = (offset: number) => Buffer.from(`o:${offset}`).toString("base64url");
function offsetOf(c: string | null): number {
  const m = c ? /^o:(\d+)$/.exec(Buffer.from(c, "base64url").toString()) : null;
  return m ? Number(m[1]) : 0;
}

/** A template as Graph shows it; with `fields`, only those (and the id, which Graph always adds). */
function view(t: SimulatorTemplate, fields: string[] | null): Record<string, unknown> {
  const all: Record<string, unknown> = {
    id: t.id,
    name: t.name,
    language: t.language,
    status: t.status,
    category: t.category,
    parameter_format: t.parameterFormat.toUpperCase(),
    components: t.components,
    rejected_reason: t.reason ?? "NONE",
  };
  return fields ? Object.fromEntries(Object.entries(all).filter(([k]) => k === "id" || fields.includes(k))) : all;
}

/**
 * One page of the WABA's templates, filtered by `name` (substring, as Meta) and `status`; `after`
 * is the cursor from the previous page and `paging.next` the absolute link to the next one.
 */
export async function listTemplates(db: Db, channel: SimulatorChannel, query: URLSearchParams, pageUrl: string): Promise<GraphResponse> {
  const name = query.get("name");
  const status = query.get("status")?.toUpperCase();
  const all = (await listSimulatorTemplates(db, channel.tenantId, channel.wabaId)).filter((t) => (!name || t.name.includes(name)) && (!status || t.status === status));
  const limit = Math.min(MAX_LIMIT, Math.max(1, Number(query.get("limit")) || DEFAULT_LIMIT));
  const offset = offsetOf(query.get("after"));
  const page = all.slice(offset, offset + limit);
  const end = offset + page.length;
  const paging: Record<string, unknown> = { cursors: { before: cursor(offset), after: cursor(end) } };
  if (end < all.length) {
    const next = new URL(pageUrl);
    next.searchParams.set("after", cursor(end));
    next.searchParams.set("limit", String(limit));
    paging.next = next.toString();
  }
  const fields = query.get("fields")?.split(",").map((f) => f.trim()) ?? null;
  return graphOk({ data: page.map((t) => view(t, fields)), paging });
}
