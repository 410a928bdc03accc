import type { Intent } from "../types";
import { CONTRACTS } from "./intents-lexicon";
import { confidenceFor, hasAny, ranked } from "./intents";
import { fold } from "./text";

/**
 * The intent from the scores, in order of precedence: opting out; a person asked for, or anger
 * (these go to the team whatever else is said); ending a contract; a task; greetings; a bare
 * question (FAQ); and "other" with a low confidence when nothing matched.
 */

export type Escalation = "human_request" | "frustration" | "sensitive" | "out_of_scope";
export type Decided = { intent: Intent; confidence: number; escalate: Escalation | null };

export const QUESTION = /\?|^\s*¿|^(que|cual|como|donde|cuando|cuanto|cuanta|quien|por que|what|how|when|where|which|who|can|could|do|does|is|are|qual|quais|onde|quando|quanto|quem|pode|posso|tem|teneis|tienen|hay|se puede|es posible)\b/;
/** What an opt-out is about: messages. "Darme de baja del gimnasio" is about a contract. */
const MESSAGES = "mensajes|mensaje|messages|message|mensagens|mensagem|whatsapp|publicidad|publicidade|promociones|lista|list|notificaciones|notifications|spam|texts|texting";
const CANCEL = "cancel*|anul*|dar de baja|darme de baja|baja de|desapunt*|quit|terminate|rescindir|encerrar|cancelar";

export function decideIntent(input: { scores: Record<Intent, number>; text: string; toks: string[]; sensitive: boolean }): Decided {
  const { scores, text, toks } = input;
  const [[topIntent, top], [, second]] = ranked(scores);
  const human = scores.human_request;
  const complaint = scores.complaint;
  const isComplaint = complaint >= 2.5 || (complaint >= 2 && top < 2) || (complaint >= 1.5 && complaint > top + 0.5);
  let decided: Decided = { intent: topIntent, confidence: confidenceFor(top, second), escalate: null };

  const contract = hasAny(toks, CONTRACTS) && !hasAny(toks, MESSAGES);
  if ((scores.opt_out >= 2.5 || (scores.opt_out >= 1.5 && toks.length <= 2)) && !contract) decided = { intent: "opt_out", confidence: confidenceFor(scores.opt_out, 0), escalate: null };
  else if (human >= 2.5 || isComplaint) {
    const intent = human >= 2.5 && human >= complaint ? "human_request" : "complaint";
    decided = { intent, confidence: confidenceFor(Math.max(human, complaint), Math.min(human, complaint) * 0.5), escalate: intent === "human_request" ? "human_request" : "frustration" };
  } else if ((hasAny(toks, CANCEL) || scores.opt_out >= 2.5) && contract && scores.cancel_appointment < 3.5) {
    // "I want to cancel my membership": the team decides; the assistant passes it on.
    decided = { intent: "other", confidence: 0.75, escalate: "out_of_scope" };
  } else if (top < 0.5 || (scores.greeting >= 1.5 && top < 1.5 && toks.length <= 8)) {
    if (scores.greeting > 0) decided = { intent: "greeting", confidence: confidenceFor(scores.greeting + 0.5, top), escalate: null };
    else if (QUESTION.test(fold(text).trim()) && toks.length > 1) decided = { intent: "faq", confidence: 0.62, escalate: null };
    else decided = { intent: "other", confidence: text.trim() ? 0.4 : 0.3, escalate: null };
  } else if (topIntent === "lead_interest" && top < 2) {
    // A lone "plans" or "information" is not yet a sales lead: answer it as a question.
    decided = QUESTION.test(fold(text).trim()) ? { intent: "faq", confidence: 0.62, escalate: null } : { intent: "other", confidence: 0.45, escalate: null };
  }
  if (input.sensitive) {
    const keep = decided.intent !== "greeting" && decided.intent !== "opt_out" && top >= 2.5 && decided.intent === topIntent;
    decided = { intent: keep ? decided.intent : "other", confidence: Math.max(decided.confidence, 0.8), escalate: "sensitive" };
  }
  return decided;
}
