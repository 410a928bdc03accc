import { cloudJson } from "./cloud-http";
import { LOCAL_CODES, ProviderError } from "./provider-error";
import type { FetchLike, RemoteTemplate } from "./types";

/**
 * Template-management answers of the Cloud API (Meta) and 360dialog, which hands Meta's template
 * objects through: one mapping to RemoteTemplate, and Meta's cursor paging. Pure but for `fetch`.
 */

type RawTemplate = {
  id?: unknown;
  /** 360dialog: Meta's template id, next to its own `id`. */
  external_id?: unknown;
  name?: unknown;
  language?: unknown;
  category?: unknown;
  status?: unknown;
  components?: unknown;
  rejected_reason?: unknown;
};

const text = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

/** Meta writes statuses in capitals; 360dialog's older answers used lower case ("approved"). */
const status = (v: unknown) => text(v).toUpperCase();

/** Meta's "NONE" means no reason, so it is null like a missing one. */
function rejectedReason(v: unknown): string | null {
  const r = text(v);
  return r === "" || r.toUpperCase() === "NONE" ? null : r;
}

export function toRemoteTemplate(raw: RawTemplate): RemoteTemplate {
  const components = Array.isArray(raw.components) ? (raw.components as RemoteTemplate["components"]).filter((c) => c && typeof c.type === "string") : [];
  return {
    id: text(raw.id) || text(raw.external_id),
    name: text(raw.name),
    language: text(raw.language),
    category: text(raw.category).toUpperCase(),
    status: status(raw.status),
    components,
    rejectedReason: rejectedReason(raw.rejected_reason),
  };
}

/** `{ id, status, category }`, the answer to a create; an answer without an id is unreadable. */
export function createdTemplate(raw: RawTemplate): { id: string; status: string; category: string } {
  const t = toRemoteTemplate(raw);
  if (!t.id) throw new ProviderError({ code: LOCAL_CODES.unknown, httpStatus: 200, title: "missing_template_id", details: JSON.stringify(raw).slice(0, 500) });
  return { id: t.id, status: t.status || "PENDING", category: t.category };
}

/** Meta allows 6,000 templates per WABA; at 100 a page this bound is never reached by a real account. */
const MAX_PAGES = 200;

/**
 * Follows `paging.next` from `firstUrl` until there is none. The next links are absolute; they are
 * followed (with the token) only on `origin`, so a forged link cannot carry the token elsewhere.
 */
export async function listGraphTemplates(fetchImpl: FetchLike, firstUrl: string, headers: Record<string, string>, origin: string): Promise<RemoteTemplate[]> {
  const out: RemoteTemplate[] = [];
  let url: string | undefined = firstUrl;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const body: { data?: RawTemplate[]; paging?: { next?: unknown } } = await cloudJson(fetchImpl, url, { method: "GET", headers });
    out.push(...(body.data ?? []).map(toRemoteTemplate));
    const next = typeof body.paging?.next === "string" ? body.paging.next : undefined;
    if (next && !sameOrigin(next, origin)) {
      throw new ProviderError({ code: LOCAL_CODES.invalidParameter, httpStatus: 0, title: "paging_host_refused", details: `refusing to follow ${next}` });
    }
    url = next;
  }
  return out;
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
