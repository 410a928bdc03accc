import { alternation } from "./text";

/** Numbers written as words in Spanish, English and Portuguese ("sesenta", "forty-five", "duzentos"), folded. */
const UNITS: Record<string, number> = {
  // es
  cero: 0, un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
  veinte: 20, veintiun: 21, veintiuno: 21, veintiuna: 21, veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25,
  veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60,
  setenta: 70, ochenta: 80, noventa: 90, cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300,
  trescientas: 300, cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600,
  seiscientas: 600, setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
  // en
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  // pt
  um: 1, duas: 2, dois: 2, quatro: 4, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15,
  dezesseis: 16, dezasseis: 16, dezessete: 17, dezassete: 17, dezoito: 18, dezenove: 19, dezanove: 19, vinte: 20, trinta: 30,
  quarenta: 40, cinquenta: 50, sessenta: 60, oitenta: 80, cem: 100, cento: 100, duzentos: 200, duzentas: 200, trezentos: 300,
  trezentas: 300, quatrocentos: 400, quinhentos: 500, seiscentos: 600, setecentos: 700, oitocentos: 800, novecentos: 900,
};
const HUNDRED = new Set(["hundred"]);
const THOUSAND = new Set(["mil", "thousand"]);
const CONNECTORS = new Set(["y", "e", "and"]);

const WORD = alternation([...Object.keys(UNITS), ...HUNDRED, ...THOUSAND]);
/** A run of number words ("cuarenta y cinco", "two hundred and ten", "mil duzentos"). */
export const NUMBER_WORDS = `(?:${WORD})(?:(?:\\s+|-)(?:(?:y|e|and)\\s+)?(?:${WORD}))*`;

/** The value of a run of folded number words, or null when a word is not a number. */
export function parseNumberWords(s: string): number | null {
  const words = s.trim().split(/[\s-]+/).filter(Boolean);
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (CONNECTORS.has(w)) continue;
    if (HUNDRED.has(w)) current = (current || 1) * 100;
    else if (THOUSAND.has(w)) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (w in UNITS) current += UNITS[w];
    else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

/** A count written with digits or words. */
export function parseCount(s: string): number | null {
  const t = s.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (/^(a|an)$/.test(t)) return 1;
  return parseNumberWords(t);
}
