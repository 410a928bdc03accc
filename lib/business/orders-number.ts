/**
 * Order numbers as customers write them: "#8842", "8842", "pedido 8842", "el pedido nº 8842",
 * "order no. 8842", "encomenda #8842". The words and signs around the number go; letters that
 * belong to it stay ("SO-8842").
 */

// Words that introduce a number, in es/en/pt, compared without accents or case.
const LEAD_WORDS = /^(?:(?:el|la|mi|my|the|o|a|meu|minha|your|su)\s+)*(?:pedido|orden|order|encomenda|compra|referencia|reference|ref|numero|number|num|nro|nr|no|n)(?:\s*[º°]\s*|\.\s*|\s+|(?=#)|$)(?:(?:de|del|do|da)\s+)?/i;

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}+/gu, "");

/**
 * The order number alone, as stored (trimmed, no "#" or lead words), or null when nothing that
 * could be a number is left. Letters keep their case: comparisons ignore it (see `orderNumberKey`).
 */
export function normalizeOrderNumber(raw: string): string | null {
  let s = fold(raw).trim();
  // Strip lead words repeatedly: "pedido numero 8842", "order no. #8842".
  for (let i = 0; i < 4; i++) {
    const next = s.replace(LEAD_WORDS, "").replace(/^[#:\s.-]+/, "");
    if (next === s) break;
    s = next;
  }
  s = s.replace(/[\s.,;:!?)]+$/, "").trim();
  // Words around it ("es el 8842"): the one token with digits is the number.
  const withDigits = s.split(/\s+/).filter((w) => /\d/.test(w));
  if (withDigits.length !== 1) return null;
  const number = withDigits[0].replace(/^[#:.-]+/, "").replace(/[.,;:!?)]+$/, "");
  if (!number || number.length > 40 || !/^[\p{L}\p{N}][\p{L}\p{N}\-/_]*$/u.test(number)) return null;
  return number;
}

/** The comparison key of an order number: letters and digits only, lower case ("SO-8842" → "so8842"). */
export const orderNumberKey = (number: string) => fold(number).replace(/[^\p{L}\p{N}]/gu, "").toLowerCase();
