import type { Language } from "../types";

/**
 * What the pipeline itself tells customers (the model writes everything else), per language.
 * Every figure in these comes from data passed in: they invent nothing.
 */
type Texts = {
  actionDone: Record<string, (p: Record<string, string>) => string>;
  actionCancelled: string;
  actionStale: Record<"expired" | "executed" | "cancelled" | "failed" | "unknown", string>;
  actionFailed: string;
  handoff: (p: { openNow: boolean; nextOpenLabel: string | null }) => string;
  rateLimited: string;
  mediaNotUnderstood: string;
};

const TEXTS: Record<Language, Texts> = {
  es: {
    actionDone: {
      book_appointment: (p) => `Listo: tu cita queda reservada para ${p.label}.`,
      reschedule_appointment: (p) => `Listo: tu cita queda cambiada a ${p.label}.`,
      cancel_appointment: (p) => `Listo: hemos cancelado tu cita${p.label ? ` del ${p.label}` : ""}.`,
      change_delivery: (p) => `Hecho: la entrega del pedido ${p.orderNumber} queda así: ${p.option}.`,
    },
    actionCancelled: "De acuerdo, no cambio nada. ¿Te ayudo con otra cosa?",
    actionStale: {
      expired: "Esa propuesta ha caducado y no he cambiado nada. Si quieres, vuelve a pedírmelo.",
      executed: "Eso ya está hecho; no lo repito.",
      cancelled: "Esa propuesta ya no está vigente y no he cambiado nada.",
      failed: "Esa propuesta no se pudo completar. Se lo paso a una persona del equipo.",
      unknown: "No encuentro esa propuesta, así que no he cambiado nada.",
    },
    actionFailed: "No he podido completarlo porque ha cambiado algo mientras tanto. Se lo paso a una persona del equipo.",
    handoff: ({ openNow, nextOpenLabel }) =>
      openNow || !nextOpenLabel ? "Te paso con una persona del equipo, que te responderá por aquí en cuanto pueda." : `Te paso con una persona del equipo. Ahora estamos cerrados: te responderán ${nextOpenLabel}.`,
    rateLimited: "Estoy recibiendo muchos mensajes seguidos. Una persona del equipo revisará la conversación y te responderá.",
    mediaNotUnderstood: "No puedo escuchar notas de voz. Se la paso a una persona del equipo.",
  },
  en: {
    actionDone: {
      book_appointment: (p) => `Done: your appointment is booked for ${p.label}.`,
      reschedule_appointment: (p) => `Done: your appointment is moved to ${p.label}.`,
      cancel_appointment: (p) => `Done: your appointment${p.label ? ` on ${p.label}` : ""} is cancelled.`,
      change_delivery: (p) => `Done: delivery of order ${p.orderNumber} is now: ${p.option}.`,
    },
    actionCancelled: "All right, I haven't changed anything. Anything else I can help with?",
    actionStale: {
      expired: "That offer has expired and nothing was changed. Just ask me again if you like.",
      executed: "That's already done; I won't do it twice.",
      cancelled: "That offer is no longer valid and nothing was changed.",
      failed: "That couldn't be completed. I'm passing it to someone on the team.",
      unknown: "I can't find that offer, so nothing was changed.",
    },
    actionFailed: "I couldn't complete it because something changed in the meantime. I'm passing it to someone on the team.",
    handoff: ({ openNow, nextOpenLabel }) =>
      openNow || !nextOpenLabel ? "I'm passing you to someone on the team, who will reply here as soon as they can." : `I'm passing you to someone on the team. We're closed right now: they'll reply ${nextOpenLabel}.`,
    rateLimited: "I'm receiving a lot of messages in a row. Someone on the team will review the conversation and reply.",
    mediaNotUnderstood: "I can't listen to voice notes. I'm passing it to someone on the team.",
  },
  pt: {
    actionDone: {
      book_appointment: (p) => `Pronto: sua consulta está marcada para ${p.label}.`,
      reschedule_appointment: (p) => `Pronto: sua consulta foi remarcada para ${p.label}.`,
      cancel_appointment: (p) => `Pronto: cancelamos sua consulta${p.label ? ` de ${p.label}` : ""}.`,
      change_delivery: (p) => `Feito: a entrega do pedido ${p.orderNumber} fica assim: ${p.option}.`,
    },
    actionCancelled: "Tudo bem, não alterei nada. Posso ajudar em mais alguma coisa?",
    actionStale: {
      expired: "Essa proposta expirou e nada foi alterado. Se quiser, é só pedir de novo.",
      executed: "Isso já está feito; não vou repetir.",
      cancelled: "Essa proposta não é mais válida e nada foi alterado.",
      failed: "Não foi possível concluir. Vou passar para uma pessoa da equipe.",
      unknown: "Não encontro essa proposta, então nada foi alterado.",
    },
    actionFailed: "Não consegui concluir porque algo mudou nesse meio tempo. Vou passar para uma pessoa da equipe.",
    handoff: ({ openNow, nextOpenLabel }) =>
      openNow || !nextOpenLabel ? "Vou passar você para uma pessoa da equipe, que vai responder aqui assim que puder." : `Vou passar você para uma pessoa da equipe. Agora estamos fechados: vão responder ${nextOpenLabel}.`,
    rateLimited: "Estou recebendo muitas mensagens seguidas. Uma pessoa da equipe vai revisar a conversa e responder.",
    mediaNotUnderstood: "Não consigo ouvir mensagens de voz. Vou passar para uma pessoa da equipe.",
  },
};

export const customerTexts = (language: Language): Texts => TEXTS[language];
