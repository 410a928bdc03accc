import { mapTwilioError } from "@/lib/whatsapp/twilio/error-codes";
import { LOCAL_CODES, networkError, parseRetryAfter, ProviderError } from "./provider-error";
import { contentToRemoteTemplate, type TwilioContent } from "./twilio-content";
import { assertSendableOrThrow } from "./validate";
import type { FetchLike, HealthResult, MediaInfo, OutboundMessage, RemoteTemplate, SendOptions, SendResult, TemplateDefinition, TemplateMessage, TemplateParameter, UploadedMedia, WhatsAppProvider } from "./types";

export const TWILIO_BASE_URL = "https://api.twilio.com";
export const TWILIO_CONTENT_BASE_URL = "https://content.twilio.com";
/** Content API pages hold up to 1,000 items (its OpenAPI); 500 keeps answers small. */
const CONTENT_PAGE_SIZE = 500;
const MAX_CONTENT_PAGES = 100;

export type TwilioConfig = {
  accountSid: string;
  authToken: string;
  /** The WhatsApp sender in E.164 (`+15551234567`). */
  from: string;
  baseUrl?: string;
  /** The Content API host; defaults to `baseUrl` when that is overridden (a fake serves both), else content.twilio.com. */
  contentBaseUrl?: string;
  /** Where Twilio posts MessageStatus callbacks for each send. */
  statusCallbackUrl?: string;
  fetch?: FetchLike;
};

const unsupported = (details: string) => new ProviderError({ code: LOCAL_CODES.invalidParameter, httpStatus: 0, title: "unsupported_on_twilio", details });

/**
 * ContentVariables for a Content API template. Twilio takes one flat map per template, so
 * positional parameters are numbered 1…n across header, body, then buttons (their order in the
 * approved template); named parameters keep their names.
 */
export function contentVariables(m: TemplateMessage): Record<string, string> {
  const c = m.components ?? {};
  const values = [
    ...[...(c.header ?? []), ...(c.body ?? [])].map(parameterValue),
    ...(c.buttons ?? []).flatMap((b) => b.parameters.map((p) => ({ name: undefined, value: p.type === "payload" ? p.payload : p.text }))),
  ];
  return Object.fromEntries(values.map((v, i) => [v.name ?? String(i + 1), v.value]));
}

/** Twilio variables are plain strings: currency and dates go as their fallback text, media as its link. */
function parameterValue(p: TemplateParameter): { name: string | undefined; value: string } {
  switch (p.type) {
    case "text":
      return { name: p.parameterName, value: p.text };
    case "currency":
    case "date_time":
      return { name: p.parameterName, value: p.fallbackValue };
    default:
      return { name: undefined, value: p.media.link ?? p.media.id ?? "" };
  }
}

/** Twilio Messages API client for one WhatsApp sender. */
export class TwilioClient implements WhatsAppProvider {
  readonly name = "twilio" as const;
  private readonly base: string;
  private readonly contentBase: string;
  private readonly fetchImpl: FetchLike;

  constructor(private readonly config: TwilioConfig) {
    this.base = (config.baseUrl ?? TWILIO_BASE_URL).replace(/\/+$/, "");
    this.contentBase = (config.contentBaseUrl ?? config.baseUrl ?? TWILIO_CONTENT_BASE_URL).replace(/\/+$/, "");
    this.fetchImpl = config.fetch ?? ((input, init) => fetch(input, init));
  }

  private get auth() {
    return { Authorization: `Basic ${Buffer.from(`${this.config.accountSid}:${this.config.authToken}`).toString("base64")}` };
  }

  private get accountPath() {
    return `${this.base}/2010-04-01/Accounts/${encodeURIComponent(this.config.accountSid)}`;
  }

