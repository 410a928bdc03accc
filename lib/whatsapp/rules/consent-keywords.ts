/**
 * Opt-out / opt-in keywords (fact sheet §9): the WhatsApp Business Policy requires honouring
 * opt-out requests, and Meta recommends a STOP keyword handler that suppresses the contact per
 * tenant. The sheet names STOP only; the rest are the usual words in Spanish, Portuguese and
 * English, extendable per workspace.
 *
 * The whole message must be the keyword, ignoring case, accents, punctuation, emoji and extra
 * spaces: "¡Baja!" opts out, "no quiero darme de baja todavía" does not. Matching words inside
 * longer sentences would unsubscribe people who are only talking about unsubscribing.
 *
 * Left out on purpose: bare "CANCELAR"/"CANCEL" (customers say it to cancel an appointment or an
 * order, which a service bot must handle), "Não quero mais" (also the answer to "anything else?")
 * and "SÍ"/"YES" as opt-in (it answers any question).
 */

export type ConsentKeyword = "opt_out" | "opt_in";

export const DEFAULT_OPT_OUT: readonly string[] = [
  // Spanish
  "baja", "darme de baja", "dar de baja", "de baja", "parar", "stop", "cancelar suscripcion",
  "cancelar suscripción", "desuscribir", "desuscribirme", "anular suscripcion", "no mas mensajes", "no más mensajes",
  // Portuguese
  "sair", "parar", "descadastrar", "cancelar inscricao", "cancelar inscrição",
  // English
  "stop", "stopall", "stop all", "unsubscribe", "end", "quit", "opt out", "optout",
];

export const DEFAULT_OPT_IN: readonly string[] = [
  // Spanish
  "alta", "darme de alta", "dar de alta", "suscribir", "suscribirme", "reanudar",
  // Portuguese
  "assinar", "inscrever", "voltar a receber",
  // English
  "start", "unstop", "subscribe", "resume", "opt in", "optin",
];

/** Upper-case, accents stripped, anything but letters and digits turned into single spaces. */
export function normalizeKeyword(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .toUpperCase();
}

export type ConsentKeywordConfig = { extraOptOut?: readonly string[]; extraOptIn?: readonly string[] };

const toSet = (...lists: (readonly string[] | undefined)[]) =>
  new Set(lists.flatMap((l) => l ?? []).map(normalizeKeyword).filter((k) => k.length > 0));

const DEFAULT_OUT_SET = toSet(DEFAULT_OPT_OUT);
const DEFAULT_IN_SET = toSet(DEFAULT_OPT_IN);

/**
 * Classifies a whole inbound message. When a word is in both lists (a workspace adding "ALTA" as
 * opt-out, say) opt-out wins: wrongly stopping messages is recoverable, wrongly resuming is not.
 */
export function detectConsentKeyword(text: string, config: ConsentKeywordConfig = {}): ConsentKeyword | null {
  const key = normalizeKeyword(text);
  if (!key) return null;
  const out = config.extraOptOut?.length ? toSet(DEFAULT_OPT_OUT, config.extraOptOut) : DEFAULT_OUT_SET;
  if (out.has(key)) return "opt_out";
  const inn = config.extraOptIn?.length ? toSet(DEFAULT_OPT_IN, config.extraOptIn) : DEFAULT_IN_SET;
  return inn.has(key) ? "opt_in" : null;
}
