import { buildCloudMessage, buildMarkAsRead, buildMediaUpload, buildTemplateCreate } from "./cloud-payload";
import { cloudFetch, cloudJson, jsonInit, mediaInfo, readBytes, sendResult, uploadedMedia } from "./cloud-http";
import { createdTemplate, listGraphTemplates } from "./cloud-templates";
import { LOCAL_CODES, ProviderError } from "./provider-error";
import { assertSendableOrThrow } from "./validate";
import type { FetchLike, HealthResult, MediaInfo, OutboundMessage, RemoteTemplate, SendOptions, SendResult, TemplateDefinition, UploadedMedia, WhatsAppProvider } from "./types";

/**
 * Graph API version, pinned so a Meta release never changes our payloads under us. v26.0 is the
 * latest (2026-07-29, fact sheet §4); bump deliberately after reading the changelog.
 */
export const GRAPH_VERSION = "v26.0";
export const GRAPH_BASE_URL = "https://graph.facebook.com";

/** Hosts Meta serves media downloads from; the bearer token is never sent anywhere else. */
const META_MEDIA_HOSTS = [/(^|\.)fbsbx\.com$/, /(^|\.)facebook\.com$/, /(^|\.)whatsapp\.net$/];

export type MetaGraphConfig = {
  phoneNumberId: string;
  accessToken: string;
  /** The WhatsApp Business Account: templates belong to it, not to the number. */
  wabaId?: string;
  /** The simulator passes its own URL here, so the real code path runs against it. */
  baseUrl?: string;
  graphVersion?: string;
  fetch?: FetchLike;
};

/** Meta's "object does not exist" subcode within error 100 (a wrong phone-number id). */
const SUBCODE_NOT_FOUND = 33;

/** Meta WhatsApp Cloud API client for one business phone number. */
export class MetaGraphClient implements WhatsAppProvider {
  readonly name = "meta" as const;
  private readonly base: string;
  private readonly fetchImpl: FetchLike;

  constructor(private readonly config: MetaGraphConfig) {
    this.base = `${(config.baseUrl ?? GRAPH_BASE_URL).replace(/\/+$/, "")}/${config.graphVersion ?? GRAPH_VERSION}`;
    this.fetchImpl = config.fetch ?? ((input, init) => fetch(input, init));
  }

  private get auth() {
    return { Authorization: `Bearer ${this.config.accessToken}` };
  }

  private get phonePath() {
    return `${this.base}/${encodeURIComponent(this.config.phoneNumberId)}`;
  }

  async send(to: string, message: OutboundMessage, options: SendOptions): Promise<SendResult> {
    assertSendableOrThrow(to, message, options);
    const body = buildCloudMessage(to, message, { idempotencyKey: options.idempotencyKey });
    return sendResult(await cloudJson(this.fetchImpl, `${this.phonePath}/messages`, jsonInit(this.auth, body)));
  }

  async markAsRead(wamid: string, options: { typing?: boolean } = {}): Promise<void> {
    await cloudFetch(this.fetchImpl, `${this.phonePath}/messages`, jsonInit(this.auth, buildMarkAsRead(wamid, options.typing)));
  }

  async getMediaUrl(mediaId: string): Promise<MediaInfo> {
    // phone_number_id makes Meta check the media belongs to this number (§10).
    const url = `${this.base}/${encodeURIComponent(mediaId)}?phone_number_id=${encodeURIComponent(this.config.phoneNumberId)}`;
    return mediaInfo(await cloudJson(this.fetchImpl, url, { method: "GET", headers: this.auth }));
  }

  /** The URL from getMediaUrl, fetched with the token; on 404 the URL expired: fetch a new one. */
  async downloadMedia(url: string): Promise<Uint8Array> {
    if (!this.isMediaHost(url)) {
      throw new ProviderError({ code: LOCAL_CODES.invalidParameter, httpStatus: 0, title: "media_host_refused", details: `refusing to send the access token to ${url}` });
    }
    return readBytes(await cloudFetch(this.fetchImpl, url, { method: "GET", headers: this.auth }));
  }

  /** A leaked system-user token reaches every number of the business, so only Meta (or our configured base) gets it. */
  private isMediaHost(url: string): boolean {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return false;
    }
    if (u.origin === new URL(this.base).origin) return true;
    return u.protocol === "https:" && META_MEDIA_HOSTS.some((re) => re.test(u.hostname));
  }

  async uploadMedia(bytes: Uint8Array, mimeType: string, filename?: string): Promise<UploadedMedia> {
    const init: RequestInit = { method: "POST", headers: this.auth, body: buildMediaUpload(bytes, mimeType, filename) };
    return uploadedMedia(await cloudJson(this.fetchImpl, `${this.phonePath}/media`, init));
  }

  async createTemplate(def: TemplateDefinition): Promise<{ id: string; status: string; category: string }> {
    return createdTemplate(await cloudJson(this.fetchImpl, `${this.wabaPath}/message_templates`, jsonInit(this.auth, buildTemplateCreate(def))));
  }

  async listTemplates(): Promise<RemoteTemplate[]> {
    const fields = "name,status,category,language,components,rejected_reason";
    return listGraphTemplates(this.fetchImpl, `${this.wabaPath}/message_templates?fields=${fields}&limit=100`, this.auth, new URL(this.base).origin);
  }

  private get wabaPath() {
    if (!this.config.wabaId) throw new ProviderError({ code: LOCAL_CODES.invalidParameter, httpStatus: 0, title: "channel_misconfigured", details: "meta channel has no WABA id" });
    return `${this.base}/${encodeURIComponent(this.config.wabaId)}`;
  }

  async checkHealth(): Promise<HealthResult> {
    const fields = "display_phone_number,quality_rating,whatsapp_business_manager_messaging_limit";
    try {
      const body = await cloudJson<{ display_phone_number?: string; quality_rating?: string; whatsapp_business_manager_messaging_limit?: unknown }>(
        this.fetchImpl,
        `${this.phonePath}?fields=${fields}`,
        { method: "GET", headers: this.auth },
      );
      const tier = body.whatsapp_business_manager_messaging_limit;
      return {
        ok: true,
        displayPhoneNumber: body.display_phone_number ?? "",
        qualityRating: body.quality_rating ?? null,
        messagingTier: typeof tier === "string" ? tier : null,
      };
    } catch (e) {
      return healthFailure(e);
    }
  }
}

/** Graph errors → the reason a tenant can act on: reconnect (token), fix the id, or wait. */
export function healthFailure(e: unknown): HealthResult & { ok: false } {
  if (!(e instanceof ProviderError)) return { ok: false, reason: "unknown", detail: String(e) };
  const detail = `${e.code}: ${e.details}`;
  if (e.httpStatus === 0) return { ok: false, reason: "unreachable", detail };
  if (e.code === 190) return { ok: false, reason: "token_expired", detail };
  // Subcodes are deprecated, so the "does not exist" wording is accepted as a second signal.
  if (e.code === 100 && (e.subcode === SUBCODE_NOT_FOUND || /does not exist/i.test(e.title))) return { ok: false, reason: "wrong_id", detail };
  return { ok: false, reason: "unknown", detail };
}
