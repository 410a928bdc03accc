/**
 * Graph / WhatsApp send errors (fact sheet §8.2) → what the sender does next. Keyed on `code`
 * (plus `error_data.details` for humans); titles and `error_subcode` are deprecated. The same
 * table serves synchronous API errors and `statuses[].errors[]`, which can arrive after a 200.
 *
 * "retry" means the same message may succeed later unchanged; everything else is "permanent"
 * for this message, even when the account can recover (a new token, a fixed template), because
 * retrying before a human acts only burns quota and, for some codes, quality.
 */

export type SendErrorAction = "retry" | "permanent";

export type SendErrorReason =
  | "rate_limited" // throughput or Graph API rate limits
  | "pair_rate" // too many messages to the same user
  | "maintenance" // account briefly unavailable (e.g. throughput upgrade)
  | "temporary" // Meta-side failure, network, 5xx
  | "window_closed" // free-form outside the 24 h window: needs a template
  | "recipient_unavailable" // not on WhatsApp, blocked, old client
  | "engagement_limit" // Meta's per-user marketing cap (131049)
  | "opted_out" // user stopped marketing from this business
  | "template" // template missing, paused, disabled or mis-filled
  | "media" // media could not be downloaded or sent
  | "unsupported" // message type not supported
  | "policy" // account restricted, locked, spam-limited, country blocked
  | "billing" // payment method problem
  | "not_registered" // phone number not registered on Cloud API
  | "auth" // token expired or permission missing
  | "invalid_request" // bad parameter in our request
  | "unknown";

export type SendErrorClass = {
  action: SendErrorAction;
  reason: SendErrorReason;
  /** Message-catalog key for the text shown in the inbox. */
  userMessageKey: string;
  /** Minimum wait before retrying, where Meta gives one. */
  retryAfterMs?: number;
};

type Rule = { action: SendErrorAction; reason: SendErrorReason; retryAfterMs?: number };

const retry = (reason: SendErrorReason, retryAfterMs?: number): Rule => ({ action: "retry", reason, ...(retryAfterMs ? { retryAfterMs } : {}) });
const permanent = (reason: SendErrorReason): Rule => ({ action: "permanent", reason });

const CODES: ReadonlyMap<number, Rule> = new Map<number, Rule>([
  [130429, retry("rate_limited", 1_000)],
  [131056, retry("pair_rate", 1_000)], // then 4^X s, see pairRateRetryDelayMs
  [4, retry("rate_limited", 60_000)],
  [80007, retry("rate_limited", 60_000)],
  [131057, retry("maintenance", 60_000)],
  ...[131000, 131016, 1, 2, 133004].map((c) => [c, retry("temporary", 5_000)] as [number, Rule]),
  [131047, permanent("window_closed")],
  [131026, permanent("recipient_unavailable")],
  [130403, permanent("recipient_unavailable")],
  // Meta says wait ≥ 24 h or drop; a reply that late is useless, a campaign can reschedule.
  [131049, permanent("engagement_limit")],
  [131050, permanent("opted_out")],
  [131048, permanent("policy")],
  [131051, permanent("unsupported")],
  [131052, permanent("media")],
  [131053, permanent("media")],
  [131064, permanent("policy")],
  [131063, permanent("policy")],
  [368, permanent("policy")],
  [131031, permanent("policy")],
  [130497, permanent("policy")],
  [131042, permanent("billing")],
  [131045, permanent("not_registered")],
  [133010, permanent("not_registered")],
  [100, permanent("invalid_request")],
  [131008, permanent("invalid_request")],
  [131009, permanent("invalid_request")],
  [190, permanent("auth")],
  [0, permanent("auth")],
  [3, permanent("auth")],
  [10, permanent("auth")],
  [2388019, permanent("template")],
  [2388040, permanent("template")],
]);

function ruleFor(code: number): Rule | undefined {
  const known = CODES.get(code);
  if (known) return known;
  if (code >= 132000 && code <= 132016) return permanent("template");
  if (code >= 200 && code <= 299) return permanent("auth"); // Graph permission errors
  return undefined;
}

function fallbackFor(code: number | null, httpStatus?: number): Rule {
  // No Graph error body and no HTTP answer: the request died on the network, so it may not even
  // have reached Meta. The Graph API has no idempotency key, so a retry can rarely deliver twice;
  // for customer service a duplicate is the lesser harm than a reply that silently never arrives.
  if (code === null && (httpStatus === undefined || httpStatus === 0)) return retry("temporary", 5_000);
  if (httpStatus !== undefined && httpStatus >= 500) return retry("temporary", 5_000);
  if (httpStatus === 429) return retry("rate_limited", 1_000);
  // An unfamiliar 4xx or an unknown asynchronous code: never loop on what we do not understand.
  return permanent("unknown");
}

/**
 * Classifies a failed send. `code` is the Graph `error.code` (null when there is no error body,
 * e.g. a network failure); `httpStatus` is the HTTP status when the error came synchronously.
 * Known codes decide on their own; unknown ones fall back on the status.
 */
export function classifySendError(code: number | null, httpStatus?: number): SendErrorClass {
  const rule = (code !== null ? ruleFor(code) : undefined) ?? fallbackFor(code, httpStatus);
  return { ...rule, userMessageKey: `errors.whatsapp_${rule.reason}` };
}
