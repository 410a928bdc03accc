import { buildCloudMessage, buildMarkAsRead, buildMediaUpload, buildTemplateCreate } from "./cloud-payload";
import { cloudFetch, cloudJson, jsonInit, mediaInfo, readBytes, sendResult, uploadedMedia } from "./cloud-http";
import { createdTemplate, toRemoteTemplate } from "./cloud-templates";
import { healthFailure } from "./meta-graph";
import { LOCAL_CODES, ProviderError } from "./provider-error";
import { assertSendableOrThrow } from "./validate";
import type { FetchLike, HealthResult, MediaInfo, OutboundMessage, RemoteTemplate, SendOptions, SendResult, TemplateDefinition, UploadedMedia, WhatsAppProvider } from "./types";

export const DIALOG360_BASE_URL = "https://waba-v2.360dialog.io";
/** 360dialog's page size for template lists; its answer says `total`, so pages follow by offset. */
const TEMPLATE_PAGE = 1000;

export type Dialog360Config = {
  /** One key per number: the key, not the path, names the sender (fact sheet §11). */
  apiKey: string;
  /** `https://waba-sandbox.360dialog.io` for the sandbox; a fake's URL in tests. */
  baseUrl?: string;
  /** Only reported back by checkHealth; 360dialog's health answer carries no display number. */
  displayPhoneNumber?: string;
  fetch?: FetchLike;
};

/**
 * 360dialog's hosted Cloud API: Meta's bodies and error format unchanged, but its own host, the
 * `D360-API-KEY` header, no version or phone-number id in paths, and media downloads proxied
 * through its host (Meta's lookaside URL would need Meta's token, which we never hold).
 */
export class Dialog360Client implements WhatsAppProvider {
  readonly name = "dialog360" as const;
  private readonly base: string;
  private readonly fetchImpl: FetchLike;

  constructor(private readonly config: Dialog360Config) {
    this.base = (config.baseUrl ?? DIALOG360_BASE_URL).replace(/\/+$/, "");
    this.fetchImpl = config.fetch ?? ((input, init) => fetch(input, init));
  }

  private get auth() {
    return { "D360-API-KEY": this.config.apiKey };
  }

  async send(to: string, message: OutboundMessage, options: SendOptions): Promise<SendResult> {
    assertSendableOrThrow(to, message, options);
    const body = buildCloudMessage(to, message, { idempotencyKey: options.idempotencyKey });
    return sendResult(await cloudJson(this.fetchImpl, `${this.base}/messages`, jsonInit(this.auth, body)));
  }

  async markAsRead(wamid: string, options: { typing?: boolean } = {}): Promise<void> {
    await cloudFetch(this.fetchImpl, `${this.base}/messages`, jsonInit(this.auth, buildMarkAsRead(wamid, options.typing)));
  }

  async getMediaUrl(mediaId: string): Promise<MediaInfo> {
    return mediaInfo(await cloudJson(this.fetchImpl, `${this.base}/${encodeURIComponent(mediaId)}`, { method: "GET", headers: this.auth }));
  }

  /**
   * Accepts Meta's lookaside URL (as returned by getMediaUrl) and fetches the same path and query
   * from 360dialog's host with the API key. The key is only ever sent to our configured host.
   */
  async downloadMedia(url: string): Promise<Uint8Array> {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      throw new ProviderError({ code: LOCAL_CODES.invalidParameter, httpStatus: 0, title: "invalid_media_url", details: url });
    }
    const proxied = `${this.base}${u.pathname}${u.search}`;
    return readBytes(await cloudFetch(this.fetchImpl, proxied, { method: "GET", headers: this.auth }));
  }

  /** `POST /media`: Meta's multipart upload, on 360dialog's host (25 uploads/s per number). */
  async uploadMedia(bytes: Uint8Array, mimeType: string, filename?: string): Promise<UploadedMedia> {
    const init: RequestInit = { method: "POST", headers: this.auth, body: buildMediaUpload(bytes, mimeType, filename) };
    return uploadedMedia(await cloudJson(this.fetchImpl, `${this.base}/media`, init));
  }

  /** `POST /v1/configs/templates` with Meta's body; the key names the WABA. */
  async createTemplate(def: TemplateDefinition): Promise<{ id: string; status: string; category: string }> {
    return createdTemplate(await cloudJson(this.fetchImpl, `${this.base}/v1/configs/templates`, jsonInit(this.auth, buildTemplateCreate(def))));
  }

  /** `GET /v1/configs/templates`, paged by limit/offset until `total` is reached. */
  async listTemplates(): Promise<RemoteTemplate[]> {
    const out: RemoteTemplate[] = [];
    for (let offset = 0; ; ) {
      const body = await cloudJson<{ waba_templates?: Record<string, unknown>[]; total?: unknown }>(
        this.fetchImpl,
        `${this.base}/v1/configs/templates?limit=${TEMPLATE_PAGE}&offset=${offset}`,
        { method: "GET", headers: this.auth },
      );
      const page = body.waba_templates ?? [];
      out.push(...page.map(toRemoteTemplate));
      offset += page.length;
      const total = typeof body.total === "number" ? body.total : undefined;
      if (page.length === 0 || (total !== undefined ? offset >= total : page.length < TEMPLATE_PAGE)) return out;
    }
  }

  /**
   * `GET /health_status` (360dialog's wrapper of Meta's health status). It reports whether the
   * number can send, not its quality or tier, so those are null; a key 360dialog refuses is
   * reported as an expired token because the fix is the same: issue a new key.
   */
  async checkHealth(): Promise<HealthResult> {
    try {
      const body = await cloudJson<{ health_status?: { can_send_message?: string; entities?: { entity_type?: string; can_send_message?: string; errors?: unknown }[] } }>(
        this.fetchImpl,
        `${this.base}/health_status`,
        { method: "GET", headers: this.auth },
      );
      const status = body.health_status?.can_send_message;
      if (status === "BLOCKED") {
        const blocked = (body.health_status?.entities ?? []).filter((e) => e.can_send_message === "BLOCKED").map((e) => e.entity_type);
        return { ok: false, reason: "unknown", detail: `can_send_message=BLOCKED (${blocked.join(", ") || "no entity named"})` };
      }
      return { ok: true, displayPhoneNumber: this.config.displayPhoneNumber ?? "", qualityRating: null, messagingTier: null };
    } catch (e) {
      if (e instanceof ProviderError && (e.httpStatus === 401 || e.httpStatus === 403)) return { ok: false, reason: "token_expired", detail: `${e.httpStatus}: ${e.details}` };
      return healthFailure(e);
    }
  }
}
