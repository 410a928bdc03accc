import { CsvSyntaxError, parseCsv } from "@/lib/consent/csv";
import { parseConsentDate } from "@/lib/consent/csv-contacts";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, MAX_LISTED_PROBLEMS } from "@/lib/consent/import-limits";
import { toWaId } from "@/lib/consent/phone";
import type { OrderInput } from "./orders";
import { MAX_OPTION_LENGTH, MAX_OPTIONS, MAX_LINES, parseLines, parseOptions } from "./orders-fields";
import { normalizeOrderNumber } from "./orders-number";
import { parseOrderStatus } from "./orders-status";
import { parsePrice } from "./services-money";

export type OrdersFileProblem = "empty" | "too_large" | "too_many_rows" | "no_number_column" | "no_status_column" | "unterminated_quote";
export type OrderRowReason =
  | "number_missing"
  | "number_invalid"
  | "duplicate_number"
  | "phone_invalid"
  | "status_unrecognized"
  | "total_invalid"
  | "currency_invalid"
  | "eta_invalid"
  | "lines_invalid"
  | "too_many_lines"
  | "too_many_options"
  | "text_too_long";
export type OrderRowProblem = { row: number; reason: OrderRowReason; value?: string; otherRow?: number };

export type OrdersFile =
  | { ok: true; orders: (OrderInput & { row: number })[] }
  | { ok: false; fileProblem: OrdersFileProblem; problems: []; problemCount: 0; row?: number }
  | { ok: false; fileProblem: null; problems: OrderRowProblem[]; problemCount: number };

type Column = "number" | "phone" | "name" | "status" | "total" | "currency" | "carrier" | "tracking" | "trackingUrl" | "eta" | "address" | "options" | "lines";

// Header names people use (es/en/pt), compared without case, accents or punctuation.
const ALIASES: Record<Column, string[]> = {
  number: ["number", "order", "order number", "numero", "pedido", "numero de pedido", "n pedido", "encomenda"],
  phone: ["phone", "telefono", "movil", "celular", "whatsapp", "telefone", "mobile"],
  name: ["name", "nombre", "nome", "customer", "cliente", "customer name"],
  status: ["status", "estado"],
  total: ["total", "importe", "amount", "valor", "precio", "price"],
  currency: ["currency", "moneda", "moeda", "divisa"],
  carrier: ["carrier", "transportista", "transportadora", "mensajeria", "courier"],
  tracking: ["tracking", "tracking number", "seguimiento", "numero de seguimiento", "rastreio", "codigo de rastreio"],
  trackingUrl: ["tracking url", "url de seguimiento", "enlace de seguimiento", "link de rastreio"],
  eta: ["eta", "entrega", "fecha de entrega", "fecha entrega", "entrega prevista", "delivery date", "previsao de entrega"],
  address: ["address", "direccion", "direccion de entrega", "endereco"],
  options: ["options", "opciones", "opcoes", "delivery options", "opciones de entrega"],
  lines: ["lines", "lineas", "productos", "products", "articulos", "items", "produtos"],
};
const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .toLowerCase();
const columnOf = (header: string): Column | null => {
  const key = fold(header);
  return (Object.keys(ALIASES) as Column[]).find((c) => ALIASES[c].includes(key)) ?? null;
};

const cell = (record: string[], index: number | undefined) => (index === undefined ? undefined : (record[index] ?? "").trim());

/**
 * Reads and checks a whole orders file before anything is written (columns: number, phone, name,
 * status, total, currency, carrier, tracking, eta, options separated by "|", lines as
 * "2x Camiseta|1x Gorra"; headers in Spanish, English or Portuguese). Every bad row is reported
 * by its row number (the header is row 1), and one problem means nothing is imported. A column
 * the file lacks leaves that field of existing orders as it is.
 */
