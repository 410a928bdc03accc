import type { Language } from "../types";

/**
 * The words behind escalation, per language, folded (lower case, no accents). Patterns are regex
 * sources matched on word boundaries.
 */

/** Asking for a person. */
export const HUMAN_REQUEST: Record<Language, string[]> = {
  es: [
    String.raw`(?:hablar|habla|hablo|comunicarme|contactar|chatear)\s+con\s+(?:una?\s+|alguna?\s+|el\s+|la\s+)?(?:persona|humano|agente|asesora?|operadora?|encargad[oa]|responsable|gerente|dependiente|alguien|trabajador|empleado)`,
    String.raw`(?:quiero|necesito|prefiero|puedo|podria|me pasas|pasame|ponme|paseme|comuniqueme)\s+(?:con\s+)?(?:una?\s+)?(?:persona|humano|agente|asesora?|operadora?)`,
    String.raw`(?:una?\s+)?persona\s+(?:real|de verdad|de carne y hueso)`,
    String.raw`(?:un|con un)\s+humano`,
    String.raw`atencion\s+(?:humana|personal(?:izada)?)`,
    String.raw`no\s+quiero\s+(?:hablar\s+con\s+)?(?:un|una|el|la)\s+(?:bot|robot|maquina|contestador)`,
  ],
  en: [
    String.raw`(?:talk|speak|chat)\s+(?:to|with)\s+(?:a\s+|an\s+|the\s+|some\s+)?(?:someone|somebody|person|human|agent|representative|rep|operator|manager|staff|real person|live agent|customer service)`,
    String.raw`(?:a|an)\s+(?:real|actual|live)\s+(?:person|human|agent)`,
    String.raw`(?:human|agent|representative|operator)\s+please`,
    String.raw`(?:get|connect|transfer)\s+me\s+(?:to|with)\s+(?:a\s+|an\s+)?(?:person|human|agent|representative|someone)`,
    String.raw`(?:i\s+)?(?:don'?t|do not)\s+want\s+(?:to\s+talk\s+to\s+)?a\s+(?:bot|robot|machine)`,
  ],
  pt: [
    String.raw`falar\s+com\s+(?:um\s+|uma\s+|o\s+|a\s+|algum\s+|alguma\s+)?(?:atendente|pessoa|humano|agente|alguem|gerente|responsavel|funcionari[oa]|consultora?)`,
    String.raw`(?:quero|preciso|prefiro|pode me passar|me passa|me transfere)\s+(?:para\s+|pra\s+|com\s+)?(?:um\s+|uma\s+)?(?:atendente|pessoa|humano|agente)`,
    String.raw`atendimento\s+humano`,
    String.raw`pessoa\s+(?:real|de verdade)`,
    String.raw`nao\s+quero\s+(?:falar\s+com\s+)?(?:um|uma|o|a)\s+(?:bot|robo|maquina)`,
  ],
};
/** A message that is just the word: "agente", "humano", "atendente", "human". */
export const HUMAN_WORD_ALONE = /^(?:un |una |el |la |um |uma |an? )?(?:agente|humano|persona|operador|asesor|atendente|pessoa|human|agent|person|operator|representative)(?: por favor| please| por favor!)?$/;

/** Insults, anger and despair. */
export const FRUSTRATION: Record<Language, string[]> = {
  es: [
    "harto", "harta", "hartos", "estoy harto", "que verguenza", "verguenza", "inaceptable", "indignante", "indignado", "indignada", "pesimo", "pesima", "fatal",
    "mierda", "joder", "jodido", "cono", "idiota", "idiotas", "imbecil", "inutil", "inutiles", "estupido", "estupida", "basura", "timo", "estafa", "estafadores",
    "ladrones", "cabreado", "cabreada", "enfadado", "enfadada", "furioso", "furiosa", "ridiculo", "no sirves para nada", "no sirve para nada", "no me entiendes",
    "no entiendes nada", "ya te lo he dicho", "te lo he dicho", "otra vez lo mismo", "es una broma", "que desastre", "desastre", "penoso", "lamentable", "nunca mas",
  ],
  en: [
    "ridiculous", "unacceptable", "useless", "stupid", "idiot", "idiots", "terrible", "worst", "awful", "scam", "rip off", "ripoff", "wtf", "damn", "shit", "fuck",
    "fucking", "pissed", "angry", "furious", "fed up", "sick of", "you don't understand", "you dont understand", "this is a joke", "i already told you",
    "never again", "disgrace", "pathetic",
  ],
  pt: [
    "absurdo", "palhacada", "ridiculo", "inaceitavel", "pessimo", "pessima", "merda", "porra", "idiota", "inutil", "lixo", "vergonha", "golpe", "ladroes",
    "irritado", "irritada", "cansado de", "cansada de", "nao aguento", "voce nao entende", "vc nao entende", "ja te falei", "ja falei", "que droga", "droga",
    "revoltado", "revoltada", "descaso", "nunca mais",
  ],
};
/** Thanks and praise: shouting "GRACIAS!!!" is not anger. */
export const GRATITUDE = /\b(gracias|muchas gracias|genial|perfecto|estupendo|thanks|thank you|great|awesome|perfect|obrigad[oa]|otimo|perfeito|maravilh\w*)\b/;

