import { contentWords, fold, tokenMatches } from "./text";

/**
 * Service names: what the customer calls the service ("una limpieza", "cortarme el pelo",
 * "a haircut"), and which of the business's services that is.
 */

/** Words of a booking request that name no service. */
const GENERIC = new Set(
  (
    "cita citas turno turnos hora horas reserva reservar reservas reservacion pedir sacar coger agendar agendamento agenda marcar marcacao appointment appointments appt book booking " +
    "schedule reserve reservation slot slots disponibilidad availability available disponible disponibles hueco huecos huequito vaga vagas horario horarios algo algun alguna alguno " +
    "dia dias semana semanas manana tarde noche morning afternoon evening today tomorrow tonight hoy amanha hoje manha noite next proximo proxima este esta this that quiero quisiera queria " +
    "necesito want need would like quero gostaria preciso posso puedo can could para por for please favor hola hello ola buenas buenos gracias thanks get make have tienes teneis tienen " +
    "tem hay there any libre free id mesa table consulta consultas visita sesion session sessao class clase aula lunes martes miercoles jueves viernes sabado domingo monday tuesday " +
    "wednesday thursday friday saturday sunday segunda terca quarta quinta sexta feira las los the una uno um uma as am pm come venir ir ver see pasar possible posible poder will hacer " +
    "fazer solicitar solicito primera first vez time times mejor better otro otra other another cambiar change mover move cancelar cancel anular quieres gustaria hablar " +
    "ninguna ninguno nenhuma nenhum none bien bem good okay vale sirve serve suits"
  ).split(" "),
);

/** What the customer calls the service, without booking words and dates: "limpieza dental", or null. */
export function servicePhrase(text: string, dateFragments: string[] = []): string | null {
  let f = fold(text);
  for (const fragment of dateFragments) f = f.replace(fragment, " ");
  const words = contentWords(f).filter((w) => !GENERIC.has(w) && !/\d/.test(w) && w.length > 2);
  if (!words.length) return null;
  return words.slice(0, 5).join(" ").slice(0, 120);
}

/** How well a service name fits the customer's words: shared words (typos and word forms allowed). */
export function serviceScore(text: string, name: string): number {
  const mine = contentWords(text);
  const theirs = contentWords(name);
  if (!theirs.length || !mine.length) return 0;
  // "sesión" in "Sesión de fisioterapia" counts, but less than the word that makes it that service.
  const weight = (w: string) => (GENERIC.has(w) && theirs.length > 1 ? 0.5 : 1);
  const stem = (w: string) => w.slice(0, Math.max(4, Math.min(6, w.length - 2)));
  const shared = theirs.filter((t) => mine.some((m) => tokenMatches(m, t) || (m.length >= 4 && t.length >= 4 && (stem(m) === stem(t) || tokenMatches(stem(m), stem(t))))));
  if (!shared.length) return 0;
  const total = theirs.reduce((s, w) => s + weight(w), 0);
  return shared.reduce((s, w) => s + weight(w), 0) / total + shared.length * 0.25;
}

/** The business's service the customer means, when one fits clearly better than the others. */
export function matchService<T extends { name: string }>(text: string, services: T[]): T | null {
  const scored = services.map((s) => ({ s, score: serviceScore(text, s.name) })).filter((x) => x.score >= 0.5);
  if (!scored.length) return null;
  scored.sort((a, b) => b.score - a.score);
  if (scored.length > 1 && scored[1].score === scored[0].score) {
    // "corte" for "Corte de pelo" and "Corte y barba": the shorter name is the plainer match.
    const tied = scored.filter((x) => x.score === scored[0].score).sort((a, b) => a.s.name.length - b.s.name.length);
    return tied[0].s;
  }
  return scored[0].s;
}

/**
 * Every service the customer names ("el tinte completo y el corte de caballero"): those whose
 * whole name is in the message; else the single best partial match; else none.
 */
export function matchServices<T extends { name: string }>(text: string, services: T[]): T[] {
  const full = services.filter((s) => serviceScore(text, s.name) >= 1);
  if (full.length) return full;
  const one = matchService(text, services);
  return one ? [one] : [];
}

/** Whether the message names something beyond prices and services in general ("el iPhone 17", "el envío"). */
export function namesSomething(text: string, priceWords: Set<string>): boolean {
  return contentWords(text).some((w) => !priceWords.has(w) && !GENERIC.has(w) && !ASKING.test(w) && w.length > 2 && !/^\d+$/.test(w));
}

/** Verbs of asking and telling ("me pasás los precios", "send me", "dime"): they name nothing. */
const ASKING = /^(pas[aeo]|pasa|pasas|pasame|mand[aeo]|mandame|envi[aeo]|enviame|dec[ií]|dime|dig[ao]|d[ae]me|sab[eo]r?|conoc|ver|mostr|ensen|show|send|tell|give|let|explain|explic|inform|fal[ae]|diz|manda|pode|podes|cada|every|each|todo|todos|tudo|all|y|and|e|tambien|also|tambem|mas|more|mais|aprox|aproximad|mas o menos)/;