export function readOrdersFile(text: string, opts: { defaultCountry: string }): OrdersFile {
  const fileProblem = (p: OrdersFileProblem, row?: number): OrdersFile => ({ ok: false, fileProblem: p, problems: [], problemCount: 0, ...(row ? { row } : {}) });
  if (Buffer.byteLength(text, "utf8") > MAX_IMPORT_BYTES) return fileProblem("too_large");
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvSyntaxError) return fileProblem(e.reason, e.record);
    throw e;
  }
  const [header, ...body] = records;
  if (!header || !body.some((r) => r.some((f) => f.trim()))) return fileProblem("empty");
  if (body.length > MAX_IMPORT_ROWS) return fileProblem("too_many_rows");
  const index: Partial<Record<Column, number>> = {};
  header.forEach((h, i) => {
    const c = columnOf(h);
    if (c && index[c] === undefined) index[c] = i;
  });
  if (index.number === undefined) return fileProblem("no_number_column");
  if (index.status === undefined) return fileProblem("no_status_column");

  const orders: (OrderInput & { row: number })[] = [];
  const problems: OrderRowProblem[] = [];
  const seen = new Map<string, number>();
  body.forEach((record, i) => {
    const row = i + 2;
    if (!record.some((f) => f.trim())) return;
    const before = problems.length;
    const problem = (reason: OrderRowReason, value?: string, extra: { otherRow?: number } = {}) => problems.push({ row, reason, ...(value !== undefined ? { value: value.slice(0, 60) } : {}), ...extra });
    const get = (c: Column) => cell(record, index[c]);

    const rawNumber = get("number") ?? "";
    const number = rawNumber ? normalizeOrderNumber(rawNumber) : null;
    if (!rawNumber) problem("number_missing");
    else if (!number) problem("number_invalid", rawNumber);
    else if (seen.has(number.toLowerCase())) problem("duplicate_number", rawNumber, { otherRow: seen.get(number.toLowerCase()) });
    else seen.set(number.toLowerCase(), row);

    const rawStatus = get("status") ?? "";
    const status = parseOrderStatus(rawStatus);
    if (!status) problem("status_unrecognized", rawStatus);

    const rawPhone = get("phone");
    const phone = rawPhone ? toWaId(rawPhone, opts.defaultCountry) : rawPhone === undefined ? undefined : null;
    if (rawPhone && !phone) problem("phone_invalid", rawPhone);

    const rawTotal = get("total");
    const total = rawTotal ? parsePrice(rawTotal) : rawTotal === undefined ? undefined : null;
    if (rawTotal && total === null) problem("total_invalid", rawTotal);

    const rawCurrency = get("currency");
    if (rawCurrency && !/^[A-Za-z]{3}$/.test(rawCurrency)) problem("currency_invalid", rawCurrency);

    const rawEta = get("eta");
    const eta = rawEta ? parseConsentDate(rawEta)?.slice(0, 10) : rawEta === undefined ? undefined : null;
    if (rawEta && !eta) problem("eta_invalid", rawEta);

    const rawLines = get("lines");
    const parsedLines = rawLines === undefined ? undefined : parseLines(rawLines);
    if (parsedLines?.invalid.length) problem("lines_invalid", parsedLines.invalid[0]);
    else if (parsedLines && parsedLines.lines.length > MAX_LINES) problem("too_many_lines");

    const rawOptions = get("options");
    const options = rawOptions === undefined ? undefined : parseOptions(rawOptions);
    if (options && options.length > MAX_OPTIONS) problem("too_many_options");

    const texts = { name: get("name"), carrier: get("carrier"), tracking: get("tracking"), trackingUrl: get("trackingUrl"), address: get("address") };
    if (Object.values(texts).some((v) => v && v.length > 500) || options?.some((o) => o.length > MAX_OPTION_LENGTH)) problem("text_too_long");

    if (problems.length > before || !number || !status) return;
    orders.push({
      row,
      number,
      status,
      customerPhone: phone,
      customerName: texts.name,
      totalMicros: total,
      currency: rawCurrency === undefined ? undefined : rawCurrency.toUpperCase() || "EUR",
      carrier: texts.carrier,
      trackingNumber: texts.tracking,
      trackingUrl: texts.trackingUrl,
      eta,
      deliveryAddress: texts.address,
      deliveryOptions: options,
      lines: parsedLines?.lines,
    });
  });
  if (problems.length) return { ok: false, fileProblem: null, problems: problems.slice(0, MAX_LISTED_PROBLEMS), problemCount: problems.length };
  return { ok: true, orders };
}
