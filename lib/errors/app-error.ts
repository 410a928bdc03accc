/**
 * The one error type for expected failures. `code` is `<kind>:<subject>`; the kind decides the
 * HTTP status and the subject picks the user-facing message (catalog key `errors.<kind>_<subject>`,
 * falling back to `errors.<kind>`).
 */
export type ErrorKind = "bad_request" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "expired" | "rate_limited" | "internal";

export type AppErrorCode =
  | "bad_request:input"
  | "bad_request:write_first"
  | "unauthorized:credentials"
  | "unauthorized:session"
  | "forbidden:role"
  | "forbidden:last_owner"
  | "not_found:workspace"
  | "not_found:invitation"
  | "not_found:member"
  | "not_found:channel"
  | "not_found:conversation"
  | "conflict:email"
  | "conflict:slug"
  | "conflict:already_member"
  | "expired:invitation"
  | "not_found:template"
  | "bad_request:template_not_approved"
  | "bad_request:template_variables"
  | "bad_request:window_closed"
  | "bad_request:opted_out"
  | "bad_request:no_marketing_consent"
  | "bad_request:media_type"
  | "bad_request:media_too_large"
  | "bad_request:interactive"
  | "bad_request:csv"
  | "conflict:consent_wording"
  | "rate_limited:optin"
  | "bad_request:provider"
  | "internal:unexpected"
  | "internal:workflows_unreachable";

const STATUS: Record<ErrorKind, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  expired: 410,
  rate_limited: 429,
  internal: 500,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly kind: ErrorKind;
  readonly status: number;

  constructor(code: AppErrorCode, options?: { cause?: unknown; message?: string }) {
    super(options?.message ?? code, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.kind = code.split(":")[0] as ErrorKind;
    this.status = STATUS[this.kind];
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** Catalog key for an error code, e.g. `conflict:email` → `conflict_email`. */
export const errorMessageKey = (code: AppErrorCode) => code.replace(":", "_");
