/**
 * Every provider failure, thrown by all WhatsApp clients. `code` is always a Meta Cloud API error
 * code (Twilio's own codes are translated, the original kept in `providerCode`), so retry and
 * permanent-failure decisions key on one table: the fact sheet's §8.2.
 */
export class ProviderError extends Error {
  readonly code: number;
  /** 0 when no HTTP answer exists: local validation or a network failure. */
  readonly httpStatus: number;
  readonly title: string;
  readonly details: string;
  /** From the `Retry-After` header, when the provider sent one. */
  readonly retryAfterMs?: number;
  /** Deprecated by Meta but still useful to tell "not found" apart within code 100. */
  readonly subcode?: number;
  /** The provider's own code when it differs from `code` (Twilio). */
  readonly providerCode?: number;

  constructor(init: {
    code: number;
    httpStatus: number;
    title: string;
    details: string;
    retryAfterMs?: number;
    subcode?: number;
    providerCode?: number;
  }) {
    super(`WhatsApp provider error ${init.code}: ${init.title}${init.details && init.details !== init.title ? ` (${init.details})` : ""}`);
    this.name = "ProviderError";
    this.code = init.code;
    this.httpStatus = init.httpStatus;
    this.title = init.title;
    this.details = init.details;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.subcode !== undefined) this.subcode = init.subcode;
    if (init.providerCode !== undefined) this.providerCode = init.providerCode;
  }
}

/** Meta codes used when we, not the provider, produce the error. */
export const LOCAL_CODES = {
  /** Invalid parameter: what Meta itself would answer for the same payload. */
  invalidParameter: 100,
  /** "API Unknown": an answer we could not read. Retryable per §8.2. */
  unknown: 1,
  /** "API Service": temporarily unavailable. Used when the request never got an answer. */
  unavailable: 2,
} as const;

/**
 * `Retry-After` is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). Returns milliseconds,
 * never negative, or undefined when absent or unreadable.
 */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A request that never got an HTTP answer (DNS, refused connection, TLS, abort). */
export function networkError(cause: unknown): ProviderError {
  const detail = cause instanceof Error ? `${cause.message}${cause.cause instanceof Error ? `: ${cause.cause.message}` : ""}` : String(cause);
  return new ProviderError({ code: LOCAL_CODES.unavailable, httpStatus: 0, title: "network_error", details: detail });
}
