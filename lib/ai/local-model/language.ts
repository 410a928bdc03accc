import type { Language } from "../types";
import { fold } from "./text";

/**
 * The customer's language from the words they use. WhatsApp messages are short ("ok", "8842",
 * "la segunda"), so only words that tell Spanish, Portuguese and English apart count, and when
 * they do not decide, the conversation's language (state or hint) wins.
 */

const MARKERS: Record<Language, string> = {
  es:
    "el la los las y o a no me en es un unos unas mi mis tu del al con pero muy hola gracias quiero quisiera necesito tengo tiene tienen teneis tenes hay puedo puede pueden " +
    "podeis donde cuando cuanto cuanta cuantos estoy esto eso ese esa hoy manana ayer si bueno vale buenas noches usted ustedes vosotros os le les lo " +
    "ya todavia aun ahora hacer hablar llamar llega llegado llego cita sera seria cuesta cuestan precio abren abris cierran direccion envio " +
    "hasta sin tambien solo nada alguien nadie nunca siempre otra otro buen buena senor sacar cambiar anular semana proxima proximo " +
    "viernes jueves miercoles martes lunes porfa porfavor vuestro vuestra su sus queria necesitaria podria podrian dias " +
    "ningun ninguna quiere quieren sois somos estais estan esta mucho muchas muchos mejor entonces oye pues che vos ahi aca cual ahorita mas poder " +
    "mensajes mensaje escribir escribais escribas llegar tarjeta dinero mismo cosa vez veces nosotros ellos nuestro nuestra tienda hacen haceis teneis " +
    "recibir quisieramos gustaria queremos usted puedes tienes sabes hay muy bueno buenos",
  pt:
    "o a e no me os um uma uns umas meu minha meus minhas seu sua voce voces vcs nao sim obrigado obrigada ola oi bom boa tudo bem quero queria gostaria gostava " +
    "preciso tenho tem temos posso pode podem onde quando quanto quanta isso isto esse essa hoje amanha ontem ja ainda agora fazer falar ligar chegou " +
    "chega encomenda marcar agendar abre abrem fecham endereco ate sem tambem so alguem ninguem outra outro com do da dos das na nas num numa " +
    "pelo pela ao aos mas muito mais vai vou vamos foi sao ter custa preco ne pra pro cade beleza valeu tchau entao qual quais gente senhora moca " +
    "manha noite segunda terca quarta quinta sexta feira proxima semana consigo consegue estou esta estao voces fica ficam obg vc tb tbm hj td " +
    "dele dela nele nela aqui ai eh fiz recebi ainda nenhum nenhuma horario horarios dinheiro cartao obrigadao pedi comprei em pix fazem " +
    "aceitam mensagens mensagem parem sair loja jantar almoco quer querem estamos tenho voce consegue conseguem gostaria podemos posso ficar fico receber lista",
  en:
    "the a an i im my me you your is are was be to of and in on at for with it this that what when where how much can could would will do does did " +
    "have has hi hello thanks thank please want need like order appointment book open close hours price cost tomorrow today morning afternoon evening " +
    "yes not dont cant there here get speak talk someone person human still yet arrived delivery just any some available tuesday thursday friday " +
    "monday wednesday saturday sunday week next which one first second third last sure great good bye thats its id ill ive whats wheres " +
    "from about our we they them been being am should shall may might must an by if or so no than then too very ever nobody anyone anybody " +
    "answer answers service worst best really let manager refund unsubscribe stop messages message sending send want wanted going know tell " +
    "help who why would could gonna wanna got make made take still already every all only also please thank thanks sorry",
};

const SETS: Record<Language, Set<string>> = {
  es: new Set(MARKERS.es.split(" ")),
  pt: new Set(MARKERS.pt.split(" ")),
  en: new Set(MARKERS.en.split(" ")),
};

/** Spelling no other of the three languages uses. */
const CHAR_CUES: { re: RegExp; lang: Language; w: number }[] = [
  { re: /[ñ¿¡]/, lang: "es", w: 3 },
  { re: /ci[oó]n\b|ciones\b/, lang: "es", w: 2 },
  { re: /[ãõç]|[êô]/, lang: "pt", w: 3 },
  { re: /ção\b|ções\b|cao\b|coes\b|nh[aoe]|lh[aoe]/, lang: "pt", w: 2 },
  { re: /\b\w{3,}(am|em|gens)\b/, lang: "pt", w: 1 },
  // Spelling Spanish never has: "pessoa", "prefiro", "vou", "nao" (typed without the tilde).
  { re: /[aeiou]ss[aeiou]/, lang: "pt", w: 1 },
  { re: /eir[oa]s?\b|[^y]ou\b|[^i]ao\b|oes\b/, lang: "pt", w: 1.5 },
  { re: /\b(i'm|don't|can't|won't|it's|what's|i'd|i'll|that's|haven't|hasn't|didn't)\b/, lang: "en", w: 3 },
  { re: /\bth|wh[aeiy]|\w(ing|ght)\b/, lang: "en", w: 1 },
];

/** Every marker word of the three languages: real words, never typos of something else. */
export const MARKER_WORDS: ReadonlySet<string> = new Set([...SETS.es, ...SETS.pt, ...SETS.en]);

export type LanguageGuess = { language: Language; confidence: number; scores: Record<Language, number> };

/** Scores each language by its distinctive words; words shared by two languages count a little for both. */
export function scoreLanguages(text: string): Record<Language, number> {
  const lower = text.toLowerCase();
  const words = fold(text).replace(/['’]/g, "").split(/[^a-z]+/).filter(Boolean);
  const scores: Record<Language, number> = { es: 0, pt: 0, en: 0 };
  for (const w of words) {
    const hits = (Object.keys(SETS) as Language[]).filter((l) => SETS[l].has(w));
    for (const l of hits) scores[l] += hits.length === 1 ? 1 : 0.25;
  }
  for (const c of CHAR_CUES) if (c.re.test(lower)) scores[c.lang] += c.w;
  return scores;
}

/**
 * The language of a message, or the fallback (the conversation's language) when the words do not
 * clearly decide — "ok", "8842", "sí" on its own keep the conversation's language.
 */
export function detectLanguage(text: string, fallback: Language = "es"): LanguageGuess {
  const scores = scoreLanguages(text);
  // The conversation's language gets a small head start, so one ambiguous word cannot flip it.
  const biased = { ...scores, [fallback]: scores[fallback] + 0.4 };
  const ranked = (Object.keys(biased) as Language[]).sort((a, b) => biased[b] - biased[a]);
  const [top, second] = ranked;
  const margin = biased[top] - biased[second];
  if (biased[top] < 1 || margin < 0.5) return { language: fallback, confidence: 0.5, scores };
  return { language: top, confidence: Math.min(0.99, 0.6 + margin / 8), scores };
}