/** Built-in sensitive topics (keywords are regex sources, folded); a workspace turns them on by key (ai_settings.sensitive_topics). */
export const SENSITIVE_TOPIC_KEYWORDS: Record<string, Record<Language, string[]>> = {
  payments: {
    es: ["cobro", "cobros", "cobrado", "cobrada", "me cobraron", "me habeis cobrado", "me han cobrado", "cobro indebido", "doble cobro", "cobrado dos veces", String.raw`(?<!\b(?:a|al|de) )cargos?`, "cargo duplicado", "reembolso", "reembolsar", "reembolsen", "devolucion del dinero", "devolverme el dinero", "devuelvan el dinero", "devuelvanme", "contracargo"],
    en: ["refund", "refunds", "charged", "charged twice", "double charged", "overcharged", "chargeback", "money back", "billing error", "unauthorized charge"],
    pt: ["estorno", "estornar", "reembolso", "cobranca", "cobranca indevida", "cobraram", "cobrado", "cobrada", "cobrado duas vezes", "dinheiro de volta", "devolucao do dinheiro", "chargeback"],
  },
  legal: {
    es: ["abogado", "abogada", "abogados", "denuncia", "denunciar", "denunciare", String.raw`(?:poner|interponer|presentar) una demanda`, "demanda judicial", String.raw`demandar\w*`, "demandare", "os voy a demandar", "juicio", "tribunal", "juzgado", "hoja de reclamaciones", "reclamacion formal", "omic", "profeco", "sernac", "indecopi", "defensa del consumidor", "accion legal", "acciones legales"],
    en: ["lawyer", "attorney", "sue", "suing", "lawsuit", "legal action", "court", "small claims", "consumer protection"],
    pt: ["advogado", "advogada", "processo judicial", "processar", "vou processar", "procon", "reclame aqui", "justica", "tribunal", "acao judicial", "juizado"],
  },
  health: {
    es: ["dolor fuerte", "mucho dolor", "dolor insoportable", "sangrado", "sangra", "sangrando", String.raw`(?<!\b(?:con|com) )urgencia`, "urgencias", "emergencia", "no puedo respirar", "me he desmayado", "desmayo", "reaccion alergica", "alergia grave", "fiebre alta", "infeccion", "hinchazon", "hinchado", "hinchada"],
    en: ["severe pain", "a lot of pain", "bleeding", "emergency", "urgent care", "can't breathe", "cannot breathe", "fainted", "allergic reaction", "high fever", "infection", "swollen", "swelling"],
    pt: ["dor forte", "muita dor", "dor insuportavel", "sangramento", "sangrando", "emergencia", String.raw`(?<!\b(?:con|com) )urgencia`, "nao consigo respirar", "desmaiei", "reacao alergica", "febre alta", "infeccao", "inchaco", "inchado", "inchada"],
  },
  data_request: {
    es: [String.raw`(?<!\b(?:paso|dejo|doy|envio|mando|tienes|son) )mis datos`, "mis datos personales", "borrar mis datos", "borren mis datos", "eliminar mis datos", "eliminen mis datos", "proteccion de datos", "rgpd", "gdpr", "lopd", "lopdgdd", "derecho de acceso", "derecho al olvido", "derecho de supresion", "datos personales"],
    en: ["my data", "my personal data", "delete my data", "erase my data", "data protection", "gdpr", "right to be forgotten", "personal data", "data request"],
    pt: [String.raw`(?<!\b(?:passo|deixo|dou|envio|mando|seguem|estao) )meus dados`, "meus dados pessoais", "apagar meus dados", "excluir meus dados", "deletar meus dados", "protecao de dados", "lgpd", "dados pessoais"],
  },
};
