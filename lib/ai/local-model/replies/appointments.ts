import type { Language } from "../../types";
import type { FindSlotsData, ProposedActionData } from "../../tools/schemas";
import { shownSlots } from "../slot-query";
import { pick } from "./common";

/** Replies about slots and proposed actions (bookings, changes, cancellations, delivery changes). */

/** Up to three slots, one a line, labels exactly as the tool gave them. */
export function slotsText(data: FindSlotsData, language: Language, opts: { widened: boolean; max?: number }): string {
  const labels = shownSlots(data.slots, opts.max).map((s) => s.label);
  const service = data.service?.name;
  const intro = pick(language, {
    es: `${opts.widened ? "Para ese momento no me quedan huecos. " : ""}Tengo estos huecos libres${service ? ` para ${service}` : ""}:`,
    en: `${opts.widened ? "I have nothing free at that time. " : ""}These are the free slots${service ? ` for ${service}` : ""}:`,
    pt: `${opts.widened ? "Para esse momento não tenho vagas. " : ""}Tenho estes horários livres${service ? ` para ${service}` : ""}:`,
  });
  const ask = pick(language, { es: "¿Cuál te va mejor?", en: "Which one suits you?", pt: "Qual prefere?" });
  return [intro, ...labels, ask].join("\n");
}

export function noSlotsText(data: FindSlotsData | null, language: Language): string {
  const service = data?.service?.name;
  return pick(language, {
    es: `Ahora mismo no tengo huecos libres${service ? ` para ${service}` : ""} en las próximas fechas. ¿Quieres que te pase con una persona del equipo?`,
    en: `I don't have any free slots${service ? ` for ${service}` : ""} in the coming days. Would you like me to pass you to someone on the team?`,
    pt: `Neste momento não tenho horários livres${service ? ` para ${service}` : ""} nos próximos dias. Quer que passe a conversa para uma pessoa da equipe?`,
  });
}

/** A proposal waits for the customer's tap: its summary already asks the question. */
export function proposalText(data: ProposedActionData & { proposed: true }, language: Language): string {
  const summary = data.summary.trim();
  if (/[?？]$/.test(summary)) return summary;
  return `${summary.replace(/[.]$/, "")}. ${pick(language, { es: "¿Lo confirmas?", en: "Shall I go ahead?", pt: "Confirma?" })}`;
}

/** Why a proposal could not be made, from its `reason`. */
export function proposalFailedText(reason: string, language: Language): string {
  if (/appointment/.test(reason))
    return pick(language, {
      es: "No encuentro ninguna cita próxima a tu nombre. ¿Quieres reservar una?",
      en: "I can't find an upcoming appointment for you. Would you like to book one?",
      pt: "Não encontro nenhuma consulta marcada em seu nome. Quer marcar uma?",
    });
  if (/time|slot|taken|busy|available/.test(reason))
    return pick(language, { es: "Esa hora ya no está disponible.", en: "That time is no longer available.", pt: "Esse horário já não está disponível." });
  if (/option/.test(reason))
    return pick(language, { es: "Esa opción de entrega no está disponible para este pedido.", en: "That delivery option isn't available for this order.", pt: "Essa opção de entrega não está disponível para este pedido." });
  return pick(language, { es: "No he podido prepararlo.", en: "I couldn't set that up.", pt: "Não consegui preparar isso." });
}

/** The customer said "sí" while a proposal waits for its button. */
export function tapToConfirmText(language: Language): string {
  return pick(language, {
    es: "Para confirmarlo, pulsa el botón Confirmar del mensaje anterior.",
    en: "To confirm, tap the Confirm button on the previous message.",
    pt: "Para confirmar, toque no botão Confirmar da mensagem anterior.",
  });
}

/** Several options were offered and the answer fits more than one. */
export function whichOneText(labels: string[], language: Language): string {
  const intro = pick(language, { es: "¿Cuál de estas opciones prefieres?", en: "Which of these options do you prefer?", pt: "Qual destas opções prefere?" });
  return [intro, ...labels.slice(0, 5)].join("\n");
}
