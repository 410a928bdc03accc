/**
 * The simulator's answers, shaped like Graph's (fact sheet §8.2): `{ error: { message, type, code,
 * error_data: { messaging_product, details }, fbtrace_id } }`, or for template management Meta's
 * `code 100` + `error_subcode 2388xxx` + `error_user_title` / `error_user_msg`. One catalogue, so
 * every refusal the simulator makes has the code and wording a real number would give.
 */

export type GraphResponse = {
  status: number;
  /** JSON body; ignored when `bytes` is set. */
  body: unknown;
  /** A binary answer (media download), sent with `contentType`. */
  bytes?: Uint8Array;
  contentType?: string;
};

const trace = () => `SIM${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();

export const graphOk = (body: unknown): GraphResponse => ({ status: 200, body });

export function graphError(status: number, code: number, message: string, details: string, extra: Record<string, unknown> = {}): GraphResponse {
  return {
    status,
    body: { error: { message: `(#${code}) ${message}`, type: "OAuthException", code, error_data: { messaging_product: "whatsapp", details }, ...extra, fbtrace_id: trace() } },
  };
}

/** Template management refusals: Meta answers code 100 with the 2388xxx subcode and a user title/message. */
export function templateError(subcode: number | undefined, userTitle: string, userMsg: string): GraphResponse {
  return {
    status: 400,
    body: {
      error: {
        message: "Invalid parameter",
        type: "OAuthException",
        code: 100,
        ...(subcode !== undefined ? { error_subcode: subcode } : {}),
        is_transient: false,
        error_user_title: userTitle,
        error_user_msg: userMsg,
        fbtrace_id: trace(),
      },
    },
  };
}

/** Template-creation subcodes (fact sheet §7, §8.2 and Meta's answers seen in the wild). */
export const TEMPLATE_SUBCODES = {
  duplicate: 2388024,
  tooLong: 2388040,
  missingExample: 2388043,
  headerFormat: 2388047,
  tooManyVariables: 2388293,
  leadingTrailingVariable: 2388299,
} as const;

export const GRAPH_ERRORS = {
  auth: () => graphError(401, 190, "Invalid OAuth access token", "An access token is required."),
  unsupported: (what: string) => graphError(400, 100, "Unsupported request", `The simulator does not implement ${what}`),
  invalid: (details: string) => graphError(400, 100, "Invalid parameter", details),
  unknownObject: (id: string) =>
    graphError(400, 100, "Invalid parameter", `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`, { error_subcode: 33 }),
  windowClosed: () => graphError(400, 131047, "Re-engagement message", "Message failed to send because more than 24 hours have passed since the customer last replied to this number."),
  unsupportedType: (type: string) => graphError(400, 131051, "Unsupported message type", `Message type ${type} is not supported.`),
  mediaUpload: (details: string) => graphError(400, 131053, "Media upload error", details),
  templateMissing: (name: string, language: string) => graphError(404, 132001, "Template name does not exist in the translation", `template name (${name}) does not exist in ${language}`),
  templateNotApproved: (name: string, status: string) => graphError(404, 132001, "Template name does not exist in the translation", `template ${name} is ${status}, only APPROVED templates can be sent`),
  templatePaused: (name: string) => graphError(400, 132015, "Template is Paused", `Template ${name} is paused because of low quality.`),
  templateDisabled: (name: string) => graphError(400, 132016, "Template is Disabled", `Template ${name} has been paused too many times and is permanently disabled.`),
  parameterMismatch: (details: string) => graphError(400, 132000, "Number of parameters does not match the expected number of params", details),
  throughput: () => graphError(400, 130429, "Rate limit hit", "Cloud API message throughput has been reached."),
  pairRate: () =>
    graphError(400, 131056, "(Business Account, Consumer Account) pair rate limit hit", "Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time."),
  injected: (status: 500 | 503) =>
    status === 503
      ? graphError(503, 2, "Service temporarily unavailable", "Temporary due to downtime or due to being overloaded.", { is_transient: true })
      : graphError(500, 1, "An unknown error occurred", "Invalid request or possible server error.", { is_transient: true }),
};
