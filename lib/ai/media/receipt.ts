import { datesIn } from "./receipt-dates";
import { amountsIn, currencyIn, hasCurrencyMark, type Money } from "./receipt-money";

/**
 * What a receipt or order screenshot says, from its OCR text: order numbers ("Pedido nº 8842",
 * "Order #A-1209", "Número do pedido: 55120"), totals ("TOTAL 59,90 €", "Total: R$ 120,00") and
 * dates (ISO). Only what is written is returned: nothing is guessed, and a figure without a total
 * label is not a total. `micros` is the total's value in millionths (money is integers here).
 */
export type ReceiptData = {
  orderNumbers: string[];
  totals: { amount: string; currency: string | null; micros: number }[];
  dates: string[];
};

export function readReceipt(text: string, opts: { dayFirst?: boolean } = {}): ReceiptData {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  return { orderNumbers: orderNumbersIn(lines), totals: totalsIn(lines), dates: datesIn(lines.join("\n"), opts) };
}

// ---- order numbers

/** "pedido", "order", "orden", "encomenda", "compra" — the words that introduce an order's number. */
const ORDER_WORD = String.raw`(?:pedido|order|orden|encomenda|compra)`;
/** What OCR makes of "nº", "n.º", "no.", "núm.", "number", "#", ":" between that word and the number. */
const NUMBER_WORD = String.raw`(?:n\.?\s?[º°ª2o?9]\.?|no\.?|nro\.?|n[uú]m(?:ero)?\.?|number|num\.?|id|ref\.?|#|:|-|de|do|da|del)`;
/** The number itself: letters and digits with inner dashes, at least one digit, 3 to 24 characters. */
const ORDER_ID = String.raw`#?([A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){2,23})`;

const ORDER_THEN_ID = new RegExp(String.raw`\b${ORDER_WORD}\b(?:\s*${NUMBER_WORD})*\s*${ORDER_ID}(?![\w/.,]*\d)`, "gi");
const NUMBER_THEN_ORDER = new RegExp(String.raw`(?:n\.?\s?[º°ª]\.?|n[uú]m(?:ero)?\.?|number|no\.?|#)\s*(?:de|do|da|del|of)?\s*(?:l\s)?${ORDER_WORD}\b\s*[:#-]?\s*${ORDER_ID}(?![\w/.,]*\d)`, "gi");

function orderNumbersIn(lines: string[]): string[] {
  const found: string[] = [];
  for (const line of lines) {
    for (const re of [NUMBER_THEN_ORDER, ORDER_THEN_ID]) {
      for (const m of line.matchAll(re)) {
        const id = m[1].toUpperCase();
        // A number has a digit and is no date ("Pedido del 2024-03-12").
        if (!/\d/.test(id) || /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}-\d{1,2}-\d{2,4}$/.test(id)) continue;
        if (!found.includes(id)) found.push(id);
      }
    }
  }
  return found;
}

// ---- totals

/** "Total", "TOTAL A PAGAR", "Importe total", "Valor total", "Grand total", "Amount due", with OCR's "T0TAL" and "TOTA1". */
const TOTAL_LABEL = /(?<![a-z])(?:t[o0]ta[l1i|](?:\s*(?:a\s+pagar|pagado|pago|geral|general|final|(?:del|do)\s+pedido|compra))?|importe\s+total|valor\s+(?:total|a\s+pagar|pago)|grand\s+total|amount\s+(?:due|paid)|balance\s+due|you\s+paid|a\s+pagar)(?![a-z])/i;
/** Totals that are not what the customer paid: subtotals, tax totals, item counts. */
const NOT_THE_TOTAL = /sub\s?-?t[o0]ta[l1]|t[o0]ta[l1i|]\s*(?:de\s+)?(?:iva|impuestos?|impostos?|icms|tax(?:es)?|vat|igv|art[ií]culos|items?|itens|unidades|uds|productos|produtos|descuentos?|descontos?|ahorro|savings|discount)(?!\s*\.?\s*incl)|base\s+imponible|cambio|troco|change/i;

function totalsIn(lines: string[]): ReceiptData["totals"] {
  const docCurrency = currencyIn(lines.filter(hasCurrencyMark).join(" "));
  const found: Money[] = [];
  lines.forEach((line, i) => {
    const label = line.match(TOTAL_LABEL);
    if (!label || NOT_THE_TOTAL.test(line)) return;
    const after = line.slice((label.index ?? 0) + label[0].length);
    let amounts = acceptable(amountsIn(after), after);
    // Receipts print the label and the figure in columns that OCR sometimes puts on separate lines.
    if (!amounts.length && lines[i + 1] && !TOTAL_LABEL.test(lines[i + 1])) amounts = acceptable(amountsIn(lines[i + 1]), lines[i + 1]);
    const first = amounts[0];
    if (first) found.push({ ...first, currency: first.currency ?? currencyIn(line) ?? docCurrency });
  });
  const unique: ReceiptData["totals"] = [];
  for (const m of found) {
    if (!unique.some((u) => u.micros === m.micros && u.currency === m.currency)) unique.push({ amount: m.amount, currency: m.currency, micros: m.micros });
  }
  return unique;
}

/** A total has cents, or a currency written next to it ("Total: 120 €"); a bare "3" is a count. */
function acceptable(amounts: Money[], text: string): Money[] {
  return amounts.filter((a) => a.hasCents || a.currency || hasCurrencyMark(text));
}
