import { matches, normalizeWords } from "./text";
import type { Extractor, Found } from "./types";

const ORDER_KEYWORDS = String.raw`pedido|orden|order|encomenda|compra|seguimiento|tracking|rastreio|rastreamento|localizador|referencia|reference|ref\.?`;
const ORDER = new RegExp(
  String.raw`(?:#\s?|\b(?:${ORDER_KEYWORDS})\s*(?:(?:n[ºo°]\.?|num\.?|numero|number|no\.?|de seguimiento|de rastreio|code|codigo)\s*)?(?:#|:)?\s*)([a-z0-9][a-z0-9-]*\d[a-z0-9-]*|\d+)\b`,
  "g",
);

/** Upper-case letters and digits only: "#A-8842" → "A8842". */
export const normalizeReference = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, "");

/** Order and tracking numbers: "#8842", "pedido 8842", "pedido nº 8842", "order #A-1234", "encomenda 8842". */
export const extractOrderNumbers: Extractor = (folded) => {
  const out: Found[] = [];
  for (const m of matches(ORDER, folded)) {
    const ref = m[1].replace(/-+$/, "");
    if (ref.replace(/[^a-z0-9]/g, "").length < 3 && !m[0].startsWith("#")) continue;
    const end = m.index + m[0].indexOf(m[1]) + ref.length;
    out.push({ kind: "order_number", start: m.index, end, normalized: normalizeReference(ref) });
  }
  return out;
};

const STREET_TYPES: Record<string, string> = {
  calle: "calle", "c/": "calle", "c.": "calle", avenida: "avenida", avda: "avenida", "avda.": "avenida", "av.": "avenida", av: "avenida",
  plaza: "plaza", "pza.": "plaza", pza: "plaza", "pl.": "plaza", paseo: "paseo", "pº": "paseo", camino: "camino", carrera: "carrera", "cra.": "carrera",
  ronda: "ronda", travesia: "travesia", glorieta: "glorieta", rambla: "rambla", jiron: "jiron", "jr.": "jiron", boulevard: "boulevard", bulevar: "boulevard",
  rua: "rua", "r.": "rua", travessa: "travessa", alameda: "alameda", praca: "praca", largo: "largo", estrada: "estrada", rodovia: "rodovia",
};
const EN_TYPES = String.raw`street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|lane|way|drive|place|square`;
const CONNECTORS = new Set(["de", "del", "la", "las", "los", "el", "do", "da", "dos", "das", "of", "the", "y", "e", "i"]);
const TYPE = Object.keys(STREET_TYPES)
  .sort((a, b) => b.length - a.length)
  .map((t) => t.replace(/[./]/g, "\\$&"))
  .join("|");
const NAME = String.raw`[\p{L}\d'.-]+`;
const TYPE_FIRST = new RegExp(String.raw`(?<![\p{L}])(${TYPE})(?=[\s\p{L}])\s*((?:${NAME}\s+){0,5}?${NAME})\s*,?\s*(?:n[ºo°]\.?\s*|numero\s+|#\s*)?(\d{1,5}[a-z]?)\b(?![:/.,]\d|\s*(?:h|hs|am|pm|%|€|\$)\b)`, "gu");
const NUMBER_FIRST = new RegExp(String.raw`\b(\d{1,5})\s+((?:${NAME}\s+){0,4}?${NAME})\s+(${EN_TYPES})(?![\p{L}])`, "gu");

/** The name of a street as compared: folded words without "de", "la"… */
export const streetKey = (name: string) =>
  normalizeWords(name)
    .split(" ")
    .filter((w) => w && !CONNECTORS.has(w))
    .join(" ");

/** The words of a street name as written: capitalised (or numbers), joined by "de", "la"… */
function looksLikeName(words: string[]): boolean {
  const meaningful = words.filter((w) => !CONNECTORS.has(w.toLowerCase()));
  return meaningful.length > 0 && meaningful.every((w) => /^[\p{Lu}\d]/u.test(w));
}

/** Street addresses: "Calle Mayor 12", "C/ Alcalá, 20", "Av. Paulista, 1578", "Rua Augusta 100", "221 Baker Street". */
export const extractAddresses: Extractor = (folded, original) => {
  const out: Found[] = [];
  for (const m of matches(TYPE_FIRST, folded)) {
    const nameStart = m.index + m[0].indexOf(m[2], m[1].length);
    const name = original.slice(nameStart, nameStart + m[2].length);
    if (!looksLikeName(name.split(/\s+/))) continue;
    const type = STREET_TYPES[m[1]] ?? m[1];
    const key = streetKey(name);
    out.push({ kind: "address", start: m.index, end: m.index + m[0].length, normalized: `${type} ${key} ${m[3]}`, address: { name: key, number: m[3] } });
  }
  for (const m of matches(NUMBER_FIRST, folded)) {
    const nameStart = m.index + m[0].indexOf(m[2], m[1].length);
    const name = original.slice(nameStart, nameStart + m[2].length);
    if (!looksLikeName(name.split(/\s+/)) || out.some((f) => m.index < f.end && f.start < m.index + m[0].length)) continue;
    const key = streetKey(name);
    out.push({ kind: "address", start: m.index, end: m.index + m[0].length, normalized: `${m[3].replace(/\.$/, "")} ${key} ${m[1]}`, address: { name: key, number: m[1] } });
  }
  return out;
};
