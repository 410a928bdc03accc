import { normalizeKeyword } from "@/lib/whatsapp/rules/consent-keywords";
import { CsvSyntaxError, parseCsv } from "./csv";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, MAX_LISTED_PROBLEMS } from "./import-limits";
import { toWaId } from "./phone";

export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, MAX_LISTED_PROBLEMS };

export type ContactRow = {
  /** The spreadsheet's row number: the header is row 1. */
  row: number;
  waId: string;
  name: string | null;
  consent: boolean;
  /** The consent cell and the date as written, the date normalized (YYYY-MM-DD[THH:MM]), the note. */
  consentText: string | null;
  consentDateText: string | null;
  consentDate: string | null;
  note: string | null;
};

export type FileProblem = "empty" | "too_large" | "too_many_rows" | "no_phone_column" | "unterminated_quote";
export type RowReason = "phone_missing" | "phone_invalid" | "duplicate_phone" | "consent_unrecognized" | "consent_date_invalid" | "consent_date_future" | "name_too_long" | "note_too_long";
export type RowProblem = { row: number; reason: RowReason; value?: string; otherRow?: number };

export type ContactsFile =
  | { ok: true; rows: ContactRow[] }
  | { ok: false; fileProblem: FileProblem; problems: []; problemCount: 0; row?: number }
  | { ok: false; fileProblem: null; problems: RowProblem[]; problemCount: number };

type Column = "phone" | "name" | "consent" | "consentDate" | "note";

// Header names people use, compared without case, accents or punctuation.
const ALIASES: Record<Column, string[]> = {
  phone: ["phone", "telefono", "movil", "celular", "whatsapp", "numero", "mobile", "phone number", "wa id"],
  name: ["name", "nombre", "nome", "full name", "nombre completo"],
  consent: ["consent", "consentimiento", "opt in", "optin", "acepta", "marketing"],
  consentDate: ["consent date", "fecha consentimiento", "fecha de consentimiento", "fecha", "date", "data"],
  note: ["source", "evidence", "note", "fuente", "origen", "evidencia", "nota", "notas"],
};
const columnOf = (header: string): Column | null => {
  const key = normalizeKeyword(header.replace(/_/g, " "));
  return (Object.keys(ALIASES) as Column[]).find((c) => ALIASES[c].some((a) => normalizeKeyword(a) === key)) ?? null;
};

const YES = new Set(["YES", "Y", "SI", "S", "TRUE", "VERDADERO", "1", "X", "OK", "SIM"]);
const NO = new Set(["", "NO", "N", "FALSE", "FALSO", "0", "NAO"]);

/**
 * A consent date as spreadsheets write it: ISO (2025-03-14, optionally with a time) or day first
 * (14/03/2025, 14-03-2025, 14.03.2025, optionally with a time), normalized to YYYY-MM-DD[THH:MM].
 */
export function parseConsentDate(raw: string): string | null {
  const v = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: (\d{1,2}):(\d{2})(?::\d{2})?)?$/.exec(v);
  const parts = iso ? [iso[1], iso[2], iso[3], iso[4], iso[5]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1], dayFirst[4], dayFirst[5]] : null;
  if (!parts) return null;
  const [y, m, d, hh, mm] = parts.map((p) => (p === undefined ? undefined : Number(p)));
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m! - 1 || date.getUTCDate() !== d || (hh !== undefined && (hh > 23 || mm! > 59))) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${y}-${pad(m!)}-${pad(d!)}${hh !== undefined ? `T${pad(hh)}:${pad(mm!)}` : ""}`;
}

const cell = (record: string[], index: number | undefined) => (index === undefined ? "" : (record[index] ?? "").trim());

/**
 * Reads and checks a whole contacts file before anything is written: every row with a problem is
 * reported by its row number, and one problem means nothing of the file is imported. Rows that
 * are entirely empty are skipped. A phone may appear once per file.
 */
export function readContactsFile(text: string, opts: { defaultCountry: string; now?: Date }): ContactsFile {
  const fileProblem = (p: FileProblem, row?: number): ContactsFile => ({ ok: false, fileProblem: p, problems: [], problemCount: 0, ...(row ? { row } : {}) });
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
  if (index.phone === undefined) return fileProblem("no_phone_column");

  // A day of slack for time zones: a consent dated "today" anywhere on Earth is not in the future.
  const latest = new Date((opts.now ?? new Date()).getTime() + 86_400_000).toISOString().slice(0, 10);
  const rows: ContactRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  body.forEach((record, i) => {
    const row = i + 2;
    if (!record.some((f) => f.trim())) return;
    const problem = (reason: RowReason, extra: Omit<RowProblem, "row" | "reason"> = {}) => problems.push({ row, reason, ...extra });
    const before = problems.length;
    const phone = cell(record, index.phone);
    const waId = phone ? toWaId(phone, opts.defaultCountry) : null;
    if (!phone) problem("phone_missing");
    else if (!waId) problem("phone_invalid", { value: phone.slice(0, 40) });
    else if (seen.has(waId)) problem("duplicate_phone", { value: phone.slice(0, 40), otherRow: seen.get(waId) });
    else seen.set(waId, row);
    const consentText = cell(record, index.consent);
    const consentKey = normalizeKeyword(consentText);
    if (!YES.has(consentKey) && !NO.has(consentKey)) problem("consent_unrecognized", { value: consentText.slice(0, 40) });
    const dateText = cell(record, index.consentDate);
    const consentDate = dateText ? parseConsentDate(dateText) : null;
    if (dateText && !consentDate) problem("consent_date_invalid", { value: dateText.slice(0, 40) });
    else if (consentDate && consentDate.slice(0, 10) > latest) problem("consent_date_future", { value: dateText });
    const name = cell(record, index.name);
    if (name.length > 200) problem("name_too_long");
    const note = cell(record, index.note);
    if (note.length > 500) problem("note_too_long");
    if (problems.length === before && waId)
      rows.push({ row, waId, name: name || null, consent: YES.has(consentKey), consentText: consentText || null, consentDateText: dateText || null, consentDate, note: note || null });
  });
  if (problems.length) return { ok: false, fileProblem: null, problems: problems.slice(0, MAX_LISTED_PROBLEMS), problemCount: problems.length };
  return { ok: true, rows };
}
