import type { RemoteTemplate } from "./types";

/**
 * Twilio's Content API (`GET https://content.twilio.com/v1/ContentAndApprovals`) → RemoteTemplate.
 * Twilio keeps WhatsApp templates as Content resources (sid HX…, which is what a send names as
 * ContentSid) with the WhatsApp approval beside them, so the mapping is faithful where it matters:
 * id = the Content SID, name, language, category and status come from the WhatsApp approval
 * request. Content never submitted to WhatsApp ("unsubmitted", or no approval request) is not a
 * WhatsApp template and is left out. Components are rebuilt in Meta's shape from the Content type
 * that was submitted (body, card subtitle as footer, actions as buttons); media headers only when
 * the link's extension says which kind they are.
 */

type ContentAction = { type?: string; title?: string; id?: string; url?: string; phone?: string; code?: string };
type ContentType = { body?: string; title?: string; subtitle?: string; media?: string[]; actions?: ContentAction[] };
type Approval = { name?: string; category?: string; status?: string; rejection_reason?: string; content_type?: string };

export type TwilioContent = {
  sid?: string;
  friendly_name?: string;
  language?: string;
  types?: Record<string, ContentType>;
  approval_requests?: Approval | null;
};

const STATUSES: Record<string, string> = { approved: "APPROVED", rejected: "REJECTED", pending: "PENDING", received: "PENDING", paused: "PAUSED", disabled: "DISABLED" };

function headerFor(link: string | undefined): RemoteTemplate["components"][number] | null {
  const ext = link?.split("?")[0].split(".").pop()?.toLowerCase() ?? "";
  const format = ["jpg", "jpeg", "png"].includes(ext) ? "IMAGE" : ["mp4", "3gp"].includes(ext) ? "VIDEO" : ext === "pdf" ? "DOCUMENT" : null;
  return format ? { type: "HEADER", format, example: { header_handle: [link] } } : null;
}

function buttonFor(a: ContentAction): Record<string, unknown> {
  switch ((a.type ?? "QUICK_REPLY").toUpperCase()) {
    case "URL":
      return { type: "URL", text: a.title ?? "", url: a.url ?? "" };
    case "PHONE_NUMBER":
      return { type: "PHONE_NUMBER", text: a.title ?? "", phone_number: a.phone ?? "" };
    case "COPY_CODE":
      return { type: "COPY_CODE", example: a.code ?? "" };
    default:
      return { type: "QUICK_REPLY", text: a.title ?? "" };
  }
}

function componentsOf(c: TwilioContent, approval: Approval): RemoteTemplate["components"] {
  const types = c.types ?? {};
  const key = approval.content_type && types[approval.content_type] ? approval.content_type : Object.keys(types)[0];
  const t = key ? types[key] : undefined;
  if (!t) return [];
  const out: RemoteTemplate["components"] = [];
  const header = headerFor(t.media?.[0]);
  if (header) out.push(header);
  const body = t.body ?? t.title;
  if (body) out.push({ type: "BODY", text: body });
  // twilio/card: `title` is the main text, `subtitle` the small print under it.
  if (t.subtitle) out.push({ type: "FOOTER", text: t.subtitle });
  if (t.actions?.length) out.push({ type: "BUTTONS", buttons: t.actions.map(buttonFor) });
  return out;
}

/** One Content resource → a RemoteTemplate, or null when it was never submitted to WhatsApp. */
export function contentToRemoteTemplate(c: TwilioContent): RemoteTemplate | null {
  const approval = c.approval_requests;
  const raw = approval?.status?.toLowerCase() ?? "";
  if (!c.sid || !approval || raw === "" || raw === "unsubmitted") return null;
  return {
    id: c.sid,
    name: approval.name || c.friendly_name || c.sid,
    language: c.language ?? "",
    category: (approval.category ?? "").toUpperCase(),
    status: STATUSES[raw] ?? raw.toUpperCase(),
    components: componentsOf(c, approval),
    rejectedReason: approval.rejection_reason ? approval.rejection_reason : null,
  };
}
