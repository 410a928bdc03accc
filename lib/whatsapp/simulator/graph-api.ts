import { getDb, type Db } from "@/db/client";
import { localSimulatorBaseUrl } from "../providers/simulator-url";
import { simulatorFaults, type FaultBook } from "./faults";
import type { RecipientFailures } from "./recipient-failures";
import { GRAPH_ERRORS, graphOk, type GraphResponse } from "./graph-errors";
import { downloadMedia, mediaObject, uploadMedia } from "./graph-media";
import { sendMessage } from "./graph-send";
import { createTemplate, listTemplates } from "./graph-templates";
import { simulatorLimits, type SimulatorLimits } from "./limits";
import { unsafeFindSimulatorChannel, type SimulatorChannel } from "./simulator-channel";
import type { StatusDelivery } from "./status-webhooks";

export type { GraphResponse } from "./graph-errors";

export type SimulatorDeps = {
  db?: Db;
  /** Where status and template webhooks go (default: this app's intake, in-process). */
  deliver?: StatusDelivery;
  now?: Date;
  /** The request's query string: media lookups (`phone_number_id`), list filters and cursors. */
  query?: URLSearchParams;
  /** This simulator's public base (…/api/simulator/graph): media links and paging links point here. */
  baseUrl?: string;
  limits?: SimulatorLimits;
  faults?: FaultBook;
  recipientFailures?: RecipientFailures;
  /** Delay before a submitted template is reviewed (default 1.5 s; 0 in tests). */
  reviewDelayMs?: number;
  /** When sent / delivered / read follow an accepted send (default 0.2 s, 0.6 s, 1.4 s). */
  statusDelaysMs?: { sent: number; delivered: number; read: number };
};

type Route =
  | { kind: "send" | "upload" | "templates" | "phone"; graphId: string; by: "phone" | "waba" }
  | { kind: "media"; graphId: string; by: "phone"; mediaId: string };

function routeOf(method: string, id: string, edge: string | undefined, query: URLSearchParams): Route | null {
  if (method === "POST" && edge === "messages") return { kind: "send", graphId: id, by: "phone" };
  if (method === "POST" && edge === "media") return { kind: "upload", graphId: id, by: "phone" };
  if ((method === "GET" || method === "POST") && edge === "message_templates") return { kind: "templates", graphId: id, by: "waba" };
  if (method === "GET" && edge === undefined) {
    // Meta's media object is asked for with the number that owns it; without it, the id is a number.
    const owner = query.get("phone_number_id");
    return owner ? { kind: "media", graphId: owner, by: "phone", mediaId: id } : { kind: "phone", graphId: id, by: "phone" };
  }
  return null;
}

/** `GET /{phone-number-id}`: the phone-number object a health check reads. */
function phoneObject(channel: SimulatorChannel, query: URLSearchParams): GraphResponse {
  const all: Record<string, unknown> = {
    id: channel.phoneNumberId,
    display_phone_number: channel.displayPhoneNumber ?? "+34 600 000 000",
    verified_name: "Hilo Simulator",
    quality_rating: "GREEN",
    whatsapp_business_manager_messaging_limit: "TIER_UNLIMITED",
    throughput: { level: "STANDARD" },
  };
  const fields = query.get("fields")?.split(",");
  return graphOk(fields ? Object.fromEntries(Object.entries(all).filter(([k]) => k === "id" || fields.includes(k))) : all);
}

/**
 * The part of Meta's Graph API a `simulator` channel talks to, answering like Meta (same paths,
 * bodies and error codes) so the real Meta client runs against it: sends and mark-as-read, media
 * upload / object / download, template create and list, the phone-number object. Injected faults
 * (faults.ts) answer before anything else for their number.
 */
export async function handleSimulatorGraph(method: string, path: string[], headers: Headers, body: unknown, deps: SimulatorDeps = {}): Promise<GraphResponse> {
  const db = deps.db ?? getDb();
  const now = deps.now ?? new Date();
  const query = deps.query ?? new URLSearchParams();
  const baseUrl = (deps.baseUrl ?? localSimulatorBaseUrl()).replace(/\/+$/, "");
  if (!/^Bearer \S+/.test(headers.get("authorization") ?? "")) return GRAPH_ERRORS.auth();
  const find = (graphId: string, by: "phone" | "waba") => unsafeFindSimulatorChannel(db, graphId, by);

  if (method === "GET" && path[0] === "whatsapp_business" && path[1] === "attachments") return downloadMedia(db, query, (id) => find(id, "phone"), now);
  const [version, id, edge, ...rest] = path;
  const route = /^v\d+\.\d+$/.test(version ?? "") && id && !rest.length ? routeOf(method, id, edge, query) : null;
  if (!route) return GRAPH_ERRORS.unsupported(`${method} /${path.join("/")}`);

  const channel = await find(route.graphId, route.by);
  if (!channel) return GRAPH_ERRORS.unknownObject(route.kind === "media" ? route.mediaId : route.graphId);
  const fault = (deps.faults ?? simulatorFaults()).take(channel.phoneNumberId);
  if (fault) return GRAPH_ERRORS.injected(fault);

  switch (route.kind) {
    case "send":
      return sendMessage(db, channel, body, { deliver: deps.deliver, now, limits: deps.limits ?? simulatorLimits(), recipientFailures: deps.recipientFailures, statusDelaysMs: deps.statusDelaysMs });
    case "upload":
      return uploadMedia(db, channel, body);
    case "media":
      return mediaObject(db, channel, route.mediaId, baseUrl, now);
    case "phone":
      return phoneObject(channel, query);
    case "templates":
      return method === "POST"
        ? createTemplate(db, channel, body, { deliver: deps.deliver, reviewDelayMs: deps.reviewDelayMs })
        : listTemplates(db, channel, query, `${baseUrl}/${version}/${encodeURIComponent(id)}/message_templates?${query}`);
  }
}
