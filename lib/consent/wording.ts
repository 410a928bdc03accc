import { normalizeKeyword } from "@/lib/whatsapp/rules/consent-keywords";
import { consentSettingsOf, replyLanguageOf, type ReplyLanguage } from "./settings";
import type { TenantSettings } from "@/db/schema";

/**
 * What customers read about their consent: the confirmation sent when a keyword changes it, and
 * the sentence accepted on the web opt-in page. These are messages to customers in the customer's
 * language (Portuguese included), not app UI, so they live here rather than in the UI catalogs;
 * each workspace may replace them (see `ConsentSettings`).
 */
const DEFAULT_REPLIES: Record<"opted_out" | "opted_in", Record<ReplyLanguage, string>> = {
  opted_out: {
    es: "Listo: no te enviaremos más mensajes promocionales. Si cambias de opinión, escribe ALTA.",
    en: "Done: we will not send you any more promotional messages. If you change your mind, reply START.",
    pt: "Pronto: não enviaremos mais mensagens promocionais. Se mudar de ideia, escreva ASSINAR.",
  },
  opted_in: {
    es: "Te has suscrito a nuestras ofertas y novedades por WhatsApp. Puedes darte de baja cuando quieras escribiendo BAJA.",
    en: "You are now subscribed to our offers and news on WhatsApp. You can unsubscribe at any time by replying STOP.",
    pt: "Você se inscreveu para receber nossas ofertas e novidades pelo WhatsApp. Pode cancelar quando quiser escrevendo SAIR.",
  },
};

const DEFAULT_OPT_IN_WORDING: Record<ReplyLanguage, string> = {
  es: "Acepto recibir por WhatsApp ofertas y novedades de {business}. Puedo darme de baja cuando quiera escribiendo BAJA.",
  en: "I agree to receive offers and news from {business} on WhatsApp. I can unsubscribe at any time by replying STOP.",
  pt: "Aceito receber pelo WhatsApp ofertas e novidades de {business}. Posso cancelar quando quiser escrevendo SAIR.",
};

// Keywords that say which language the customer wrote in. Words shared by languages (STOP is
// written by Spanish speakers too, PARAR is Spanish and Portuguese) are left out on purpose:
// for those the workspace's language decides.
const LANGUAGE_OF_KEYWORD: Record<string, ReplyLanguage> = Object.fromEntries(
  (
    [
      ["es", ["baja", "darme de baja", "dar de baja", "de baja", "cancelar suscripcion", "desuscribir", "desuscribirme", "anular suscripcion", "no mas mensajes", "alta", "darme de alta", "dar de alta", "suscribir", "suscribirme", "reanudar"]],
      ["pt", ["sair", "descadastrar", "cancelar inscricao", "assinar", "inscrever", "voltar a receber"]],
      ["en", ["stopall", "stop all", "unsubscribe", "end", "quit", "opt out", "optout", "start", "unstop", "subscribe", "resume", "opt in", "optin"]],
    ] as const
  ).flatMap(([lang, words]) => words.map((w) => [normalizeKeyword(w), lang])),
);

/** The language a keyword message was written in, or null when the keyword does not tell. */
export function keywordLanguage(text: string): ReplyLanguage | null {
  return LANGUAGE_OF_KEYWORD[normalizeKeyword(text)] ?? null;
}

type Workspace = { defaultLocale: string; settings: TenantSettings | null };

/**
 * The confirmation for a keyword that changed the customer's marketing consent, in the keyword's
 * language, else the contact's, else the workspace's. Null when the workspace turned replies off.
 */
export function confirmationReply(workspace: Workspace, status: "opted_out" | "opted_in", hints: { keyword: string; contactLocale?: string | null }): string | null {
  const settings = consentSettingsOf(workspace.settings);
  if (settings.confirmReplies === false) return null;
  const lang = keywordLanguage(hints.keyword) ?? (hints.contactLocale ? replyLanguageOf(hints.contactLocale) : replyLanguageOf(workspace.defaultLocale));
  const custom = status === "opted_out" ? settings.replies?.optOut : settings.replies?.optIn;
  return custom?.[lang] ?? DEFAULT_REPLIES[status][lang];
}

/** The exact sentence shown on the workspace's web opt-in page (and stored with each opt-in). */
export function optInWording(workspace: Workspace & { name: string }): string {
  const template = consentSettingsOf(workspace.settings).optInWording ?? DEFAULT_OPT_IN_WORDING[replyLanguageOf(workspace.defaultLocale)];
  return template.replaceAll("{business}", workspace.name.trim());
}
