import type { Language } from "../../types";
import type { CaptureLeadData, EscalateData } from "../../tools/schemas";
import { firstName, pick } from "./common";

/** Greetings, thanks, goodbyes, opt-outs, hand-overs to a person and lead follow-ups. */

export function greetingText(kind: "hello" | "thanks" | "bye", language: Language, customerName: string | null): string {
  const name = firstName(customerName);
  if (kind === "thanks") return pick(language, { es: "¡A ti! Si necesitas algo más, aquí estoy.", en: "You're welcome! If you need anything else, I'm here.", pt: "De nada! Se precisar de mais alguma coisa, estou aqui." });
  if (kind === "bye") return pick(language, { es: "¡Hasta pronto!", en: "Bye for now!", pt: "Até breve!" });
  return pick(language, {
    es: `¡Hola${name ? `, ${name}` : ""}! ¿En qué puedo ayudarte?`,
    en: `Hi${name ? ` ${name}` : ""}! How can I help you?`,
    pt: `Olá${name ? `, ${name}` : ""}! Em que posso ajudar?`,
  });
}

export function optOutText(language: Language): string {
  return pick(language, { es: "Entendido. Si más adelante necesitas algo, escríbenos por aquí.", en: "Understood. If you need anything later on, just write to us here.", pt: "Entendido. Se mais tarde precisar de alguma coisa, é só escrever aqui." });
}

export type HandoffWhy = "human_request" | "frustration" | "sensitive" | "low_confidence" | "out_of_scope";

/** A person will answer — and, when closed, when (the tool's label). Promises nothing else. */
export function handoffText(data: EscalateData | null, why: HandoffWhy, language: Language): string {
  const opening = pick(language, {
    es: why === "frustration" ? "Siento mucho las molestias. " : why === "out_of_scope" || why === "low_confidence" ? "No tengo esa información. " : "",
    en: why === "frustration" ? "I'm really sorry about this. " : why === "out_of_scope" || why === "low_confidence" ? "I don't have that information. " : "",
    pt: why === "frustration" ? "Lamento muito o incómodo. " : why === "out_of_scope" || why === "low_confidence" ? "Não tenho essa informação. " : "",
  });
  const closed = data && !data.openNow && data.nextOpen ? data.nextOpen.label : null;
  const rest = closed
    ? pick(language, { es: `Te paso con una persona del equipo. Ahora estamos cerrados: te responderán ${closed}.`, en: `I'm passing you to someone on the team. We're closed right now: they'll reply ${closed}.`, pt: `Vou passar você para uma pessoa da equipe. Agora estamos fechados: vão responder ${closed}.` })
    : pick(language, { es: "Te paso con una persona del equipo, que te responderá por aquí en cuanto pueda.", en: "I'm passing you to someone on the team, who will reply here as soon as they can.", pt: "Vou passar você para uma pessoa da equipe, que vai responder aqui assim que puder." });
  return `${opening}${rest}`;
}

/** No tool could answer and none can hand over: say so honestly. */
export function cannotHelpText(language: Language): string {
  return pick(language, { es: "No tengo esa información ahora mismo.", en: "I don't have that information right now.", pt: "Não tenho essa informação neste momento." });
}

export function leadText(data: CaptureLeadData, language: Language): string {
  const thanks = pick(language, { es: "¡Gracias! Lo he anotado.", en: "Thank you! I've noted it down.", pt: "Obrigado! Já anotei." });
  if (data.nextQuestion) return `${thanks} ${data.nextQuestion.question}`;
  return `${thanks} ${pick(language, { es: "Se lo paso al equipo.", en: "I'll pass it on to the team.", pt: "Vou passar para a equipe." })}`;
}

/** The customer leaves things as they were. */
export function keepAsIsText(language: Language): string {
  return pick(language, { es: "De acuerdo, lo dejamos como está. ¿Te ayudo con algo más?", en: "All right, we'll leave it as it is. Anything else I can help with?", pt: "Combinado, fica como está. Posso ajudar em mais alguma coisa?" });
}