  /** Any non-2xx → ProviderError with the Meta-equivalent code; Twilio's code kept as providerCode. */
  private async request(url: string, init: RequestInit): Promise<Response> {
    let res: Response;
    try {
      res = await this.fetchImpl(url, { ...init, headers: { ...this.auth, ...(init.headers as Record<string, string> | undefined) } });
    } catch (cause) {
      throw networkError(cause);
    }
    if (res.ok) return res;
    const text = await res.text();
    let body: { code?: unknown; message?: unknown } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // Not Twilio's JSON error: keep the raw text as details.
    }
    const twilioCode = typeof body.code === "number" ? body.code : undefined;
    const mapped = twilioCode !== undefined ? mapTwilioError(twilioCode) : { code: res.status === 401 ? 190 : LOCAL_CODES.unknown, title: `HTTP ${res.status}` };
    const details = typeof body.message === "string" ? body.message : text.slice(0, 500);
    throw new ProviderError({ ...mapped, httpStatus: res.status, details, retryAfterMs: parseRetryAfter(res.headers.get("retry-after")), providerCode: twilioCode });
  }

  /** The form fields of one send; interactive messages exist on Twilio only as Content templates. */
  private form(to: string, message: OutboundMessage): URLSearchParams {
    if (/^[A-Z]{2}\./.test(to)) throw unsupported("Twilio addresses WhatsApp users by phone number; a BSUID cannot be used");
    const f = new URLSearchParams({ To: `whatsapp:+${to.replace(/^\+/, "")}`, From: `whatsapp:+${this.config.from.replace(/^\+/, "")}` });
    switch (message.kind) {
      case "text":
        f.set("Body", message.body);
        break;
      case "media":
        // Twilio fetches the file itself, so only public links work; Meta media ids mean nothing to it.
        if (!message.link) throw unsupported("Twilio sends media by URL only (MediaUrl)");
        f.set("MediaUrl", message.link);
        if (message.caption !== undefined) f.set("Body", message.caption);
        break;
      case "template":
        if (!message.contentSid) throw unsupported(`template "${message.name}" has no Twilio ContentSid (HX…)`);
        f.set("ContentSid", message.contentSid);
        if (Object.keys(contentVariables(message)).length) f.set("ContentVariables", JSON.stringify(contentVariables(message)));
        break;
      default:
        throw unsupported(`${message.kind} messages need a Twilio Content template (send as kind "template" with its ContentSid)`);
    }
    if (this.config.statusCallbackUrl) f.set("StatusCallback", this.config.statusCallbackUrl);
    return f;
  }

  async send(to: string, message: OutboundMessage, options: SendOptions): Promise<SendResult> {
    assertSendableOrThrow(to, message, options);
    const res = await this.request(`${this.accountPath}/Messages.json`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: this.form(to, message).toString(),
    });
    const body = (await res.json()) as { sid?: unknown };
    if (typeof body.sid !== "string") throw new ProviderError({ code: LOCAL_CODES.unknown, httpStatus: res.status, title: "missing_message_sid", details: JSON.stringify(body).slice(0, 500) });
    return { wamid: body.sid };
  }

  /** Twilio's Messages API has no read receipts (fact sheet §11 lists none): a deliberate no-op. */
  async markAsRead(): Promise<void> {}

  /** Inbound Twilio media ids are the MediaUrl{N} itself (see twilio/parse.ts); `.json` gives its metadata. */
  async getMediaUrl(mediaId: string): Promise<MediaInfo> {
    this.assertOwnHost(mediaId);
    const res = await this.request(`${mediaId}.json`, { method: "GET" });
    const body = (await res.json()) as { content_type?: unknown };
    return { url: mediaId, mimeType: typeof body.content_type === "string" ? body.content_type : "application/octet-stream", sha256: null, fileSize: null };
  }

  async downloadMedia(url: string): Promise<Uint8Array> {
    this.assertOwnHost(url);
    return new Uint8Array(await (await this.request(url, { method: "GET" })).arrayBuffer());
  }

  /** Twilio fetches media itself from a public URL (MediaUrl); it has no upload to send by id. */
  async uploadMedia(bytes: Uint8Array, mimeType: string): Promise<UploadedMedia> {
    throw unsupported(`Twilio sends media by public URL (MediaUrl) and has no media upload: send this ${mimeType} file (${bytes.byteLength} bytes) as a link instead`);
  }

  async createTemplate(def: TemplateDefinition): Promise<{ id: string; status: string; category: string }> {
    throw unsupported(`Twilio templates are created and submitted for WhatsApp approval in Twilio's Content API or Console, then entered here by their Content SID (HX…); "${def.name}" was not created`);
  }

  /** The account's Content resources submitted to WhatsApp, with their approval (see twilio-content.ts). */
  async listTemplates(): Promise<RemoteTemplate[]> {
    const out: RemoteTemplate[] = [];
    let url: string | null = `${this.contentBase}/v1/ContentAndApprovals?PageSize=${CONTENT_PAGE_SIZE}`;
    for (let page = 0; url && page < MAX_CONTENT_PAGES; page++) {
      this.assertOwnHost(url, this.contentBase);
      const body = (await (await this.request(url, { method: "GET" })).json()) as { contents?: TwilioContent[]; meta?: { next_page_url?: string | null } };
      for (const c of body.contents ?? []) {
        const t = contentToRemoteTemplate(c);
        if (t) out.push(t);
      }
      url = body.meta?.next_page_url ?? null;
    }
    return out;
  }

  /** The auth token opens the whole Twilio account: it only goes to the configured API hosts. */
  private assertOwnHost(url: string, base = this.base) {
    if (!url.startsWith(`${base}/`)) throw new ProviderError({ code: LOCAL_CODES.invalidParameter, httpStatus: 0, title: "media_host_refused", details: `refusing to send credentials to ${url}` });
  }

  async checkHealth(): Promise<HealthResult> {
    try {
      const res = await this.request(`${this.accountPath}.json`, { method: "GET" });
      const body = (await res.json()) as { status?: unknown };
      if (body.status !== "active") return { ok: false, reason: "unknown", detail: `account status ${String(body.status)}` };
      return { ok: true, displayPhoneNumber: this.config.from, qualityRating: null, messagingTier: null };
    } catch (e) {
      if (!(e instanceof ProviderError)) return { ok: false, reason: "unknown", detail: String(e) };
      const detail = `${e.providerCode ?? e.code}: ${e.details}`;
      if (e.httpStatus === 0) return { ok: false, reason: "unreachable", detail };
      if (e.code === 190 || e.httpStatus === 401) return { ok: false, reason: "token_expired", detail };
      if (e.httpStatus === 404) return { ok: false, reason: "wrong_id", detail };
      return { ok: false, reason: "unknown", detail };
    }
  }
}
