import type { Language } from "../../types";
import { matches } from "./text";
import type { Extractor, Found, StatusCode } from "./types";

/** Status words per language (folded regex sources) → the status they state. */
export const STATUS_WORDS: Record<Language, [StatusCode, string][]> = {
  es: [
    ["out_for_delivery", String.raw`en reparto|en ruta de entrega|saldra a reparto|sale a reparto`],
    ["in_transit", String.raw`en camino|en transito|en ruta`],
    ["shipped", String.raw`enviad[oa]s?|despachad[oa]s?|ha salido del almacen|expedid[oa]s?`],
    ["delivered", String.raw`entregad[oa]s?`],
    ["cancelled", String.raw`cancelad[oa]s?|anulad[oa]s?`],
    ["returned", String.raw`devuelt[oa]s?`],
    ["pending", String.raw`pendientes?(?! de (?:tu|su|vuestra|vuestro)s? )`],
    ["paid", String.raw`pagad[oa]s?`],
    ["processing", String.raw`en preparacion|en proceso|procesando|preparando (?:tu|su) pedido`],
    ["booked", String.raw`confirmad[oa]s?|reservad[oa]s?|agendad[oa]s?|programad[oa]s?`],
    ["completed", String.raw`completad[oa]s?`],
  ],
  en: [
    ["in_transit", String.raw`on (?:its|the|their) way|in transit`],
    ["out_for_delivery", String.raw`out[ _]for[ _]delivery`],
    ["shipped", String.raw`shipped|dispatched`],
    ["delivered", String.raw`delivered`],
    ["cancelled", String.raw`cancell?ed`],
    ["returned", String.raw`returned`],
    ["pending", String.raw`pending`],
    ["paid", String.raw`paid`],
    ["processing", String.raw`processing|being prepared`],
    ["booked", String.raw`confirmed|booked|scheduled`],
    ["completed", String.raw`completed`],
    ["no_show", String.raw`no[ _-]show`],
  ],
  pt: [
    ["out_for_delivery", String.raw`saiu para (?:a )?entrega|em rota de entrega|saira para entrega`],
    ["in_transit", String.raw`a caminho|em transito|em rota`],
    ["shipped", String.raw`enviad[oa]s?|despachad[oa]s?|expedid[oa]s?`],
    ["delivered", String.raw`entregues?`],
    ["cancelled", String.raw`cancelad[oa]s?`],
    ["returned", String.raw`devolvid[oa]s?`],
    ["pending", String.raw`pendentes?`],
    ["paid", String.raw`(?<=(?:esta|foi|ja|ja esta) )pag[oa]s?`],
    ["processing", String.raw`em preparacao|em processamento|sendo preparad[oa]`],
    ["booked", String.raw`confirmad[oa]s?|agendad[oa]s?|marcad[oa]s?|reservad[oa]s?`],
    ["completed", String.raw`concluid[oa]s?`],
  ],
};

/** What each status in the data lets a reply say: "enviado" data supports "en camino"; "entregado" data does not. */
export const STATUS_SUPPORTS: Record<StatusCode, StatusCode[]> = {
  pending: ["pending"],
  paid: ["paid"],
  processing: ["processing"],
  shipped: ["shipped", "in_transit"],
  in_transit: ["in_transit", "shipped"],
  out_for_delivery: ["out_for_delivery", "in_transit", "shipped"],
  delivered: ["delivered", "shipped"],
  cancelled: ["cancelled"],
  returned: ["returned"],
  booked: ["booked"],
  completed: ["completed"],
  no_show: ["no_show"],
};

const NEGATION = /\b(no|not|nao|todavia no|aun no|isn't|isnt|hasn't|hasnt|wasn't|wasnt|haven't|not yet|ainda nao|nunca|never)\b(?:\s+\S+){0,2}\s*$/;
/** "te he enviado el enlace": the assistant sent something; "quedo pendiente": it waits. No status is stated. */
const NOT_A_STATUS: Partial<Record<StatusCode, RegExp>> = {
  shipped: /\b(he|hemos|habia|habiamos)\s+$/,
  pending: /\b(quedo|quedamos|estoy|estamos|estare|estaremos|fico|ficamos|estou)\s+$/,
};

/** Order and appointment statuses in the given languages; a status preceded by a negation is kept as negated. */
export const extractStatuses: Extractor = (folded, _original, ctx) => {
  const out: Found[] = [];
  const languages: Language[] = ctx.mode === "evidence" ? ["es", "en", "pt"] : [...ctx.languages];
  for (const language of languages) {
    for (const [code, source] of STATUS_WORDS[language]) {
      for (const m of matches(new RegExp(String.raw`(?<![\p{L}_])(?:${source})(?![\p{L}_])`, "gu"), folded)) {
        const before = folded.slice(Math.max(0, m.index - 30), m.index);
        if (NOT_A_STATUS[code]?.test(before)) continue;
        if (out.some((f) => m.index < f.end && f.start < m.index + m[0].length)) continue;
        const negated = ctx.mode === "draft" && NEGATION.test(before);
        out.push({ kind: "status", start: m.index, end: m.index + m[0].length, normalized: negated ? `not ${code}` : code, status: { code, negated } });
      }
    }
  }
  return out;
};
